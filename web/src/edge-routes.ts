/**
 * Links routed around the nodes they do not touch (issue 18): in a filter's layered layout
 * (kept-layout.ts) a link that skips a layer ran straight through the nodes between its ends —
 * 数字燃机 → 大连市 drawn through 燃气轮机产业创新链, read as "serves the chain". Such a link
 * gets waypoints in the gaps between the boxes in its way (Cytoscape's `segments` edges); links
 * with a clear line stay straight. The geometry is pure and unit-tested.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

export interface Pt {
  readonly x: number;
  readonly y: number;
}
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Where the segment a→b enters `box` (0..1 along it), or null when it misses (Liang–Barsky). */
export function entry(a: Pt, b: Pt, box: Box): number | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return null;
    }
  }
  return t0;
}

const inside = (p: Pt, b: Box): boolean => p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;

/** The first box the segment a→b runs into, by where it enters. */
function firstHit(a: Pt, b: Pt, boxes: readonly Box[]): Box | null {
  let best: Box | null = null;
  let bestT = Infinity;
  for (const box of boxes) {
    const t = entry(a, b, box);
    if (t !== null && t < bestT) {
      bestT = t;
      best = box;
    }
  }
  return best;
}

/**
 * Waypoints from a to b around `boxes` (which must not hold a or b): at the first box in the
 * way, the free gap in its column (between the boxes stacked at its centre's x, or above or
 * below them) nearest to the line, preferring one reached without running into another box;
 * then the same for each half, a few levels deep (a dense layer can leave a line no gap).
 */
export function route(a: Pt, b: Pt, boxes: readonly Box[], pad = 5, depth = 5): Pt[] {
  const hit = firstHit(a, b, boxes);
  if (!hit || depth === 0) return [];
  const x = (hit.x1 + hit.x2) / 2;
  const column = boxes.filter((o) => o.x1 <= x && o.x2 >= x).sort((p, q) => p.y1 - q.y1);
  const ys: number[] = [];
  const top = column[0];
  const bottom = column[column.length - 1];
  if (top) ys.push(top.y1 - pad * 2);
  if (bottom) ys.push(bottom.y2 + pad * 2);
  for (let k = 0; k + 1 < column.length; k++) {
    const u = column[k];
    const v = column[k + 1];
    if (u && v && v.y1 - u.y2 >= 1) ys.push((u.y2 + v.y1) / 2);
  }
  const lineY = b.x === a.x ? hit.y1 : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  const clear = (p: Pt): number =>
    Number(firstHit(a, p, boxes) === null) + Number(firstHit(p, b, boxes) === null);
  // The box's corners too: a line leaving a column's gap may still clip the box it avoids.
  const m = pad * 2;
  const corners = [
    { x: hit.x1 - m, y: hit.y1 - m },
    { x: hit.x2 + m, y: hit.y1 - m },
    { x: hit.x1 - m, y: hit.y2 + m },
    { x: hit.x2 + m, y: hit.y2 + m },
  ];
  const w = [...ys.map((y) => ({ x, y })), ...corners]
    // From the waypoint on, the box avoided is behind: the rest of the way never meets it.
    .filter((p) => entry(p, b, hit) === null)
    .filter(
      (p) =>
        !boxes.some((o) => inside(p, o)) &&
        Math.hypot(p.x - a.x, p.y - a.y) > 1 &&
        Math.hypot(p.x - b.x, p.y - b.y) > 1,
    )
    .map((p) => ({ p, clear: clear(p), d: Math.abs(p.y - lineY) }))
    .sort((p, q) => q.clear - p.clear || p.d - q.d)[0]?.p;
  if (!w) return [];
  return [...route(a, w, boxes, pad, depth - 1), w, ...route(w, b, boxes, pad, depth - 1)];
}

/**
 * Waypoints outside the two end nodes' own shapes (with a margin). Cytoscape draws a segments
 * edge from the node's border towards its first waypoint; a waypoint inside the node leaves it
 * no border to start from, and it logs "invalid endpoints" and draws nothing: the 沈阳市 and
 * 大连市 filters silently lost links such as 甘井子区 → 大连市 (review s25). `route` keeps
 * waypoints out of the other boxes only, so a gap next to an end could fall inside it.
 */
export function clearOfEnds(pts: readonly Pt[], ends: readonly Box[], margin = 4): Pt[] {
  return pts.filter(
    (p) =>
      !ends.some(
        (b) => p.x > b.x1 - margin && p.x < b.x2 + margin && p.y > b.y1 - margin && p.y < b.y2 + margin,
      ),
  );
}

/** Waypoints as Cytoscape's segment weights (along source→target) and distances (across it). */
export function segments(a: Pt, b: Pt, pts: readonly Pt[]): { weights: number[]; distances: number[] } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = Math.max(dx * dx + dy * dy, 1e-9);
  const len = Math.sqrt(len2);
  return {
    weights: pts.map((p) => ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2),
    // Cytoscape measures a distance to the right of source→target positive (y down).
    distances: pts.map((p) => ((p.y - a.y) * dx - (p.x - a.x) * dy) / len),
  };
}

const ROUTE_STYLE = 'curve-style segment-distances segment-weights edge-distances';

/** Straight lines again (a filter lifted). */
export function unroute(cy: Core): void {
  cy.edges('.routed').forEach((e) => {
    e.removeStyle(ROUTE_STYLE);
    e.removeClass('routed');
  });
}

/** Routes every link between `nodes` around the others among them (model coordinates). */
export function routeAround(cy: Core, nodes: readonly NodeSingular[]): void {
  const ids = new Set(nodes.map((n) => n.id()));
  const boxes = new Map(
    nodes.map((n) => [n.id(), n.boundingBox({ includeLabels: true, includeOverlays: false })]),
  );
  cy.batch(() => {
    cy.edges().forEach((e: EdgeSingular) => {
      const s = e.source();
      const t = e.target();
      if (!ids.has(s.id()) || !ids.has(t.id()) || s.same(t)) return;
      const others = [...boxes].filter(([id]) => id !== s.id() && id !== t.id()).map(([, b]) => b);
      const body = (n: NodeSingular): Box => n.boundingBox({ includeLabels: false, includeOverlays: false });
      const pts = clearOfEnds(route(s.position(), t.position(), others), [body(s), body(t)]);
      if (pts.length === 0) return;
      const { weights, distances } = segments(s.position(), t.position(), pts);
      e.addClass('routed');
      e.style({
        'curve-style': 'segments',
        'edge-distances': 'node-position',
        'segment-weights': weights.map((w) => w.toFixed(4)).join(' '),
        'segment-distances': distances.map((d) => d.toFixed(1)).join(' '),
      });
    });
  });
}
