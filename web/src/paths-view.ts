/** Shortest paths between two entities, keeping out regions, placeholders and chosen nodes. */
import { cachedGql, type Queries } from './api.js';
import { newElements, subgraphElements, type GNode, type Subgraph } from './elements.js';
import type { Lang } from './i18n.js';
import { displayName, relWord } from './words.js';
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

/**
 * The path in words (issue 18): how many shortest paths, how many steps, and the first one
 * read from end to end, each link named in the UI's language with its direction.
 */
export function pathSummary(
  paths: readonly Subgraph[],
  lang: Lang,
): { n: number; k: number; steps: string } | null {
  const first = paths[0];
  if (!first) return null;
  const name = (n: GNode): string => displayName({ name: n.label, nameEn: n.entity?.nameEn ?? null }, lang);
  let steps = first.nodes[0] ? name(first.nodes[0]) : '';
  for (let i = 1; i < first.nodes.length; i++) {
    const a = first.nodes[i - 1];
    const b = first.nodes[i];
    if (!a || !b) continue;
    const forward = first.edges.find((e) => e.source === a.id && e.target === b.id);
    const back = first.edges.find((e) => e.source === b.id && e.target === a.id);
    const e = forward ?? back;
    const word = e ? relWord(e.type, lang, e.role) : '—';
    steps += forward ? ` —${word}→ ${name(b)}` : ` ←${word}— ${name(b)}`;
  }
  return { n: paths.length, k: Math.max(0, first.nodes.length - 1), steps };
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
    notice: ((): Scene['notice'] => {
      const summary = pathSummary(paths, lang);
      return summary ? { key: 'pathSummary', vars: summary } : { key: 'noPath' };
    })(),
  };
}
