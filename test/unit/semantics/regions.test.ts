import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/seed/model.js';
import { regionMemberships } from '../../../src/semantics/regions.js';
import { entity, rel } from './graph-fixtures.js';

// 沈大 zone spans two cities; a park in Dalian is part of it; a lab sits in the park.
const graph: Graph = {
  entities: [
    entity('region:liaoning', 'region'),
    entity('region:shenyang', 'region'),
    entity('region:dalian', 'region'),
    entity('region:ganjingzi', 'region'),
    entity('zone:shenda', 'zone'),
    entity('zone:dalian-park', 'zone'),
    entity('lab:x', 'laboratory'),
    entity('lab:y', 'laboratory'),
  ],
  relations: [
    rel('region:shenyang', 'PART_OF', 'region:liaoning'),
    rel('region:dalian', 'PART_OF', 'region:liaoning'),
    rel('region:ganjingzi', 'PART_OF', 'region:dalian'),
    rel('zone:shenda', 'LOCATED_IN', 'region:shenyang'),
    rel('zone:shenda', 'LOCATED_IN', 'region:dalian'),
    rel('zone:dalian-park', 'PART_OF', 'zone:shenda'),
    rel('zone:dalian-park', 'LOCATED_IN', 'region:ganjingzi', 'inferred'),
    rel('lab:x', 'LOCATED_IN', 'zone:dalian-park'),
    rel('lab:y', 'LOCATED_IN', 'zone:shenda'),
  ],
};

const regionsOf = (id: string): Record<string, string> =>
  Object.fromEntries(
    regionMemberships(graph)
      .filter((m) => m.entity === id)
      .map((m) => [m.region, m.basis]),
  );

describe('the region rule', () => {
  it('climbs the region hierarchy', () => {
    expect(regionsOf('region:ganjingzi')).toEqual({ 'region:dalian': 'stated', 'region:liaoning': 'stated' });
  });

  it('puts a zone that spans two cities in both', () => {
    expect(regionsOf('zone:shenda')).toEqual({
      'region:shenyang': 'stated',
      'region:dalian': 'stated',
      'region:liaoning': 'stated',
    });
  });

  it('never passes membership through a multi-city entity', () => {
    expect(regionsOf('zone:dalian-park')).toEqual({
      'region:ganjingzi': 'inferred',
      'region:dalian': 'inferred',
      'region:liaoning': 'inferred',
    });
    expect(regionsOf('lab:x')).toEqual({
      'region:ganjingzi': 'inferred',
      'region:dalian': 'inferred',
      'region:liaoning': 'inferred',
    });
    expect(regionsOf('lab:y')).toEqual({});
  });
});
