/**
 * Keeps the leave-one-out benchmark honest: a head noun that only one curated document's names
 * end in (and that the ontology's own description of the kinds does not use) was motivated by
 * that document alone, so it must be tagged with it and is switched off when that document is
 * held out. Recomputed from the real seed, so a new head cannot slip in untagged.
 */
import { describe, expect, it } from 'vitest';
import { HEADS } from '../../../src/ingest/lexicon.js';
import { KINDS } from '../../../src/ontology/ontology.js';
import { checkSeed } from '../../../src/seed/index.js';

describe('lexicon tags for the leave-one-out run', () => {
  it('tags every head noun that one document’s curated names alone use', () => {
    const { graph } = checkSeed();
    if (!graph) throw new Error('the seed is invalid');
    const covers = Object.values(KINDS)
      .map((k) => k.covers)
      .join(' ');
    const longestFirst = [...HEADS].sort((a, b) => b.word.length - a.word.length);
    const users = new Map<string, Set<string>>();
    for (const e of graph.entities) {
      if (e.kind === 'document') continue;
      for (const n of [e.name, ...e.aliases]) {
        const head = longestFirst.find((x) => n.endsWith(x.word));
        if (head)
          for (const c of e.cite) users.set(head.word, new Set([...(users.get(head.word) ?? []), c.doc]));
      }
    }
    const wrong = HEADS.filter((h) => {
      const u = [...(users.get(h.word) ?? [])].sort();
      const expected = u.length === 1 && !covers.includes(h.word) ? u : undefined;
      return JSON.stringify(expected) !== JSON.stringify(h.from ? [...h.from].sort() : undefined);
    }).map((h) => h.word);
    expect(wrong).toEqual([]);
  });
});
