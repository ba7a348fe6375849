/**
 * Subgraph reads for the explorer: an entity's neighbourhood, level by level and bounded, and
 * the overview of the whole curated graph.
 */
import neo4j from 'neo4j-driver';
import { toEntityRecord, type EntityRecord } from './records.js';
import {
  denseDegree,
  type GraphEdgeRecord,
  type LinkFilter,
  type NodeFilter,
  type SubgraphRecord,
} from './read-records.js';
import { compareText, edgeOf, props, rows, type NamedRead, type Row } from './row-decoding.js';

/**
 * The neighbourhood of `id`: breadth-first, one query per level, stopping at `limit`
 * nodes (then `truncated`). Only edges whose both ends are kept are returned. A hub is never
 * read whole (expand.cypher): a level asks for one more new node than it may keep, so that
 * finding it means truncated. Rows are taken in (source, type, target) order, so an answer
 * that is not truncated does not depend on how Neo4j stores the relationships; such an answer
 * also gets the links between two hubs (one more query), which a truncated one may lack.
 */
export async function neighbourhood(
  read: NamedRead,
  entitiesByIds: (ids: readonly string[]) => Promise<(EntityRecord | undefined)[]>,
  id: string,
  depth: number,
  types: readonly string[],
  nodesFilter: NodeFilter,
  links: LinkFilter,
  limit: number,
): Promise<SubgraphRecord | undefined> {
  const [start] = await entitiesByIds([id]);
  if (!start) return undefined;
  const nodes = new Map<string, EntityRecord>([[id, start]]);
  const edges = new Map<string, GraphEdgeRecord>();
  const hubPairs: [string, string][] = [];
  let frontier = [id];
  let truncated = false;
  const linkParams = { types, document: links.document, basis: links.basis };
  const addEdge = (r: Row): void => {
    const e = edgeOf(r);
    edges.set(`${e.source}|${e.type}|${e.target}`, e);
  };
  for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
    const remaining = limit - nodes.size;
    const [found] = await read('api/expand', {
      frontier,
      known: [...nodes.keys()],
      // One more than may be kept: finding it means truncated.
      want: neo4j.int(remaining + 1),
      dense: neo4j.int(denseDegree(limit)),
      ...nodesFilter,
      ...linkParams,
    });
    const fresh = new Map(rows(found?.nodes).map((p) => [String(p.id), toEntityRecord(p)]));
    truncated = fresh.size > remaining;
    const next: string[] = [];
    const admit = (nodeId: string): void => {
      const node = fresh.get(nodeId);
      if (node === undefined || nodes.has(nodeId) || nodes.size >= limit) return;
      nodes.set(nodeId, node);
      next.push(nodeId);
    };
    // New nodes join in the order of their links (source, type, target), as the old single
    // sorted read did; one linked only to a hub by a pending link joins after, by id.
    const levelEdges = rows(found?.edges)
      .map(edgeOf)
      .sort(
        (a, b) =>
          compareText(a.source, b.source) || compareText(a.type, b.type) || compareText(a.target, b.target),
      );
    for (const e of levelEdges) {
      admit(e.source);
      admit(e.target);
      edges.set(`${e.source}|${e.type}|${e.target}`, e);
    }
    for (const nodeId of [...fresh.keys()].sort(compareText)) admit(nodeId);
    for (const pair of Array.isArray(found?.pending) ? (found.pending as unknown[]).flat() : [])
      if (Array.isArray(pair)) hubPairs.push([String(pair[0]), String(pair[1])]);
    frontier = next;
  }
  const pairs = hubPairs.filter(([a, b]) => nodes.has(a) && nodes.has(b));
  if (!truncated && pairs.length > 0)
    for (const r of await read('api/expand-hub-links', { pairs, ...linkParams })) addEdge(r);
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** Every entity of `kinds` (up to `limit`) and the relationships among them. */
export async function overview(
  read: NamedRead,
  kinds: readonly string[],
  types: readonly string[],
  limit: number,
): Promise<SubgraphRecord> {
  const found = await read('api/overview-nodes', { kinds, limit: neo4j.int(limit + 1) });
  const nodes = found.slice(0, limit).map((r) => toEntityRecord(props(r.node)));
  const edges = await read('api/overview-edges', { ids: nodes.map((n) => n.id), types });
  return { nodes, edges: edges.map(edgeOf), truncated: found.length > limit };
}
