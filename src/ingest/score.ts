/**
 * Scoring a proposal against the curated seed, for `npm run bench:ingest`.
 *
 * - The graph a document is ingested against is the seed *as if that document had never been
 *   curated* (`graphWithout`): only entities and relations another document cites, with only the
 *   names and aliases another document's text writes. So no name reaches the ingester through
 *   the very curation it is scored against.
 * - Truth for a document: its design-kind entities (platforms, chains, and the institutions that
 *   are the target of a HOSTED_BY/LED_BY/CO_BUILT_WITH/RELIES_ON relation it cites) and its key
 *   relations of those four types.
 * - A proposed item counts when its confidence reaches the threshold. An existing entity matches
 *   by id; a new one matches a curated entity with the same name or alias, or one that shares a
 *   cited line and whose name contains (or is contained in) its name; each curated entity is
 *   matched once. A relation matches when both ends map to the curated triple's ids (basis and
 *   role are not scored).
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import type { Entity, Graph, GraphEntity, Relation } from '../seed/model.js';
import { squash } from '../seed/sources.js';
import type { Proposal } from './proposal.js';
import { nameKey } from './text.js';

export const KEY_RELATIONS = ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH', 'RELIES_ON'] as const;
const isKey = (t: string): boolean => (KEY_RELATIONS as readonly string[]).includes(t);
const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);
const CHAIN_SUFFIX = /(?:全)?产业(?:创新)?链$/;

/** The seed without what only `docId` contributed (see the module comment). */
export function graphWithout(graph: Graph, docId: string, texts: ReadonlyMap<string, string>): Graph {
  const others = [...texts.entries()].filter(([d]) => d !== docId).map(([, t]) => t);
  const attested = (name: string, kind: Kind): boolean => {
    const n = squash(name);
    const bare = kind === 'chain' ? n.replace(CHAIN_SUFFIX, '') : n;
    return others.some((t) => t.includes(n) || (bare !== '' && t.includes(bare)));
  };
  const entities: GraphEntity[] = [];
  for (const e of graph.entities) {
    if (e.kind === 'document') {
      entities.push(e);
      continue;
    }
    const cite = e.cite.filter((c) => c.doc !== docId);
    if (cite.length === 0) continue;
    const names = [e.name, ...e.aliases].filter((n) => attested(n, e.kind));
    const [name = e.name, ...aliases] = names;
    entities.push({ ...e, name, aliases, cite });
  }
  const kept = new Set(entities.map((e) => e.id));
  const relations: Relation[] = [];
  for (const r of graph.relations) {
    const cite = r.cite.filter((c) => c.doc !== docId);
    if (cite.length > 0 && kept.has(r.from) && kept.has(r.to)) relations.push({ ...r, cite });
  }
  return { entities, relations };
}

export interface Truth {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly relations: ReadonlySet<string>;
}

/** The curated design-kind entities and key relations of one document. */
export function truthFor(graph: Graph, docId: string): Truth {
  const relations = graph.relations.filter((r) => isKey(r.type) && r.cite.some((c) => c.doc === docId));
  const hosts = new Set(relations.map((r) => r.to));
  const entities = new Map<string, Entity>();
  for (const e of graph.entities) {
    if (!e.cite.some((c) => c.doc === docId)) continue;
    if (isPlatform(e.kind) || e.kind === 'chain' || (isActor(e.kind) && hosts.has(e.id)))
      entities.set(e.id, e);
  }
  return { entities, relations: new Set(relations.map((r) => `${r.from}|${r.type}|${r.to}`)) };
}

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export interface DocScore {
  readonly entities: Score;
  readonly relations: Score;
  /** For reading the misses: curated ids not found, proposed names not curated. */
  readonly missed: readonly string[];
  readonly extra: readonly string[];
  readonly missedRelations: readonly string[];
  readonly extraRelations: readonly string[];
}

interface Item {
  readonly id: string;
  readonly name: string;
  readonly kind: Kind;
  readonly lines: readonly number[];
  readonly isNew: boolean;
  readonly confidence: number;
}

/** Scores the items of `p` with confidence ≥ `threshold` against `truth`. */
export function scoreProposal(p: Proposal, truth: Truth, fullGraph: Graph, threshold: number): DocScore {
  const byId = new Map(fullGraph.entities.map((e) => [e.id, e]));
  const docId = p.document.id;
  const items: Item[] = [
    ...p.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      lines: e.cite.map((c) => c.line),
      isNew: true,
      confidence: e.confidence,
    })),
    // An ambiguous candidate is scored by its best option.
    ...p.ambiguous.flatMap((a) => {
      const [o] = a.options;
      return o
        ? [
            {
              id: o.id,
              name: o.name,
              kind: o.kind,
              lines: a.cite.map((c) => c.line),
              isNew: false,
              confidence: a.confidence,
            },
          ]
        : [];
    }),
    ...p.mentions.map((m) => {
      const e = byId.get(m.id);
      return {
        id: m.id,
        name: e?.name ?? m.as,
        kind: e?.kind ?? 'enterprise',
        lines: m.cite.map((c) => c.line),
        isNew: false,
        confidence: m.confidence,
      };
    }),
  ];
  const kept = items.filter((i) => i.confidence >= threshold);
  // Map every proposed id (new ones too) to a curated id where the curator would see the same thing.
  const toCurated = new Map<string, string>();
  const used = new Set<string>();
  const curatedLines = (e: Entity): number[] => e.cite.filter((c) => c.doc === docId).map((c) => c.line);
  const allCurated = fullGraph.entities.filter(
    (e) => e.cite.some((c) => c.doc === docId) && e.kind !== 'document',
  );
  for (const i of kept)
    if (!i.isNew && byId.has(i.id)) {
      toCurated.set(i.id, i.id);
      used.add(i.id);
    }
  const sameName = (i: Item, e: Entity): boolean =>
    [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(i.name));
  const overlaps = (i: Item, e: Entity): boolean => {
    const a = nameKey(i.name);
    const b = nameKey(e.name);
    const shorter = Math.min(a.length, b.length);
    const longer = Math.max(a.length, b.length);
    return (
      (a.includes(b) || b.includes(a)) &&
      shorter / longer >= 0.5 &&
      curatedLines(e).some((l) => i.lines.includes(l))
    );
  };
  for (const pass of [sameName, overlaps])
    for (const i of kept) {
      if (!i.isNew || toCurated.has(i.id)) continue;
      const e = allCurated.find((x) => !used.has(x.id) && pass(i, x));
      if (e) {
        toCurated.set(i.id, e.id);
        used.add(e.id);
      }
    }
  const designProposed = new Set<string>();
  const keyRels = p.relations.filter((r) => isKey(r.type) && r.confidence >= threshold);
  const relTargets = new Set(keyRels.map((r) => r.to));
  for (const i of kept) {
    const mapped = toCurated.get(i.id);
    const kind = mapped ? (byId.get(mapped)?.kind ?? i.kind) : i.kind;
    if (isPlatform(kind) || kind === 'chain' || (isActor(kind) && relTargets.has(i.id)))
      designProposed.add(mapped ?? `new:${i.id}`);
  }
  const truthIds = new Set(truth.entities.keys());
  const tp = [...designProposed].filter((id) => truthIds.has(id)).length;
  const extra = [...designProposed].filter((id) => !truthIds.has(id));
  const missed = [...truthIds].filter((id) => !designProposed.has(id));
  const end = (id: string): string => toCurated.get(id) ?? (byId.has(id) ? id : `new:${id}`);
  const relKeys = new Set(keyRels.map((r) => `${end(r.from)}|${r.type}|${end(r.to)}`));
  const rtp = [...relKeys].filter((k) => truth.relations.has(k)).length;
  return {
    entities: { tp, fp: extra.length, fn: missed.length },
    relations: { tp: rtp, fp: relKeys.size - rtp, fn: truth.relations.size - rtp },
    missed: missed.map((id) => `${id} ${truth.entities.get(id)?.name ?? ''}`),
    extra: extra.map((id) =>
      id.startsWith('new:')
        ? `${id} ${items.find((i) => `new:${i.id}` === id)?.name ?? ''}`
        : `${id} ${byId.get(id)?.name ?? ''}`,
    ),
    missedRelations: [...truth.relations].filter((k) => !relKeys.has(k)),
    extraRelations: [...relKeys].filter((k) => !truth.relations.has(k)),
  };
}
