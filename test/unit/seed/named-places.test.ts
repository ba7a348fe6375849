/**
 * Institutions whose name states their city or province are placed there (review s24, M3), and
 * the check that finds the next one a curator leaves unplaced.
 */
import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../../src/seed/index.js';
import { unplacedNamedPlaces } from '../../../src/seed/named-places.js';
import { regionMemberships } from '../../../src/semantics/regions.js';

const { graph } = checkSeed();
if (!graph) throw new Error('the curated seed does not validate');

describe('names that state a place', () => {
  it('leave no institution of the curated seed outside the city or province its name states', () => {
    expect(unplacedNamedPlaces(graph)).toEqual([]);
  });

  it('place 大连大学, 大连海洋大学 in 大连, 沈阳药科大学 in 沈阳, and 辽宁中医药大学 in the province only (named)', () => {
    const regionsOf = (id: string): string[] =>
      regionMemberships(graph)
        .filter((m) => m.entity === id)
        .map((m) => `${m.region} ${m.basis}`)
        .sort();
    expect(regionsOf('uni:dlu')).toEqual(['region:dalian named', 'region:liaoning inferred']);
    expect(regionsOf('uni:dlou')).toEqual(['region:dalian named', 'region:liaoning inferred']);
    expect(regionsOf('uni:syphu')).toEqual(['region:liaoning inferred', 'region:shenyang named']);
    // The name says 辽宁 and no city: no source line says which city, so the province only.
    expect(regionsOf('uni:lnutcm')).toEqual(['region:liaoning named']);
  });

  it('finds an institution whose name states a city it is not placed in, and not one placed in a zone of it', () => {
    const link = graph.relations.find((r) => r.from === 'uni:dlou' && r.type === 'LOCATED_IN');
    if (!link) throw new Error('uni:dlou has no LOCATED_IN');
    const unplaced = {
      ...graph,
      relations: graph.relations.filter((r) => !(r.from === 'uni:dlou' && r.type === 'LOCATED_IN')),
    };
    expect(unplacedNamedPlaces(unplaced)).toEqual([
      {
        entity: 'uni:dlou',
        name: '大连海洋大学',
        region: 'region:dalian',
        regionName: '大连市',
        words: '大连',
      },
    ]);
    // Placed through a zone that lies in 大连 (高新园区 → 大连市): in the city by the region rule.
    const viaZone = {
      ...unplaced,
      relations: [...unplaced.relations, { ...link, to: 'zone:dalian-hi-tech-zone' }],
    };
    expect(unplacedNamedPlaces(viaZone)).toEqual([]);
  });
});
