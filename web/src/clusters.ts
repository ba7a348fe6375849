/**
 * Groups for the overview: by region (from the API's region answer, the one rule the API
 * filters with) or by chain group (老字号/原字号/新字号, future-industry directions). Pure.
 */
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../../src/ontology/ontology.js';

export interface ClusterNode {
  readonly id: string;
  readonly kind: Kind;
}
export interface ClusterEdge {
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

/** A cluster: an entity's id (a city, a chain group) or a synthetic one (`cluster:other`). */
export interface Cluster {
  readonly id: string;
  /** The entity that names it, when there is one. */
  readonly entity: string | null;
  readonly members: string[];
}

const isLocated = (k: Kind): boolean =>
  (PLATFORM_KINDS as readonly Kind[]).includes(k) || (ACTOR_KINDS as readonly Kind[]).includes(k);

/**
 * `regions`: each region's members as the API answers `entities(filter: {region})`. A node in
 * one of them goes to that region; a node the API places in several (a zone spanning 沈阳 and
 * 大连) goes to a cluster of its own, never to one city chosen at random.
 */
export function clusterByRegion(
  nodes: readonly ClusterNode[],
  regions: readonly { id: string; members: ReadonlySet<string> }[],
): Cluster[] {
  const clusters = new Map<string, Cluster>();
  const put = (cluster: string, entity: string | null, id: string): void => {
    const c = clusters.get(cluster) ?? { id: cluster, entity, members: [] };
    c.members.push(id);
    clusters.set(cluster, c);
  };
  for (const n of nodes) {
    const homes = regions.filter((r) => r.id === n.id || r.members.has(n.id));
    const home = homes[0];
    if (homes.length > 1 && isLocated(n.kind)) put('cluster:several-cities', null, n.id);
    else if (home && (isLocated(n.kind) || n.kind === 'region')) put(`cluster:${home.id}`, home.id, n.id);
    else if (n.kind === 'region') put('cluster:regions', null, n.id);
    else if (isLocated(n.kind)) put('cluster:other', null, n.id);
    else put('cluster:chains', null, n.id);
  }
  return [...clusters.values()];
}

/** The chain groups: chains that others are PART_OF, and directions. */
export function clusterByChainGroup(nodes: readonly ClusterNode[], edges: readonly ClusterEdge[]): Cluster[] {
  const kind = new Map(nodes.map((n) => [n.id, n.kind]));
  const groupOf = new Map<string, string>();
  // A chain or direction that is PART_OF another chain or direction belongs to that group.
  for (const e of edges)
    if (
      e.type === 'PART_OF' &&
      ['chain', 'direction'].includes(kind.get(e.source) ?? '') &&
      ['chain', 'direction'].includes(kind.get(e.target) ?? '')
    )
      groupOf.set(e.source, e.target);
  const groups = new Set(groupOf.values());
  for (const g of groups) groupOf.set(g, g);
  for (const n of nodes) if (n.kind === 'direction' && !groupOf.has(n.id)) groupOf.set(n.id, n.id);
  for (const n of nodes)
    if (n.kind === 'chain' && !groupOf.has(n.id)) groupOf.set(n.id, 'cluster:other-chains');
  // Platforms and institutions join the group of what they serve or what relies on them, by majority.
  const votes = new Map<string, Map<string, number>>();
  const vote = (id: string, g: string | undefined): void => {
    if (!g) return;
    const v = votes.get(id) ?? new Map<string, number>();
    v.set(g, (v.get(g) ?? 0) + 1);
    votes.set(id, v);
  };
  for (const e of edges) {
    if (e.type === 'SERVES') vote(e.source, groupOf.get(e.target));
    if (e.type === 'RELIES_ON') vote(e.target, groupOf.get(e.source));
  }
  // Institutions follow the platforms they host or lead.
  for (const e of edges)
    if (['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'].includes(e.type)) {
      const v = votes.get(e.source);
      if (v) vote(e.target, winner(v));
    }
  const clusters = new Map<string, Cluster>();
  for (const n of nodes) {
    let g = groupOf.get(n.id);
    if (!g) {
      const v = votes.get(n.id);
      g = v ? winner(v) : n.kind === 'region' ? 'cluster:regions' : 'cluster:no-chain';
    }
    const id = g.startsWith('cluster:') ? g : `cluster:${g}`;
    const c = clusters.get(id) ?? { id, entity: g.startsWith('cluster:') ? null : g, members: [] };
    c.members.push(n.id);
    clusters.set(id, c);
  }
  return [...clusters.values()];
}

function winner(votes: ReadonlyMap<string, number>): string {
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** Members ordered for the sunflower: most connected first, so hubs sit in the middle. */
export function byDegree(members: readonly string[], edges: readonly ClusterEdge[]): string[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return [...members].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
}
