/**
 * The planner question suite cites the documents the way the curated seed does: every source
 * `doc l.N section` names a non-blank line of that document, and where the seed cites the same
 * line, with one of the seed's sections for it. (The answers are checked against the API in
 * test/integration/question-suite.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { SEED_DIR, sourcesDir } from '../../src/config/paths.js';
import { readSeedDir } from '../../src/seed/read.js';
import { loadSources } from '../../src/seed/sources.js';
import { documentFiles } from '../../src/seed/validate.js';
import { DOCUMENTS, loadQuestions } from '../support/question-suite.js';

const { set } = readSeedDir(SEED_DIR, SEED_DIR);
const { lines } = loadSources(sourcesDir(), documentFiles(set));
const seedSections = new Map<string, Set<string>>();
for (const c of [...set.entities, ...set.relations, ...set.mentions].flatMap((x) => x.cite)) {
  const key = `${c.doc} ${c.line}`;
  seedSections.set(key, (seedSections.get(key) ?? new Set()).add(c.section));
}

describe('the sources of the planner questions', () => {
  const sources = loadQuestions().flatMap((q) => q.sources.map((s) => [q.id, s] as const));

  it.each(sources)('%s: %s', (_id, source) => {
    const m = /^(\S+) l\.(\d+) (\S+)$/.exec(source);
    expect(m, 'form: `doc l.N section`').not.toBeNull();
    const [, doc = '', line = '0', section = ''] = m ?? [];
    expect(DOCUMENTS).toContain(doc);
    expect(lines.get(doc)?.[Number(line) - 1]?.trim(), 'a non-blank line').toBeTruthy();
    const seed = seedSections.get(`${doc} ${line}`);
    if (seed) expect([...seed], 'the section the seed gives this line').toContain(section);
  });
});
