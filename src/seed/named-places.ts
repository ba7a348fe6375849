/**
 * Institutions whose name states a place they are not in (review s24, M3): 大连大学, 大连海洋大学
 * and 沈阳药科大学 were in no region although their names say their city, so "which universities
 * are in 大连" missed them. A name that states a city or province (the region's name without
 * 市/省: 大连, 沈阳, 辽宁) should come with a placement there, curated as a `named` LOCATED_IN;
 * this finds the institutions that lack one, by the region rule (src/semantics/regions.ts), so
 * an institute in a zone of the city counts as placed.
 *
 * A finding is a warning for `innograph seed --check` (a curator may know better: a company can
 * move), and `test/unit/seed/named-places.test.ts` keeps the curated seed free of them.
 */
import { KINDS } from '../ontology/ontology.js';
import { regionMemberships } from '../semantics/regions.js';
import type { Graph } from './model.js';

export interface UnplacedName {
  readonly entity: string;
  readonly name: string;
  readonly region: string;
  readonly regionName: string;
  /** The words of the name that state the place. */
  readonly words: string;
}

/** A region's name as names of institutions write it: 大连市 → 大连, 辽宁省 → 辽宁. */
const stem = (name: string): string => name.replace(/[市省]$/, '');

/**
 * The institutions (actors) whose name or alias holds the stem of a city or province (level
 * municipal or provincial) they are not in, by the region rule.
 */
export function unplacedNamedPlaces(graph: Graph): UnplacedName[] {
  const places = graph.entities
    .filter((e) => e.kind === 'region' && (e.level === 'municipal' || e.level === 'provincial'))
    .map((r) => ({ id: r.id, name: r.name, words: stem(r.name) }))
    // A one-character stem would match too much.
    .filter((r) => Array.from(r.words).length >= 2);
  const inRegion = new Map<string, Set<string>>();
  for (const m of regionMemberships(graph)) {
    const set = inRegion.get(m.entity) ?? new Set<string>();
    set.add(m.region);
    inRegion.set(m.entity, set);
  }
  const out: UnplacedName[] = [];
  for (const e of graph.entities) {
    if (KINDS[e.kind].group !== 'Actor' || e.placeholder) continue;
    const names = [e.name, ...e.aliases];
    for (const p of places)
      if (names.some((n) => n.includes(p.words)) && !inRegion.get(e.id)?.has(p.id))
        out.push({ entity: e.id, name: e.name, region: p.id, regionName: p.name, words: p.words });
  }
  return out;
}
