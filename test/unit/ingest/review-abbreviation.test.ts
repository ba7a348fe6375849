/**
 * s25 review H2: a text that writes a curated abbreviation (大工) on one line and the full name on
 * another can be accepted in batch: review makes the form an alias so that the validator finds a
 * name on every cited line. The fixture is written for this test.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/document.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { acceptAbove } from '../../../src/ingest/review-session.js';
import { writeAccepted } from '../../../src/ingest/review.js';
import { checkSeed } from '../../../src/seed/index.js';
import { FIXTURES, tempSeed } from './support.js';

const DOC = join(FIXTURES, 'fuxin-abbrev-plan.txt');

describe('review of a text writing a curated abbreviation', () => {
  it('accepts everything at 0.6 and the seed validates, 大工 cited for 大连理工大学', () => {
    const { seed, sources } = tempSeed();
    // The curators' abbreviation of 大连理工大学, as the project's seed has it.
    for (const f of readdirSync(join(seed, 'base'))) {
      const path = join(seed, 'base', f);
      const text = readFileSync(path, 'utf8');
      if (text.includes('id: uni:dlut'))
        writeFileSync(
          path,
          text.replace('name: 大连理工大学\n', 'name: 大连理工大学\n    abbreviations: [大工]\n'),
        );
    }
    const { graph, problems } = checkSeed(seed, sources);
    if (!graph) throw new Error(problems.map((p) => p.message).join('\n'));
    const proposal = ingest(readDocument(DOC), graph, { docId: 'fuxinab', date: '2024-02-01' });
    const dlut = proposal.mentions.find((m) => m.id === 'uni:dlut');
    expect(dlut?.cite.map((c) => c.line)).toEqual(expect.arrayContaining([10]));
    const r = writeAccepted(proposal, acceptAbove(proposal, 0.6), {
      seedDir: seed,
      sourcesDir: sources,
      documentPath: DOC,
    });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    const after = checkSeed(seed, sources);
    expect(after.problems).toEqual([]);
    expect(after.graph?.entities.find((e) => e.id === 'uni:dlut')?.aliases).toContain('大工');
  });
});
