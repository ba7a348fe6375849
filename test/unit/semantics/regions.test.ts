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

describe('named ties in the region rule', () => {
  // A lab named after its city (named), in a park the text places there (stated) and reached
  // through a district it is inferred to be in: named ranks between stated and inferred.
  const g: Graph = {
    entities: [
      entity('region:dalian', 'region'),
      entity('region:liaoning', 'region'),
      entity('region:ganjingzi', 'region'),
      entity('lab:named', 'laboratory'),
      entity('lab:mixed', 'laboratory'),
    ],
    relations: [
      rel('region:dalian', 'PART_OF', 'region:liaoning'),
      rel('region:ganjingzi', 'PART_OF', 'region:dalian', 'inferred'),
      rel('lab:named', 'LOCATED_IN', 'region:dalian', 'named'),
      rel('lab:mixed', 'LOCATED_IN', 'region:dalian', 'named'),
      rel('lab:mixed', 'LOCATED_IN', 'region:ganjingzi', 'stated'),
    ],
  };
  const of = (id: string): Record<string, string> =>
    Object.fromEntries(
      regionMemberships(g)
        .filter((m) => m.entity === id)
        .map((m) => [m.region, m.basis]),
    );

  it('keeps named on the way when the rest is stated', () => {
    expect(of('lab:named')).toEqual({ 'region:dalian': 'named', 'region:liaoning': 'named' });
  });

  it('prefers a named path to an inferred one, and a path is as weak as its weakest tie', () => {
    expect(of('lab:mixed')).toEqual({
      'region:ganjingzi': 'stated',
      'region:dalian': 'named',
      'region:liaoning': 'named',
    });
  });
});
