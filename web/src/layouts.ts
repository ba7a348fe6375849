/**
 * Positions computed here rather than by a force layout: deterministic (Back and Forward
 * redraw the same picture), linear in the number of nodes, and measured against fCoSE by
 * `npm run bench:web`. Pure: unit-tested without a browser.
 */
import { columnsLayout, type Point, type Slot } from './label-boxes.js';

export type { Point };

// ---------- the trace: fixed layers ----------

export interface LayeredNode {
  readonly id: string;
  readonly layer: number;
  /** Orders a layer; nodes with equal keys keep their input order. */
  readonly key?: string;
  /** The node's measured room (label-boxes.ts); a fixed cell when absent. */
  readonly slot?: Slot;
}

export interface TraceLayout {
  readonly positions: Map<string, Point>;
  /** Where each non-empty layer's heading goes (above its first column). */
  readonly headings: { layer: number; x: number; y: number }[];
  readonly width: number;
  readonly height: number;
  /** The zoom at which the whole trace fits the viewport. */
  readonly zoom: number;
}

export const TRACE_COLUMN = 210;
export const TRACE_ROW = 44;
const CELL: Slot = { w: TRACE_COLUMN, above: TRACE_ROW / 2, below: TRACE_ROW / 2 };

export interface TraceSpacing {
  /** Each layer's heading, measured. */
  readonly headings?: ReadonlyMap<number, Slot>;
  /** Between two columns (room for the links' words). */
  readonly gapX?: number;
  /** Between two nodes of a column. */
  readonly gapY?: number;
  /**
   * The least zoom at which labels read. When no arrangement fits the viewport at it, the one
   * chosen fits its height at that zoom and is as narrow as can be: the view is then read by
   * panning sideways, labels legible, instead of fitted whole with every label too small.
   */
  readonly minZoom?: number;
}

/**
 * Columns per layer, left to right; a long layer wraps into several columns. Each column is as
 * wide as its widest label and each node as tall as its label (measured boxes: no two labels
 * meet); the number of rows is the one that lets the whole trace fit the viewport at the
 * largest zoom.
 */
export function traceLayout(
  nodes: readonly LayeredNode[],
  viewport: { width: number; height: number },
  edges: readonly { source: string; target: string }[] = [],
  spacing: TraceSpacing = {},
): TraceLayout {
  const { gapX = 0, gapY = 0 } = spacing;
  const layers = new Map<number, LayeredNode[]>();
  for (const n of nodes) layers.set(n.layer, [...(layers.get(n.layer) ?? []), n]);
  const order = [...layers.keys()].sort((a, b) => a - b);
  for (const l of order) layers.get(l)?.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  orderByNeighbours(layers, order, edges);
  const headingBand =
    Math.max(CELL.above, ...[...(spacing.headings?.values() ?? [])].map((h) => h.above + h.below)) + gapY;
  const arrange = (rows: number) => {
    const columns: { id: string; slot: Slot }[][] = [];
    const minWidths: number[] = [];
    const spans: { layer: number; first: number; last: number }[] = [];
    for (const l of order) {
      const members = layers.get(l) ?? [];
      const cols = Math.ceil(members.length / rows);
      const rowsUsed = Math.ceil(members.length / cols);
      const heading = spacing.headings?.get(l);
      spans.push({ layer: l, first: columns.length, last: columns.length + cols - 1 });
      for (let c = 0; c < cols; c++) {
        columns.push(
          members.slice(c * rowsUsed, (c + 1) * rowsUsed).map((n) => ({ id: n.id, slot: n.slot ?? CELL })),
        );
        // A layer is at least as wide as its heading, or headings would meet.
        minWidths.push(heading ? heading.w / cols : 0);
      }
    }
    const layout = columnsLayout(columns, () => gapX, gapY, minWidths);
    const height = layout.height + headingBand;
    const zoom = Math.min(viewport.width / Math.max(layout.width, 1), viewport.height / Math.max(height, 1));
    return { layout, spans, height, zoom };
  };
  const longest = Math.max(1, ...[...layers.values()].map((l) => l.length));
  const minZoom = spacing.minZoom ?? 0;
  // Fitted whole at a legible zoom first (the larger the better); else legible, its height
  // fitted (the narrower the better); else the largest zoom.
  const score = (a: ReturnType<typeof arrange>): [number, number] =>
    a.zoom >= minZoom
      ? [2, a.zoom]
      : viewport.height / Math.max(a.height, 1) >= minZoom
        ? [1, -a.layout.width]
        : [0, a.zoom];
  const better = (a: [number, number], b: [number, number]): boolean =>
    a[0] > b[0] || (a[0] === b[0] && a[1] > b[1] + 1e-9);
  let best = arrange(longest);
  for (let rows = Math.min(4, longest); rows < longest; rows++) {
    const a = arrange(rows);
    if (better(score(a), score(best))) best = a;
  }
  const { layout, spans } = best;
  const headings = spans.map((s) => ({
    layer: s.layer,
    x: ((layout.xs[s.first] ?? 0) + (layout.xs[s.last] ?? 0)) / 2,
    y: -gapY - (spacing.headings?.get(s.layer)?.below ?? CELL.below),
  }));
  return { positions: layout.positions, headings, width: layout.width, height: best.height, zoom: best.zoom };
}

/** One barycentre pass: each layer after the first follows the order of its neighbours. */
function orderByNeighbours(
  layers: Map<number, LayeredNode[]>,
  order: number[],
  edges: readonly { source: string; target: string }[],
): void {
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
  }
  // Platforms (layer 1) are the anchor: institutions to their left follow them.
  const anchor = layers.get(1);
  if (!anchor) return;
  const rank = new Map(anchor.map((n, i) => [n.id, i]));
  for (const l of order) {
    if (l === 1) continue;
    const members = layers.get(l);
    if (!members) continue;
    const bary = (n: LayeredNode): number => {
      const rs = (adj.get(n.id) ?? []).map((m) => rank.get(m)).filter((r): r is number => r !== undefined);
      return rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : Number.MAX_SAFE_INTEGER;
    };
    const keyed = members.map((n, i) => ({ n, b: bary(n), i }));
    keyed.sort((a, b) => a.b - b.b || a.i - b.i);
    layers.set(
      l,
      keyed.map((k) => k.n),
    );
  }
}

// ---------- the overview: clusters ----------

export interface ClusterInput {
  readonly id: string;
  /** Members, most important first (they go to the middle). */
  readonly members: readonly string[];
}

/** Room for a node and most of its label: neighbours' labels overlap less once zoomed in. */
export const NODE_SPACING = 64;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Radius of the disc holding `n` nodes of the sunflower arrangement. */
export const clusterRadius = (n: number): number =>
  NODE_SPACING * 0.6 * Math.sqrt(Math.max(n, 1)) + NODE_SPACING;

/**
 * Each cluster a sunflower (phyllotaxis) disc, most important members in the middle; discs
 * packed in rows, largest first, rows about as wide as the viewport's aspect asks.
 */
export function clusterLayout(clusters: readonly ClusterInput[], aspect = 16 / 9): Map<string, Point> {
  const discs = clusters
    .filter((c) => c.members.length > 0)
    .map((c) => ({ c, r: clusterRadius(c.members.length) }))
    .sort((a, b) => b.r - a.r || a.c.id.localeCompare(b.c.id));
  const area = discs.reduce((s, d) => s + 4 * d.r * d.r, 0);
  // Wider than the square root: the largest disc would otherwise fill a row alone.
  const rowWidth = Math.max(Math.sqrt(area * aspect) * 1.35, 2 * (discs[0]?.r ?? 0));
  const gap = NODE_SPACING * 1.5;
  const positions = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { c, r } of discs) {
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    c.members.forEach((id, i) => {
      const radius = NODE_SPACING * 0.6 * Math.sqrt(i + 0.5);
      positions.set(id, {
        x: cx + radius * Math.cos(i * GOLDEN_ANGLE),
        y: cy + radius * Math.sin(i * GOLDEN_ANGLE),
      });
    });
    x += 2 * r + gap;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return positions;
}

// ---------- an expansion: rings around the expanded node ----------

/** Positions for `count` new neighbours on rings around `centre`, away from nothing in particular. */
export function ringPositions(centre: Point, count: number): Point[] {
  const out: Point[] = [];
  let ring = 1;
  while (out.length < count) {
    const radius = 70 + (ring - 1) * 60;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / NODE_SPACING));
    const here = Math.min(capacity, count - out.length);
    for (let i = 0; i < here; i++) {
      const a = (2 * Math.PI * i) / here + ring * 0.5;
      out.push({ x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) });
    }
    ring++;
  }
  return out;
}
