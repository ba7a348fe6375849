import { describe, expect, it } from 'vitest';
import type { Basis } from '../../../src/ontology/ontology.js';
import type { Graph } from '../../../src/seed/model.js';
import { derivedProps, storedCounts, variantIndex } from '../../../src/semantics/aggregates.js';
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

  it('counts an institution’s platforms and the chains it reaches, directly or through them', () => {
    // Any basis: lab and centre; chain a (relies on it, served by the lab) and chain b (the centre).
    // Inferred only: the centre, but its SERVES link is stated, so no chain.
    expect(derived.get('uni:u')).toEqual({ hubPlatforms: [2, 1, 1], hubChains: [2, 1, 0] });
    expect(derived.get('ent:e')).toEqual({ hubPlatforms: [0, 0, 0], hubChains: [0, 0, 0] });
    expect(variantIndex(null)).toBe(0);
    expect(variantIndex('stated')).toBe(1);
    expect(variantIndex('inferred')).toBe(2);
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
