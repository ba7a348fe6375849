/** Shortest paths between two entities, keeping out regions, placeholders and chosen nodes. */
import { cachedGql, type Queries } from './api.js';
import { newElements, subgraphElements, type Subgraph } from './elements.js';
import type { Lang } from './i18n.js';
import type { Scene } from './scene.js';
import type { PathOptions } from './state.js';

/** Variables of the paths query: what to keep out unless the planner lets it in. */
export function pathVariables(from: string, to: string, o: PathOptions): Record<string, unknown> {
  return {
    from,
    to,
    excludeIds: o.exclude.filter((id) => id !== from && id !== to),
    excludeKinds: o.regions ? [] : ['REGION'],
    includePlaceholders: o.placeholders,
  };
}

export async function pathsScene(
  q: Queries,
  from: string,
  to: string,
  options: PathOptions,
  lang: Lang,
): Promise<Scene> {
  const vars = pathVariables(from, to, options);
  const { paths } = await cachedGql<{ paths: (Subgraph & { length: number })[] }>(q.paths, vars);
  const els = newElements(
    new Set(),
    paths.flatMap((p) => subgraphElements(p, lang)),
  ).map((el) => ({ ...el, classes: el.group === 'edges' ? 'path worded' : 'path' }));
  // Paths left to right: a node's column is its place along the path.
  const column = new Map<string, number>();
  for (const p of paths) p.nodes.forEach((n, i) => column.set(n.id, Math.min(column.get(n.id) ?? i, i)));
  const columns = new Map<number, string[]>();
  for (const [id, c] of column) columns.set(c, [...(columns.get(c) ?? []), id]);
  const positions = new Map<string, { x: number; y: number }>();
  for (const [c, ids] of columns)
    ids.forEach((id, i) => positions.set(id, { x: c * 220, y: (i - (ids.length - 1) / 2) * 70 }));
  return {
    elements: els,
    positions,
    camera: 'keep',
    notice: paths.length === 0 ? { key: 'noPath' } : undefined,
  };
}
