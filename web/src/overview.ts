/**
 * The overview: the whole curated network of platforms, institutions, chains, directions and
 * regions, grouped by region (the API's region answer) or by chain group, each group a labelled
 * box laid out by layouts.ts (no force layout: see bench:web).
 */
import type { ElementDefinition } from 'cytoscape';
import { allMatching, cachedGql, type Queries } from './api.js';
import { byDegree, clusterByChainGroup, clusterByRegion, type Cluster } from './clusters.js';
import { subgraphElements, type Subgraph } from './elements.js';
import type { Key, Lang } from './i18n.js';
import { clusterLayout, clusterRadius } from './layouts.js';
import { captionNode, type Scene } from './scene.js';
import type { Clustering } from './state.js';
import type { Kind } from '../../src/ontology/ontology.js';

export interface RegionRow {
  region: { id: string; name: string; nameEn?: string | null; level?: string };
  total: number;
  existing: number;
  planned: number;
  unknown: number;
}

const SYNTHETIC: Record<string, Key> = {
  'cluster:other': 'clusterOther',
  'cluster:several-cities': 'clusterSeveralCities',
  'cluster:chains': 'clusterChains',
  'cluster:regions': 'clusterRegions',
  'cluster:other-chains': 'clusterOtherChains',
  'cluster:no-chain': 'clusterNoChain',
};

export async function overviewScene(
  q: Queries,
  clustering: Clustering,
  lang: Lang,
  aspect: number,
): Promise<Scene> {
  const { overview } = await cachedGql<{ overview: Subgraph }>(q.overview);
  const els = subgraphElements(overview, lang);
  const nodes = overview.nodes.map((n) => ({ id: n.id, kind: n.kind.toLowerCase() as Kind }));
  const edges = overview.edges;
  let clusters: Cluster[];
  if (clustering === 'region') {
    const {
      regionSummary: { nodes: regionSummary },
    } = await cachedGql<{ regionSummary: { nodes: RegionRow[] } }>(q.regions);
    const cities = regionSummary
      .filter((r) => r.region.level === 'MUNICIPAL' && r.total > 0)
      .sort((a, b) => b.total - a.total);
    const regions = await Promise.all(
      cities.map(async (c) => ({
        id: c.region.id,
        members: new Set((await allMatching(q, { region: c.region.id })).map((m) => m.id)),
      })),
    );
    clusters = clusterByRegion(nodes, regions);
  } else if (clustering === 'chain') clusters = clusterByChainGroup(nodes, edges);
  else clusters = [{ id: 'cluster:all', entity: null, members: nodes.map((n) => n.id) }];

  const ordered = clusters.map((c) => ({ id: c.id, members: byDegree(c.members, edges) }));
  const positions = clusterLayout(ordered, aspect);
  if (clustering === 'none') return { elements: els, positions, camera: 'reveal' };

  const names = new Map(overview.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  const boxes: ElementDefinition[] = [];
  for (const c of clusters) {
    for (const m of c.members) parentOf.set(m, c.id);
    const named = c.entity ? names.get(c.entity) : undefined;
    const fs = Math.round(Math.min(90, Math.max(24, clusterRadius(c.members.length) / 3.5)));
    boxes.push(
      captionNode(
        c.id,
        'cluster',
        named
          ? { name: named.label, nameEn: named.entity?.nameEn ?? null }
          : { key: SYNTHETIC[c.id] ?? 'clusterOther' },
        fs,
      ),
    );
  }
  const withParents = els.map((el) =>
    el.group === 'nodes' && parentOf.has(String(el.data.id))
      ? { ...el, data: { ...el.data, parent: parentOf.get(String(el.data.id)) } }
      : el,
  );
  return { elements: [...boxes, ...withParents], positions, camera: 'reveal' };
}
