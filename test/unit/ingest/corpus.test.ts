/**
 * The development corpus (test/fixtures/ingest-corpus): its annotations are well-formed (every
 * relation end is an annotated entity, every type allowed between the kinds), at least 30 texts
 * with a held-out third, and the dev split stays at the targets (a regression guard; the
 * held-out figures are reported by `npm run bench:ingest`, not tuned on).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpusText } from '../../../src/ingest/corpus.js';
import { documentFromText } from '../../../src/ingest/document.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { add, precision, recall, type Score } from '../../../src/ingest/score.js';
import { RELATIONSHIPS, type Kind, type RelType } from '../../../src/ontology/ontology.js';
import { checkSeed } from '../../../src/seed/index.js';

const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'fixtures', 'ingest-corpus'));

describe('the development corpus', () => {
  it('has at least 30 texts of 5–15 sentences, a third held out', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((c) => c.split === 'heldout').length).toBeGreaterThanOrEqual(corpus.length / 3);
    for (const c of corpus) {
      const n = (c.text.match(/[。！？]/g) ?? []).length;
      expect(n, c.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('annotations name their ends and respect the ontology', () => {
    for (const c of corpus) {
      const kind = new Map(c.entities.map((e) => [e.name, e.kind]));
      for (const r of c.relations) {
        const spec = RELATIONSHIPS[r.type as RelType];
        expect(spec, `${c.name} ${r.type}`).toBeDefined();
        expect(
          (spec.from as readonly Kind[]).includes(kind.get(r.from) ?? 'document'),
          `${c.name} ${r.from}`,
        ).toBe(true);
        expect((spec.to as readonly Kind[]).includes(kind.get(r.to) ?? 'document'), `${c.name} ${r.to}`).toBe(
          true,
        );
        expect(c.text.replace(/\s/g, ''), `${c.name}: words "${r.words}"`).toContain(
          r.words.split('…')[0] ?? '',
        );
      }
    }
  });

  it('the dev split reaches the targets at 0.6', () => {
    const { graph } = checkSeed();
    if (!graph) throw new Error('seed invalid');
    let e: Score = { tp: 0, fp: 0, fn: 0 };
    let r: Score = { tp: 0, fp: 0, fn: 0 };
    for (const c of corpus.filter((x) => x.split === 'dev')) {
      const p = ingest(documentFromText(c.text, `corpus-${c.name}.txt`), graph, {
        docId: `corpus-${c.name}`,
      });
      const s = scoreCorpusText(p, c, graph, 0.6);
      e = add(e, s.entities);
      r = add(r, s.relations);
    }
    expect(precision(e)).toBeGreaterThanOrEqual(0.9);
    expect(recall(e)).toBeGreaterThanOrEqual(0.85);
    expect(precision(r)).toBeGreaterThanOrEqual(0.85);
    expect(recall(r)).toBeGreaterThanOrEqual(0.7);
  }, 60_000);
});
