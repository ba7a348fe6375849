/** Shapes API results into Cytoscape elements. Pure: unit-tested without a browser. */
import type { ElementDefinition } from 'cytoscape';
import { KINDS, isKind, type Kind } from '../../src/ontology/ontology.js';
import type { Lang } from './i18n.js';
import { relWord } from './words.js';

/** GraphQL enums are upper case; the ontology's kinds are lower case. */
export const kindOf = (k: string): Kind => k.toLowerCase() as Kind;

export interface GNode {
  id: string;
  label: string;
  kind: string;
  level: string;
  status: string;
  entity?: { nameEn?: string | null; placeholder?: boolean | null } | null;
}
export interface GEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  basis: string;
  role?: string | null;
  reason?: string | null;
  reasonEn?: string | null;
}
export interface Subgraph {
  nodes: GNode[];
  edges: GEdge[];
  truncated?: boolean;
}

/** An entity as the API returns it in lists (search, trace, relationships). */
export interface EntityRef {
  id: string;
  name: string;
  nameEn?: string | null;
  kind: string;
  level: string;
  status: string;
  placeholder?: boolean | null;
}

export const refToNode = (e: EntityRef): GNode => ({
  id: e.id,
  label: e.name,
  kind: e.kind,
  level: e.level,
  status: e.status,
  entity: { nameEn: e.nameEn ?? null, placeholder: e.placeholder ?? null },
});

export function nodeElement(n: GNode, lang: Lang = 'zh'): ElementDefinition {
  const kind = kindOf(n.kind);
  const nameEn = n.entity?.nameEn ?? null;
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: lang === 'en' && nameEn ? nameEn : n.label,
      name: n.label,
      nameEn,
      kind,
      group: isKind(kind) ? KINDS[kind].group : 'Other',
      level: n.level.toLowerCase(),
      status: n.status.toLowerCase(),
      placeholder: n.entity?.placeholder === true,
    },
  };
}

export function edgeElement(e: GEdge, lang: Lang = 'zh'): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      basis: e.basis.toLowerCase(),
      role: e.role ?? null,
      reason: e.reason ?? null,
      reasonEn: e.reasonEn ?? null,
      word: relWord(e.type, lang, e.role),
    },
  };
}

export function subgraphElements(
  s: Pick<Subgraph, 'nodes' | 'edges'>,
  lang: Lang = 'zh',
): ElementDefinition[] {
  return [...s.nodes.map((n) => nodeElement(n, lang)), ...s.edges.map((e) => edgeElement(e, lang))];
}

/** Elements of `add` not already in `existing` (by id), nodes before edges. */
export function newElements(
  existing: ReadonlySet<string>,
  add: readonly ElementDefinition[],
): ElementDefinition[] {
  const seen = new Set(existing);
  const out: ElementDefinition[] = [];
  for (const el of [...add].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1))) {
    const id = String(el.data.id);
    if (!seen.has(id)) {
      seen.add(id);
      out.push(el);
    }
  }
  return out;
}

/** One of an entity's relationships, as `node(id){ relationships {…} }` answers. */
export interface RelationshipRef {
  type: string;
  direction: string;
  basis: string;
  role?: string | null;
  reason?: string | null;
  reasonEn?: string | null;
  node: EntityRef;
}

/** Edge id as the API writes it (`source|TYPE|target`), so expansions and subgraphs agree. */
export const edgeId = (source: string, type: string, target: string): string => `${source}|${type}|${target}`;

/** An entity's neighbours (from its relationships) as elements, the entity's own node aside. */
export function neighbourElements(
  id: string,
  rels: readonly RelationshipRef[],
  lang: Lang = 'zh',
): ElementDefinition[] {
  const els: ElementDefinition[] = [];
  for (const r of rels) {
    const [source, target] = r.direction === 'OUT' ? [id, r.node.id] : [r.node.id, id];
    els.push(nodeElement(refToNode(r.node), lang));
    els.push(
      edgeElement(
        {
          id: edgeId(source, r.type, target),
          source,
          target,
          type: r.type,
          basis: r.basis,
          role: r.role,
          reason: r.reason,
          reasonEn: r.reasonEn,
        },
        lang,
      ),
    );
  }
  return newElements(new Set([id]), els);
}

export interface TraceData {
  chain: EntityRef;
  platforms: {
    basis: string;
    reason?: string | null;
    reasonEn?: string | null;
    platform: EntityRef & {
      relationships?: {
        type: string;
        basis: string;
        role?: string | null;
        reason?: string | null;
        reasonEn?: string | null;
        node: EntityRef;
      }[];
    };
    links?: { type: string; basis: string; node: EntityRef }[];
  }[];
  reliedOn: {
    basis: string;
    reason?: string | null;
    reasonEn?: string | null;
    role?: string | null;
    unit: EntityRef;
  }[];
}

/** Layers of a trace, left to right: who stands behind the platforms, the platforms, the chain, its units. */
export const TRACE_LAYERS = ['institutions', 'platforms', 'chain', 'units'] as const;

const layered = (e: EntityRef, layer: number, lang: Lang): ElementDefinition => {
  const el = nodeElement(refToNode(e), lang);
  return { ...el, data: { ...el.data, layer } };
};

/**
 * A chain trace as layers: institutions (0) → platforms (1) → chain (2) → units it relies on (3).
 * A node keeps the first layer it is met in. Edges keep stated/inferred, role and reason.
 */
export function traceElements(t: TraceData, lang: Lang = 'zh'): ElementDefinition[] {
  const els: ElementDefinition[] = [layered(t.chain, 2, lang)];
  const edge = (
    source: string,
    type: string,
    target: string,
    basis: string,
    role?: string | null,
    why?: { reason?: string | null; reasonEn?: string | null },
  ): ElementDefinition =>
    edgeElement(
      {
        id: edgeId(source, type, target),
        source,
        target,
        type,
        basis,
        role,
        reason: why?.reason ?? null,
        reasonEn: why?.reasonEn ?? null,
      },
      lang,
    );
  for (const p of t.platforms) els.push(layered(p.platform, 1, lang));
  for (const p of t.platforms) {
    els.push(edge(p.platform.id, 'SERVES', t.chain.id, p.basis, null, p));
    const links =
      p.platform.relationships?.filter((r) => ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'].includes(r.type)) ??
      p.links ??
      [];
    for (const l of links) {
      els.push(layered(l.node, 0, lang));
      const extra = l as { role?: string | null; reason?: string | null; reasonEn?: string | null };
      els.push(edge(p.platform.id, l.type, l.node.id, l.basis, extra.role, extra));
    }
  }
  for (const u of t.reliedOn) {
    els.push(layered(u.unit, 3, lang));
    els.push(edge(t.chain.id, 'RELIES_ON', u.unit.id, u.basis, u.role, u));
  }
  return newElements(new Set(), els);
}
