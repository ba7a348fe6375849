/** Shapes API results into Cytoscape elements. Pure: unit-tested without a browser. */
import type { ElementDefinition } from 'cytoscape';
import { KINDS, type Kind } from '../../src/ontology/ontology.js';
import type { GEdge, GNode, Subgraph } from './api.js';

/** GraphQL enums are upper case; the ontology's kinds are lower case. */
export const kindOf = (k: string): Kind => k.toLowerCase() as Kind;

export function nodeElement(n: GNode): ElementDefinition {
  const kind = kindOf(n.kind);
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      kind,
      group: KINDS[kind].group,
      level: n.level.toLowerCase(),
      status: n.status.toLowerCase(),
    },
  };
}

export function edgeElement(e: GEdge): ElementDefinition {
  return {
    group: 'edges',
    data: { id: e.id, source: e.source, target: e.target, type: e.type, basis: e.basis.toLowerCase() },
  };
}

export function subgraphElements(s: Pick<Subgraph, 'nodes' | 'edges'>): ElementDefinition[] {
  return [...s.nodes.map(nodeElement), ...s.edges.map(edgeElement)];
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

interface TraceData {
  chain: { id: string; name: string; kind: string; level: string; status: string };
  platforms: {
    basis: string;
    platform: { id: string; name: string; kind: string; level: string; status: string };
    links: { type: string; basis: string; node: TraceData['chain'] }[];
  }[];
  reliedOn: { basis: string; unit: TraceData['chain'] }[];
}

const asNode = (e: TraceData['chain'], layer: number): ElementDefinition => ({
  ...nodeElement({ id: e.id, label: e.name, kind: e.kind, group: '', level: e.level, status: e.status }),
  data: {
    ...nodeElement({ id: e.id, label: e.name, kind: e.kind, group: '', level: e.level, status: e.status })
      .data,
    layer,
  },
});

/**
 * A chain trace as layers: institutions (0) → platforms (1) → chain (2), with the units the
 * chain relies on (0) pointing at it. Edges keep stated/inferred for styling.
 */
export function traceElements(t: TraceData): ElementDefinition[] {
  const els: ElementDefinition[] = [asNode(t.chain, 2)];
  const edge = (source: string, type: string, target: string, basis: string): ElementDefinition =>
    edgeElement({ id: `${source}|${type}|${target}`, source, target, type, basis });
  for (const p of t.platforms) {
    els.push(asNode(p.platform, 1), edge(p.platform.id, 'SERVES', t.chain.id, p.basis));
    for (const l of p.links) els.push(asNode(l.node, 0), edge(p.platform.id, l.type, l.node.id, l.basis));
  }
  for (const u of t.reliedOn) els.push(asNode(u.unit, 0), edge(t.chain.id, 'RELIES_ON', u.unit.id, u.basis));
  return newElements(new Set(), els);
}
