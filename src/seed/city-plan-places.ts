/**
 * Platforms only a city's own document names, placed in that city (review s25, M5): six
 * platforms of the Dalian plan had no LOCATED_IN, so "what does 大连 plan" answered 65 by
 * document and 64 by region. A city's plan builds in the city unless it says otherwise; the
 * curator states that as an inferred LOCATED_IN the city (or a district or zone of it).
 *
 * A city document is one whose issuer starts with the name of a municipal region of the graph
 * (大连市科学技术局 → 大连市). A platform whose every citation (mentions included) is that
 * document should be in the city by the region rule (src/semantics/regions.ts). A finding is a
 * warning for `innograph seed --check`; `test/unit/seed/city-plan-places.test.ts` keeps the
 * curated seed free of them.
 */
import { KINDS } from '../ontology/ontology.js';
import { regionMemberships } from '../semantics/regions.js';
import type { Graph } from './model.js';

export interface UnplacedCityPlatform {
  readonly entity: string;
  readonly name: string;
  /** The city document (`doc:…`) that is the platform's only source. */
  readonly document: string;
  readonly region: string;
  readonly regionName: string;
}

/** The city documents of the graph: document id (`doc:…`) → its city region. */
export function cityDocuments(graph: Graph): Map<string, { id: string; name: string }> {
  const cities = graph.entities.filter((e) => e.kind === 'region' && e.level === 'municipal');
  const out = new Map<string, { id: string; name: string }>();
  for (const d of graph.entities) {
    if (d.kind !== 'document' || !d.issuer) continue;
    const city = cities.find((c) => d.issuer?.startsWith(c.name));
    if (city) out.set(d.id, { id: city.id, name: city.name });
  }
  return out;
}

export function unplacedCityPlatforms(graph: Graph): UnplacedCityPlatform[] {
  const docs = cityDocuments(graph);
  if (docs.size === 0) return [];
  const inRegion = new Map<string, Set<string>>();
  for (const m of regionMemberships(graph)) {
    const set = inRegion.get(m.entity) ?? new Set<string>();
    set.add(m.region);
    inRegion.set(m.entity, set);
  }
  const out: UnplacedCityPlatform[] = [];
  for (const e of graph.entities) {
    if (KINDS[e.kind].group !== 'Platform') continue;
    const sources = new Set(e.cite.map((c) => `doc:${c.doc}`));
    if (sources.size !== 1) continue;
    const [document] = [...sources];
    const city = document === undefined ? undefined : docs.get(document);
    if (document === undefined || !city || inRegion.get(e.id)?.has(city.id)) continue;
    out.push({ entity: e.id, name: e.name, document, region: city.id, regionName: city.name });
  }
  return out;
}
