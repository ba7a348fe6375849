/**
 * Region membership: which regions an entity is in. One rule for the API, the explorer and
 * the planner questions, computed once at load time and stored as IN_REGION relationships:
 *
 * 1. An entity is in a region it is LOCATED_IN or PART_OF.
 * 2. A region is inside the regions it is PART_OF (district → city → province), so whatever
 *    is in the district is in the city and the province too.
 * 3. An entity LOCATED_IN or PART_OF a container that is not a region (a zone, a campus, a
 *    platform) is in the container's regions, but only when the container lies in one place:
 *    its regions, most specific first, form a single line (e.g. 高新园区 → 大连市 → 辽宁省).
 *    A container that spans places (沈大国家自主创新示范区 in 沈阳市 and 大连市) passes nothing
 *    on: what is in 大连高新园区 is not in 沈阳市 because the park belongs to that zone.
 * 4. Membership has the weakest basis on the way (stated > named > inferred: a `named` tie,
 *    evident from a name or heading, ranks between), and the best path wins. An entity is
 *    never listed as in itself.
 * 5. Per document (`docs`): the documents whose own statements place the entity there, i.e.
 *    that cite the entity's own first link on the way (its LOCATED_IN or PART_OF); where the
 *    container lies beyond it (a zone's city, a district's city) is geography, from any
 *    document. `entities(filter: {document, region})` reads it: the 2015 plan places in 沈阳市
 *    only what the 2015 plan itself locates there.
 */
import { BASES, type Basis } from '../ontology/ontology.js';
import type { Graph } from '../seed/model.js';

export interface RegionMembership {
  readonly entity: string;
  readonly region: string;
  readonly basis: Basis;
  /** The first container on the way (zone, campus, …), or the region itself when direct. */
  readonly via: string;
  /** Documents (`doc:…`) whose own first link on the way makes this membership (rule 5). */
  readonly docs: readonly string[];
}

type Places = Map<string, { basis: Basis; via: string }>;

// BASES lists the bases strongest first.
const better = (a: Basis, b: Basis): Basis => (BASES.indexOf(a) <= BASES.indexOf(b) ? a : b);
const weaker = (a: Basis, b: Basis): Basis => (BASES.indexOf(a) >= BASES.indexOf(b) ? a : b);

export function regionMemberships(graph: Graph): RegionMembership[] {
  const kind = new Map(graph.entities.map((e) => [e.id, e.kind]));
  const up = new Map<string, { to: string; basis: Basis; docs: readonly string[] }[]>();
  for (const r of graph.relations) {
    if (r.type !== 'LOCATED_IN' && r.type !== 'PART_OF') continue;
    const list = up.get(r.from) ?? [];
    list.push({ to: r.to, basis: r.basis, docs: [...new Set(r.cite.map((c) => `doc:${c.doc}`))] });
    up.set(r.from, list);
  }
  const isRegion = (id: string): boolean => kind.get(id) === 'region';

  const memo = new Map<string, Places>();
  const visiting = new Set<string>();
  const add = (into: Places, region: string, basis: Basis, via: string): void => {
    const had = into.get(region);
    if (!had) into.set(region, { basis, via });
    else if (had.basis !== better(had.basis, basis)) into.set(region, { basis, via });
  };

  // The regions of a region: its ancestors through region PART_OF region, with the basis.
  const placesOf = (id: string): Places => {
    const known = memo.get(id);
    if (known) return known;
    const out: Places = new Map();
    if (visiting.has(id)) return out; // a cycle adds nothing
    visiting.add(id);
    for (const { to, basis } of up.get(id) ?? []) {
      if (to === id) continue;
      if (isRegion(to)) {
        // Rule 1, and rule 2 for a region: the target and everything above it.
        add(out, to, basis, to);
        if (!isRegion(id) || isRegion(to))
          for (const [r, p] of placesOf(to)) add(out, r, weaker(basis, p.basis), to);
      } else if (!isRegion(id)) {
        // Rule 3: a container passes on its places only when it lies in one place.
        const inner = placesOf(to);
        if (singlePlace(inner)) for (const [r, p] of inner) add(out, r, weaker(basis, p.basis), to);
      }
    }
    visiting.delete(id);
    out.delete(id);
    memo.set(id, out);
    return out;
  };

  // A set of regions lies in one place when one of them is inside all the others.
  const singlePlace = (places: Places): boolean => {
    if (places.size === 0) return false;
    const ids = [...places.keys()];
    return ids.some((r) => {
      const above = placesOf(r);
      return ids.every((o) => o === r || above.has(o));
    });
  };

  // Rule 5: the regions each of an entity's own links leads to, as placesOf walks them.
  const reachedBy = (id: string, to: string): string[] => {
    if (to === id) return [];
    if (isRegion(to)) return [to, ...placesOf(to).keys()];
    if (isRegion(id)) return [];
    const inner = placesOf(to);
    return singlePlace(inner) ? [...inner.keys()] : [];
  };

  const out: RegionMembership[] = [];
  for (const e of graph.entities) {
    if (e.kind === 'document') continue;
    const places = placesOf(e.id);
    const docs = new Map<string, Set<string>>();
    for (const link of up.get(e.id) ?? [])
      for (const r of reachedBy(e.id, link.to)) {
        const set = docs.get(r) ?? new Set<string>();
        for (const d of link.docs) set.add(d);
        docs.set(r, set);
      }
    for (const [region, p] of places)
      out.push({
        entity: e.id,
        region,
        basis: p.basis,
        via: p.via,
        docs: [...(docs.get(region) ?? [])].sort(),
      });
  }
  return out;
}
