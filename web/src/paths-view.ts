/** Shortest paths between two entities, keeping out regions, placeholders and chosen nodes. */
import { cachedGql, type Queries } from './api.js';
import { newElements, subgraphElements, type GNode, type Subgraph } from './elements.js';
import type { Lang } from './i18n.js';
import { displayName, relWord } from './words.js';
import type { Scene } from './scene.js';
import type { PathOptions } from './state.js';
import { columnsLayout, type Point, type Slot } from './label-boxes.js';
import { measuredLabels, wordGap } from './measured.js';
import type { ElementDefinition } from 'cytoscape';

/** Widths (px) a label may wrap at; the paths take the one that fits the screen best. */
const WRAPS = [72, 96, 120, 156, 200];
/** The padding GraphView.fit leaves around the graph. */
const FIT_PADDING = 30;

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
  viewport: { width: number; height: number },
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
  const count = Math.max(0, ...[...column.values()].map((c) => c + 1));
  // Room between two columns for the widest word on the links between them.
  const gaps = Array.from({ length: count }, (_, i) =>
    wordGap(
      els.filter(
        (e) =>
          e.group === 'edges' &&
          Math.min(column.get(String(e.data.source)) ?? -1, column.get(String(e.data.target)) ?? -1) === i &&
          Math.max(column.get(String(e.data.source)) ?? -1, column.get(String(e.data.target)) ?? -1) ===
            i + 1,
      ),
    ),
  );
  const fit = { width: viewport.width - 2 * FIT_PADDING, height: viewport.height - 2 * FIT_PADDING };
  // Labels wrapped at the width that lets the paths fit at the largest zoom; each column as wide
  // as its widest label, nodes of a column stacked by their labels' heights (measured boxes).
  let best: { zoom: number; positions: Map<string, Point>; elements: ElementDefinition[] } | null = null;
  for (const wrap of WRAPS) {
    const labelled = measuredLabels(els, wrap);
    const columns: { id: string; slot: Slot }[][] = Array.from({ length: count }, () => []);
    for (const n of labelled.nodes) columns[column.get(n.id) ?? 0]?.push({ id: n.id, slot: n.slot });
    const layout = columnsLayout(columns, (i) => gaps[i] ?? 40, 8);
    const zoom = Math.min(fit.width / Math.max(layout.width, 1), fit.height / Math.max(layout.height, 1));
    if (!best || zoom > best.zoom + 1e-9)
      best = { zoom, positions: layout.positions, elements: labelled.elements };
  }
  const positions = best?.positions ?? new Map<string, Point>();
  return {
    elements: best?.elements ?? els,
    positions,
    camera: 'keep',
    notice: ((): Scene['notice'] => {
      const summary = pathSummary(paths, lang);
      return summary ? { key: 'pathSummary', vars: summary } : { key: 'noPath' };
    })(),
  };
}
