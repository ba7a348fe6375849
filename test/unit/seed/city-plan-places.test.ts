/**
 * A platform only a city's own plan names is placed in that city (review s25, M5), and the check
 * that finds the next one a curator leaves unplaced.
 */
import { describe, expect, it } from 'vitest';
import { checkSeed } from '../../../src/seed/index.js';
import { cityDocuments, unplacedCityPlatforms } from '../../../src/seed/city-plan-places.js';
import { regionMemberships } from '../../../src/semantics/regions.js';

const { graph } = checkSeed();
if (!graph) throw new Error('the curated seed does not validate');

describe('platforms of a city plan', () => {
  it('reads the Dalian plan as the one city document, by its issuer', () => {
    expect([...cityDocuments(graph)]).toEqual([['doc:dalian14', { id: 'region:dalian', name: '大连市' }]]);
  });

  it('leave no platform only a city document names outside that city', () => {
    expect(unplacedCityPlatforms(graph)).toEqual([]);
  });

  it('place the six platforms of review s25 M5 in 大连 (inferred, citing their own line)', () => {
    const lines: Record<string, number> = {
      'pb:mw-wind-power-components-base': 255,
      'rc:national-energy-big-data-centre': 149,
      'rc:generic-drug-consistency-platform': 303,
      'rc:public-health-emergency-platform': 313,
      'rc:culture-tourism-cloud-platform': 289,
      'rc:cultural-product-crowdsourcing-platform': 289,
    };
    for (const [id, line] of Object.entries(lines)) {
      const m = regionMemberships(graph).find((x) => x.entity === id && x.region === 'region:dalian');
      expect(m, id).toMatchObject({ basis: 'inferred', docs: ['doc:dalian14'] });
      const link = graph.relations.find((r) => r.from === id && r.type === 'LOCATED_IN');
      expect(
        link?.cite.map((c) => `${c.doc}:${c.line}`),
        id,
      ).toEqual([`dalian14:${line}`]);
      expect(link?.reason, id).toBeTruthy();
      expect(link?.reasonEn, id).toBeTruthy();
    }
  });

  it('finds a platform the city plan alone names that is in no region of the city', () => {
    const id = 'rc:public-health-emergency-platform';
    const unplaced = {
      ...graph,
      relations: graph.relations.filter((r) => !(r.from === id && r.type === 'LOCATED_IN')),
    };
    expect(unplacedCityPlatforms(unplaced)).toEqual([
      {
        entity: id,
        name: '突发公共卫生事件综合干预研究平台',
        document: 'doc:dalian14',
        region: 'region:dalian',
        regionName: '大连市',
      },
    ]);
  });
});
