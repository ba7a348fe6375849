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
  /**
   * Order each layer to keep links from crossing (a filter's kept nodes, issue 18): layers
   * that wrap into several columns are filled row by row, so that a node's height follows its
   * place in the order, and barycentre sweeps over every layer keep the order with the fewest
   * crossings of straight links. Traces keep their key order and column-by-column filling.
   */
  readonly uncross?: boolean;
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
  const byRows = spacing.uncross ?? false;
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
        const cell = (n: LayeredNode) => ({ id: n.id, slot: n.slot ?? CELL });
        columns.push(
          byRows
            ? members.filter((_, i) => i % cols === c).map(cell)
            : members.slice(c * rowsUsed, (c + 1) * rowsUsed).map(cell),
        );
        // A layer is at least as wide as its heading, or headings would meet.
        minWidths.push(heading ? heading.w / cols : 0);
      }
    }
    const layout = columnsLayout(columns, () => gapX, gapY, minWidths);
    const height = layout.height + headingBand;
    const zoom = Math.min(viewport.width / Math.max(layout.width, 1), viewport.height / Math.max(height, 1));
    return { layout, spans, height, zoom, rows };
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
  if (byRows) best = uncross(layers, order, edges, arrange, best);
  const { layout, spans } = best;
  const headings = spans.map((s) => ({
    layer: s.layer,
    x: ((layout.xs[s.first] ?? 0) + (layout.xs[s.last] ?? 0)) / 2,
    y: -gapY - (spacing.headings?.get(s.layer)?.below ?? CELL.below),
  }));
  return { positions: layout.positions, headings, width: layout.width, height: best.height, zoom: best.zoom };
}

type Segment = readonly [Point, Point];
const side = (p: Point, q: Point, r: Point): number =>
  Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));

/** Pairs of straight links, no end in common, that cross where `positions` puts their ends. */
export function countCrossings(
  positions: ReadonlyMap<string, Point>,
  edges: readonly { source: string; target: string }[],
): number {
  const segs: { s: string; t: string; seg: Segment; x1: number; x2: number }[] = [];
  for (const e of edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    segs.push({ s: e.source, t: e.target, seg: [a, b], x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x) });
  }
  // Sorted by left end: a pair can only cross while their x ranges overlap.
  segs.sort((u, v) => u.x1 - v.x1);
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    const u = segs[i];
    if (!u) continue;
    for (let j = i + 1; j < segs.length; j++) {
      const v = segs[j];
      if (!v || v.x1 > u.x2) break;
      if (u.s === v.s || u.s === v.t || u.t === v.s || u.t === v.t) continue;
      const [a, b] = u.seg;
      const [c, d] = v.seg;
      if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) n++;
    }
  }
  return n;
}

/**
 * Barycentre sweeps (Sugiyama's heuristic, on heights rather than ranks since a wrapped layer's
 * columns share rows): each layer sorted by the mean height of its nodes' neighbours, from the
 * current drawing, a few rounds; the drawing with the fewest crossings is kept.
 */
function uncross<A extends { layout: { positions: Map<string, Point> }; rows: number }>(
  layers: Map<number, LayeredNode[]>,
  order: number[],
  edges: readonly { source: string; target: string }[],
  arrange: (rows: number) => A,
  first: A,
  rounds = 12,
): A {
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    adj.set(e.source, [...(adj.get(e.source) ?? []), e.target]);
    adj.set(e.target, [...(adj.get(e.target) ?? []), e.source]);
  }
  const rows = first.rows;
  let best = first;
  let bestCount = countCrossings(first.layout.positions, edges);
  let current = first;
  for (let round = 0; round < rounds && bestCount > 0; round++) {
    const at = current.layout.positions;
    // Down the layers on even rounds, up on odd ones: each layer follows the ones just placed.
    const sweep = round % 2 === 0 ? order : [...order].reverse();
    for (const l of sweep) {
      const members = layers.get(l);
      if (!members) continue;
      const y = (id: string): number => at.get(id)?.y ?? 0;
      const bary = (n: LayeredNode): number => {
        const ys = (adj.get(n.id) ?? []).map((m) => at.get(m)?.y).filter((v): v is number => v !== undefined);
        return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : y(n.id);
      };
      const keyed = members.map((n) => ({ n, b: bary(n), y: y(n.id) }));
      keyed.sort((a, b) => a.b - b.b || a.y - b.y);
      layers.set(
        l,
        keyed.map((k) => k.n),
      );
    }
    current = arrange(rows);
    const count = countCrossings(current.layout.positions, edges);
    if (count < bestCount) {
      best = current;
      bestCount = count;
    }
  }
  return best;
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

// ---------- an expansion: where there is room around the expanded node ----------

export interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A new node's room: how far its node and label reach from its position on each side. */
export interface Extent {
  readonly left: number;
  readonly right: number;
  readonly above: number;
  readonly below: number;
}

const overlap = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether the segment a→b passes through `r` (Liang–Barsky). */
function segmentHits(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - r.x1],
    [dx, r.x2 - a.x],
    [-dy, a.y - r.y1],
    [dy, r.y2 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Boxes in a grid of `cell`-sized squares: placing stays near linear in what is drawn. */
class BoxGrid<T extends Rect> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cell: number) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    const c = this.cell;
    for (let x = Math.floor(r.x1 / c); x <= Math.floor(r.x2 / c); x++)
      for (let y = Math.floor(r.y1 / c); y <= Math.floor(r.y2 / c); y++) out.push(`${x},${y}`);
    return out;
  }
  add(r: T): void {
    for (const k of this.keys(r)) this.cells.set(k, [...(this.cells.get(k) ?? []), r]);
  }
  near(r: Rect): Set<T> {
    const out = new Set<T>();
    for (const k of this.keys(r)) for (const b of this.cells.get(k) ?? []) out.add(b);
    return out;
  }
}

/**
 * Places the nodes an expansion adds (issue 18): each, biggest first, at the free spot nearest
 * to `centre` where its box (node and label, `items`' extents, plus `gap`) meets no box already
 * drawn (`taken`: every shown node with its label) nor one placed before it; among spots about
 * as near, one whose straight link to the centre runs through no drawn box and whose box lies
 * on no drawn link (`links`). Nothing drawn moves. Spots are tried on rings, outward.
 */
export function placeAround(
  centre: Point,
  items: readonly { id: string; extent: Extent }[],
  taken: readonly Rect[],
  links: readonly (readonly [Point, Point])[] = [],
  gap = 6,
): Map<string, Point> {
  const grid = new BoxGrid<Rect>(120);
  for (const r of taken) grid.add(r);
  const linkBox = (l: readonly [Point, Point]) => ({
    x1: Math.min(l[0].x, l[1].x),
    y1: Math.min(l[0].y, l[1].y),
    x2: Math.max(l[0].x, l[1].x),
    y2: Math.max(l[0].y, l[1].y),
    l,
  });
  const lines = new BoxGrid<ReturnType<typeof linkBox>>(120);
  for (const l of links) lines.add(linkBox(l));
  const out = new Map<string, Point>();
  const order = [...items].sort(
    (a, b) => b.extent.left + b.extent.right - (a.extent.left + a.extent.right) || a.id.localeCompare(b.id),
  );
  for (const { id, extent } of order) {
    const boxAt = (p: Point): Rect => ({
      x1: p.x - extent.left - gap,
      y1: p.y - extent.above - gap,
      x2: p.x + extent.right + gap,
      y2: p.y + extent.below + gap,
    });
    const free = (p: Point): boolean => {
      const b = boxAt(p);
      for (const r of grid.near(b)) if (overlap(r, b)) return false;
      return true;
    };
    const cost = (p: Point, r: number): number => {
      const b = boxAt(p);
      let c = r;
      // The link to the centre through another node reads as a link to that node.
      const span = {
        x1: Math.min(centre.x, p.x),
        y1: Math.min(centre.y, p.y),
        x2: Math.max(centre.x, p.x),
        y2: Math.max(centre.y, p.y),
      };
      for (const t of grid.near(span))
        if (
          !(t.x1 <= centre.x && centre.x <= t.x2 && t.y1 <= centre.y && centre.y <= t.y2) &&
          segmentHits(centre, p, t)
        )
          c += 120;
      // A node dropped on a link reads as on it.
      for (const l of lines.near(b)) if (segmentHits(l.l[0], l.l[1], b)) c += 60;
      return c;
    };
    let best: { p: Point; c: number } | null = null;
    let firstFree = Infinity;
    // Outward ring by ring; once a free spot is found, a few rings more for a better one.
    for (let r = 40; r < 4000 && r <= firstFree + 80; r += 16) {
      const steps = Math.max(12, Math.ceil((2 * Math.PI * r) / 14));
      for (let k = 0; k < steps; k++) {
        const a = (2 * Math.PI * k) / steps;
        const p = { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
        if (!free(p)) continue;
        firstFree = Math.min(firstFree, r);
        const c = cost(p, r);
        if (!best || c < best.c) best = { p, c };
      }
    }
    const p = best?.p ?? { x: centre.x, y: centre.y + 4000 };
    out.set(id, p);
    grid.add(boxAt(p));
    lines.add(linkBox([centre, p]));
  }
  return out;
}
