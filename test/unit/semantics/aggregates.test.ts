import { describe, expect, it } from 'vitest';
import type { Basis } from '../../../src/ontology/ontology.js';
import type { Graph, Relation } from '../../../src/seed/model.js';
import {
  BASIS_VARIANTS,
  derivedProps,
  emptyCountsMark,
  storedCounts,
  variantIndex,
} from '../../../src/semantics/aggregates.js';
import { regionMemberships } from '../../../src/semantics/regions.js';
import { entity, rel } from './graph-fixtures.js';

// A chain served by a lab (stated) and relying on a pilot base (inferred) and a university; a
// group chain over it; the university hosts the lab and co-builds a centre that serves another chain.
const graph: Graph = {
  entities: [
    entity('chain:a', 'chain'),
    entity('chain:b', 'chain'),
    entity('chain:group', 'chain'),
    entity('lab:x', 'laboratory', 'existing'),
    entity('pb:y', 'pilot_base', 'planned'),
    entity('tic:z', 'innovation_centre', 'planned'),
    entity('uni:u', 'university'),
    entity('ent:e', 'enterprise'),
    entity('region:city', 'region'),
    entity('region:province', 'region'),
  ],
  relations: [
    rel('lab:x', 'SERVES', 'chain:a'),
    rel('chain:a', 'RELIES_ON', 'pb:y', 'inferred'),
    rel('chain:a', 'RELIES_ON', 'uni:u'),
    rel('chain:a', 'PART_OF', 'chain:group'),
    rel('lab:x', 'HOSTED_BY', 'uni:u'),
    rel('tic:z', 'CO_BUILT_WITH', 'uni:u', 'inferred'),
    rel('tic:z', 'SERVES', 'chain:b'),
    rel('region:city', 'PART_OF', 'region:province'),
    rel('lab:x', 'LOCATED_IN', 'region:city'),
    rel('pb:y', 'LOCATED_IN', 'region:province', 'inferred'),
  ],
};
const derived = derivedProps(graph, regionMemberships(graph));
const counts = (id: string, prop: string, basis: Basis | null) =>
  storedCounts(derived.get(id)?.[prop], basis);

describe('counts derived at load time', () => {
  it('covers a chain by the platforms serving it or relied on, by kind and status, per basis', () => {
    expect(counts('chain:a', 'coverage', null)).toEqual([
      ['laboratory', 'existing', 1],
      ['pilot_base', 'planned', 1],
    ]);
    expect(counts('chain:a', 'coverage', 'stated')).toEqual([['laboratory', 'existing', 1]]);
    expect(counts('chain:a', 'coverage', 'inferred')).toEqual([['pilot_base', 'planned', 1]]);
    expect(counts('chain:group', 'coverage', null)).toEqual([]);
    expect(derived.get('chain:group')?.chainGroup).toBe(true);
    expect(derived.get('chain:a')?.chainGroup).toBe(false);
  });

  it('marks an empty variant in the stored text exactly when its counts are empty', () => {
    const bases: (Basis[] | null)[] = [
      null,
      ...BASIS_VARIANTS.map((v) => (v === 'any' ? [] : (v.split('+') as Basis[]))),
    ];
    let empty = 0;
    for (const id of ['chain:a', 'chain:b', 'chain:group'])
      for (const basis of bases) {
        const stored = String(derived.get(id)?.coverage);
        const none = storedCounts(stored, basis).length === 0;
        empty += none ? 1 : 0;
        expect(stored.includes(emptyCountsMark(basis)), `${id} ${String(basis)}`).toBe(none);
      }
    expect(empty).toBeGreaterThan(0);
  });

  it('counts an institution’s platforms and the chains it reaches, directly or through them', () => {
    // Any basis: lab and centre; chain a (relies on it, served by the lab) and chain b (the centre).
    // Inferred only: the centre, but its SERVES link is stated, so no chain.
    // Variants [any, stated, named, inferred, stated+named, stated+inferred, named+inferred]: no
    // named link here, so each set counts as the same set without NAMED.
    expect(BASIS_VARIANTS).toEqual([
      'any',
      'stated',
      'named',
      'inferred',
      'stated+named',
      'stated+inferred',
      'named+inferred',
    ]);
    expect(derived.get('uni:u')).toMatchObject({
      hubPlatforms: [2, 1, 0, 1, 1, 2, 1],
      hubChains: [2, 1, 0, 0, 1, 2, 0],
    });
    expect(derived.get('ent:e')).toEqual({
      hubPlatforms: [0, 0, 0, 0, 0, 0, 0],
      hubChains: [0, 0, 0, 0, 0, 0, 0],
      hubDocs: [],
      hubDocCounts: [],
    });
    expect(variantIndex(null)).toBe(0);
    expect(variantIndex('stated')).toBe(1);
    expect(variantIndex('named')).toBe(2);
    expect(variantIndex('inferred')).toBe(3);
    expect(variantIndex(['inferred', 'stated'])).toBe(5);
    expect(variantIndex(['stated', 'named', 'inferred'])).toBe(0);
  });

  it('keeps an institution’s counts per document: only the links that document states', () => {
    const cited = (r: Relation, ...docs: string[]): Relation => ({
      ...r,
      cite: docs.map((doc) => ({ doc, line: 1, section: 's' })),
    });
    const g: Graph = {
      entities: graph.entities,
      relations: [
        cited(rel('lab:x', 'HOSTED_BY', 'uni:u'), 'plan14', 'impl2015'),
        cited(rel('lab:x', 'SERVES', 'chain:a'), 'plan14'),
        cited(rel('chain:b', 'RELIES_ON', 'uni:u', 'inferred'), 'impl2015'),
        cited(rel('tic:z', 'CO_BUILT_WITH', 'uni:u'), 'dalian14'),
        cited(rel('tic:z', 'SERVES', 'chain:b'), 'plan14'),
      ],
    };
    const d = derivedProps(g, regionMemberships(g)).get('uni:u');
    expect(d?.hubDocs).toEqual(['doc:dalian14', 'doc:impl2015', 'doc:plan14']);
    // Fourteen per document: platforms for each of the seven variants, then chains the same.
    // dalian14: the centre only (its SERVES link is plan14's). impl2015: the lab, and chain b
    // relying on the university (inferred). plan14: the lab and chain a it serves (the
    // centre's SERVES link counts only through a platform plan14 links to the university).
    expect(d?.hubDocCounts).toEqual([
      ...[1, 1, 0, 0, 1, 1, 0, ...[0, 0, 0, 0, 0, 0, 0]], // dalian14
      ...[1, 1, 0, 0, 1, 1, 0, ...[1, 0, 0, 1, 0, 1, 1]], // impl2015
      ...[1, 1, 0, 0, 1, 1, 0, ...[1, 1, 0, 0, 1, 1, 0]], // plan14
    ]);
  });

  it('summarises a region’s platforms by the region rule, per membership basis', () => {
    expect(counts('region:province', 'platformSummary', null)).toEqual([
      ['laboratory', 'existing', 1],
      ['pilot_base', 'planned', 1],
    ]);
    expect(counts('region:province', 'platformSummary', 'stated')).toEqual([['laboratory', 'existing', 1]]);
    expect(counts('region:city', 'platformSummary', null)).toEqual([['laboratory', 'existing', 1]]);
  });

  it('derives nothing for other kinds', () => {
    expect(derived.has('lab:x')).toBe(false);
  });
});
