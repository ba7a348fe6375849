/**
 * A tampered proposal cannot make `review` write outside the seed and sources folders (issue 20,
 * item 5): the document's file must be a plain file name and its id a plain folder name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/document.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { acceptAbove } from '../../../src/ingest/review-session.js';
import { writeAccepted } from '../../../src/ingest/review.js';
import { checkSeed } from '../../../src/seed/index.js';
import { FIXTURES, tempSeed } from './support.js';

const DOC = join(FIXTURES, 'haicheng-plan.txt');

describe('review of a tampered proposal', () => {
  it.each([
    ['a file name that climbs out of the sources folder', (tag: string) => ({ file: `../../${tag}.txt` })],
    ['an absolute file name', (tag: string) => ({ file: join(tmpdir(), `${tag}.txt`) })],
    ['a file name with a folder', (tag: string) => ({ file: `sub/${tag}.txt` })],
    ['a document id that climbs out of the seed folder', (tag: string) => ({ id: `../../${tag}` })],
  ])('refuses %s and writes nothing', (_what, tamperWith) => {
    const dirs = tempSeed();
    const tag = `escaped-${basename(dirs.root)}`;
    const tamper = tamperWith(tag);
    const { graph, problems } = checkSeed(dirs.seed, dirs.sources);
    if (!graph) throw new Error(problems.map((p) => p.message).join('\n'));
    const proposal = ingest(readDocument(DOC), graph, { docId: 'haicheng', date: '2025-01-15' });
    const tampered = { ...proposal, document: { ...proposal.document, ...tamper } };
    const parent = dirname(dirs.sources);
    const before = readdirSync(parent).sort();
    expect(() =>
      writeAccepted(tampered, acceptAbove(tampered, 0.6), {
        seedDir: dirs.seed,
        sourcesDir: dirs.sources,
        documentPath: DOC,
      }),
    ).toThrow(/proposal/);
    expect(readdirSync(parent).sort()).toEqual(before);
    expect(existsSync(join(tmpdir(), `${tag}.txt`))).toBe(false);
    expect(existsSync(join(tmpdir(), tag))).toBe(false);
  });
});
