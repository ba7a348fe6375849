/**
 * Counts the analytics read, derived once at load time (like IN_REGION) so that `hubs`,
 * `chainCoverage` and `regionSummary` read one property per node instead of walking every
 * relationship of the graph on each request. Each count follows the rule its API field
 * states (docs/api.md, "What the API means"), for any basis and for every set of bases. Hub counts
 * are also kept per document (the links each document states); chain coverage and region
 * summaries narrowed to one document are computed by the query, from that document's links.
 *
 * - Chain coverage: the platforms that serve a chain (SERVES) or that it relies on (RELIES_ON),
 *   distinct, by kind and current status. A chain that another chain is PART_OF is a group.
 * - Hubs: an institution's platforms (HOSTED_BY, LED_BY, CO_BUILT_WITH from a platform) and the
 *   chains it reaches (RELIES_ON it directly, or SERVES from one of those platforms).
 * - Region summary: the platforms in a region by the region rule (IN_REGION), by kind and status.
 */
import { BASES, KINDS, type Basis, type Kind, type Status } from '../ontology/ontology.js';
import type { Graph, GraphEntity } from '../seed/model.js';
import type { RegionMembership } from './regions.js';

/**
 * Which links count: every one ('any'), or those of a set of bases ('stated', 'stated+named', …).
 * Every subset of the ontology's bases is derived (2^n − 1 of them: 7 for three bases), so a
 * `basis` list argument of any subset answers from stored counts, exactly. The order of the
 * stored variants: 'any' first, then smaller sets before larger, each in the ontology's order.
 */
export type BasisVariant = string;
const subsets: Basis[][] = BASES.reduce<Basis[][]>((acc, b) => [...acc, ...acc.map((s) => [...s, b])], [[]])
  .filter((s) => s.length > 0 && s.length < BASES.length)
  .sort((a, b) => a.length - b.length);
export const BASIS_VARIANTS: readonly BasisVariant[] = ['any', ...subsets.map((s) => s.join('+'))];
const VARIANT_BASES: ReadonlyMap<BasisVariant, readonly Basis[]> = new Map([
  ['any', [...BASES]],
  ...subsets.map((s): [string, Basis[]] => [s.join('+'), s]),
]);
/** The variant of a `basis` list: an empty list, or every basis, is 'any'. */
export const basisVariant = (bases: readonly Basis[] | Basis | null): BasisVariant => {
  const list = bases === null ? [] : typeof bases === 'string' ? [bases] : bases;
  const set = BASES.filter((b) => list.includes(b));
  return set.length === 0 || set.length === BASES.length ? 'any' : set.join('+');
};
export const variantIndex = (bases: readonly Basis[] | Basis | null): number =>
  BASIS_VARIANTS.indexOf(basisVariant(bases));

/** Entries of `hubDocCounts` per document: platforms then chains, for each variant. */
export const HUB_DOC_STRIDE = 2 * BASIS_VARIANTS.length;

/** [kind, status, count], sorted by kind then status. */
export type KindStatusTriple = readonly [Kind, Status, number];
/** One list of counts per basis variant. */
export type CountsByVariant = Readonly<Record<BasisVariant, readonly KindStatusTriple[]>>;

/** The derived properties of one entity, as stored on its node. */
export type DerivedProps = Readonly<Record<string, unknown>>;

const matches = (wanted: BasisVariant, basis: Basis): boolean =>
  VARIANT_BASES.get(wanted)?.includes(basis) ?? false;

function tally(platforms: Iterable<GraphEntity>): KindStatusTriple[] {
  const counts = new Map<string, { kind: Kind; status: Status; n: number }>();
  for (const p of platforms) {
    const key = `${p.kind}|${p.current.status}`;
    const c = counts.get(key) ?? { kind: p.kind, status: p.current.status, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  return [...counts.values()]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status))
    .map((c) => [c.kind, c.status, c.n] as const);
}

const docIds = (cite: readonly { doc: string }[]): string[] => [...new Set(cite.map((c) => `doc:${c.doc}`))];

const isPlatform = (e: GraphEntity | undefined): e is GraphEntity =>
  e !== undefined && KINDS[e.kind].group === 'Platform';

/**
 * Derived properties by entity id: `coverage` and `chainGroup` on chains, `hubPlatforms` and
 * `hubChains` (one per BASIS_VARIANTS entry) on institutions, `platformSummary` on regions.
 */
export function derivedProps(
  graph: Graph,
  memberships: readonly RegionMembership[],
): Map<string, DerivedProps> {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const out = new Map<string, DerivedProps>();
  const each = <T>(f: (v: BasisVariant) => T): Record<BasisVariant, T> =>
    Object.fromEntries(BASIS_VARIANTS.map((v) => [v, f(v)]));

  // Chains: platforms that serve them or that they rely on.
  const chainLinks = new Map<string, { p: GraphEntity; basis: Basis }[]>();
  const groups = new Set<string>();
  // Institutions: their platforms, and the chains relying on them (with the documents stating each link).
  const actorPlatforms = new Map<string, { p: GraphEntity; basis: Basis; docs: readonly string[] }[]>();
  const actorChains = new Map<string, { c: string; basis: Basis; docs: readonly string[] }[]>();
  const serves = new Map<string, { c: string; basis: Basis; docs: readonly string[] }[]>();
  const push = <V>(m: Map<string, V[]>, k: string, v: V): void => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const r of graph.relations) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from || !to) continue;
    const docs = docIds(r.cite);
    if (r.type === 'SERVES' && to.kind === 'chain') {
      if (isPlatform(from)) {
        push(chainLinks, to.id, { p: from, basis: r.basis });
        push(serves, from.id, { c: to.id, basis: r.basis, docs });
      }
    } else if (r.type === 'RELIES_ON' && from.kind === 'chain') {
      if (isPlatform(to)) push(chainLinks, from.id, { p: to, basis: r.basis });
      if (KINDS[to.kind].group === 'Actor') push(actorChains, to.id, { c: from.id, basis: r.basis, docs });
    } else if (r.type === 'PART_OF' && from.kind === 'chain' && to.kind === 'chain') groups.add(to.id);
    else if (
      (r.type === 'HOSTED_BY' || r.type === 'LED_BY' || r.type === 'CO_BUILT_WITH') &&
      isPlatform(from) &&
      KINDS[to.kind].group === 'Actor'
    )
      push(actorPlatforms, to.id, { p: from, basis: r.basis, docs });
  }

  const summaries = new Map<string, { p: GraphEntity; basis: Basis }[]>();
  for (const m of memberships) {
    const p = byId.get(m.entity);
    if (isPlatform(p)) push(summaries, m.region, { p, basis: m.basis });
  }

  for (const e of graph.entities) {
    const group = KINDS[e.kind].group;
    if (e.kind === 'chain') {
      const links = chainLinks.get(e.id) ?? [];
      const coverage: CountsByVariant = each((v) =>
        tally(new Set(links.filter((l) => matches(v, l.basis)).map((l) => l.p))),
      );
      out.set(e.id, { coverage: JSON.stringify(coverage), chainGroup: groups.has(e.id) });
    } else if (group === 'Actor') {
      const platformLinks = actorPlatforms.get(e.id) ?? [];
      const chainLinks = actorChains.get(e.id) ?? [];
      // [platforms, chains] per basis variant, counting the links `doc` states (any when null).
      const counts = (doc: string | null): [number[], number[]] => {
        const counted = (l: { basis: Basis; docs: readonly string[] }, v: BasisVariant): boolean =>
          matches(v, l.basis) && (doc === null || l.docs.includes(doc));
        const platforms = BASIS_VARIANTS.map(
          (v) => new Set(platformLinks.filter((l) => counted(l, v)).map((l) => l.p)),
        );
        const chains = BASIS_VARIANTS.map((v, i) => {
          const reached = new Set(chainLinks.filter((l) => counted(l, v)).map((l) => l.c));
          for (const p of platforms[i] ?? [])
            for (const s of serves.get(p.id) ?? []) if (counted(s, v)) reached.add(s.c);
          return reached.size;
        });
        return [platforms.map((ps) => ps.size), chains];
      };
      const [hubPlatforms, hubChains] = counts(null);
      // Per document that states any of these links: `hubDocs[k]` and, at 2vk…2vk+2v−1 of
      // `hubDocCounts` (v variants: HUB_DOC_STRIDE), its platforms then its chains for each variant (lists, not a property per
      // document: a national graph's thousands of documents would each be a property key).
      const docs = new Set<string>();
      for (const l of [...platformLinks, ...chainLinks]) for (const d of l.docs) docs.add(d);
      for (const l of platformLinks)
        for (const s of serves.get(l.p.id) ?? []) for (const d of s.docs) docs.add(d);
      const hubDocs = [...docs].sort();
      const hubDocCounts = hubDocs.flatMap((d) => counts(d).flat());
      out.set(e.id, { hubPlatforms, hubChains, hubDocs, hubDocCounts });
    } else if (e.kind === 'region') {
      const links = summaries.get(e.id) ?? [];
      const summary: CountsByVariant = each((v) =>
        tally(new Set(links.filter((l) => matches(v, l.basis)).map((l) => l.p))),
      );
      out.set(e.id, { platformSummary: JSON.stringify(summary) });
    }
  }
  return out;
}

/**
 * What a stored `coverage` or `platformSummary` holds when one variant has no counts: its key
 * with an empty list, as JSON.stringify writes it (above). A reader that only needs to know
 * whether a variant is empty can test for this text in Cypher instead of shipping the property.
 */
export const emptyCountsMark = (basis: readonly Basis[] | Basis | null): string =>
  JSON.stringify({ [basisVariant(basis)]: [] }).slice(1, -1);

/** The counts of one variant from a stored `coverage` or `platformSummary` property. */
export function storedCounts(value: unknown, basis: readonly Basis[] | Basis | null): KindStatusTriple[] {
  if (typeof value !== 'string') return [];
  const parsed = JSON.parse(value) as Partial<Record<BasisVariant, KindStatusTriple[]>>;
  return parsed[basisVariant(basis)] ?? [];
}
