/**
 * innograph ingest and review on each of the five curated documents, against a temporary copy
 * of the seed (the real seed/ and the sources are only read): the proposal of a document the
 * graph already has holds only what the curators left out, accepting it keeps the seed valid,
 * and a second ingest proposes nothing again.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, sourcesDir } from '../../src/config/paths.js';
import { readDocument } from '../../src/ingest/document.js';
import { ingest } from '../../src/ingest/ingest.js';
import { acceptAbove } from '../../src/ingest/review-session.js';
import { writeAccepted } from '../../src/ingest/review.js';
import { checkSeed } from '../../src/seed/index.js';

const { graph } = checkSeed();
const documents = (graph?.entities ?? []).filter((e) => e.kind === 'document');
const high = (xs: readonly { confidence: number }[]): number => xs.filter((x) => x.confidence >= 0.6).length;

describe('ingest and review on the five curated documents', () => {
  it('finds the five documents in seed/', () => {
    expect(documents.map((d) => d.id).sort()).toEqual([
      'doc:dalian14',
      'doc:future2024',
      'doc:guide2020',
      'doc:impl2015',
      'doc:plan14',
    ]);
  });

  for (const d of documents) {
    it(`${d.id}: known names become mentions, the rest is accepted into a valid seed, a second ingest proposes nothing`, () => {
      const seed = join(mkdtempSync(join(tmpdir(), 'innograph-ingest-doc-')), 'seed');
      cpSync(SEED_DIR, seed, { recursive: true });
      const before = checkSeed(seed, sourcesDir()).graph;
      if (!before || !d.file) throw new Error('the seed copy is invalid');
      const path = join(sourcesDir(), d.file);
      const p = ingest(readDocument(path), before);
      expect(p.document).toMatchObject({ id: d.id.slice(4), new: false });
      // Every curated name is resolved, never proposed again.
      const names = new Set(before.entities.flatMap((e) => [e.name, ...e.aliases]));
      expect(p.entities.filter((e) => names.has(e.name))).toEqual([]);
      const r = writeAccepted(p, acceptAbove(p, 0.6), { seedDir: seed, sourcesDir: sourcesDir() });
      expect(r.problems).toEqual([]);
      const after = checkSeed(seed, sourcesDir()).graph;
      if (!after) throw new Error('invalid after review');
      const again = ingest(readDocument(path), after);
      expect([high(again.entities), high(again.mentions), high(again.relations)]).toEqual([0, 0, 0]);
    });
  }
});
