/**
 * Where the camera goes for a selection in the overview (issue 18, review s24 M10): the node
 * and its neighbours, close enough to read. Pure: positions and sizes in, a frame out.
 *
 * The overview's places are computed for the whole graph, so a node's neighbours may lie far
 * apart (大连理工大学 stands in 大连市's box, the two chains that rely on it in the chains'
 * column): not all of them fit at a zoom where labels read. Then the neighbours that matter
 * most come first, by tier:
 *   0. chains and directions (Industry: what relies on it, what it serves — a planner's reason
 *      to look at a unit),
 *   1. platforms,
 *   2. institutions and fields (Actor, Knowledge),
 *   3. regions and documents (a city links everything in it), and anything else.
 * The frame holds every neighbour when that reads; else the largest prefix of whole tiers that
 * reads; else the node and its first non-empty tier at whatever zoom holds them, with those
 * labels drawn larger (`boost`) so that they still read.
 */

/** Screen pixels a label needs to read (the 11 px labels at zoom 1.1 the overview was tuned to). */
export const READ_PX = 12;
/** Screen margin round the framed nodes: room for the labels under them. */
const MARGIN = 60;
const MAX_ZOOM = 2;

export interface Placed {
  id: string;
  x: number;
  y: number;
  /** Label font size in model units. */
  fs: number;
  /** The ontology's group of the node's kind (Industry, Platform, Actor, …). */
  group: string;
  /** Characters on the label's longest line (its drawn width, roughly, in font sizes). */
  chars: number;
}

export interface Frame {
  zoom: number;
  /** The model point to put at the centre of the canvas. */
  centre: { x: number; y: number };
  /** The nodes the frame was made to hold (the node first). */
  framed: string[];
  /** Nodes of `framed` whose labels would not read at `zoom`, with the font size that does. */
  boost: Map<string, number>;
}

export function tier(group: string): number {
  if (group === 'Industry') return 0;
  if (group === 'Platform') return 1;
  if (group === 'Actor' || group === 'Knowledge') return 2;
  return 3;
}

/**
 * The largest zoom (≤ MAX_ZOOM) that holds every node of `set` and its label in a `w`×`h`
 * canvas. Labels are centred under their nodes and drawn at max(fs × zoom, READ_PX) screen
 * pixels (a boosted one at READ_PX): the side margin is half the widest, found by iterating.
 */
function fitZoom(set: readonly Placed[], w: number, h: number): { zoom: number; x: number; y: number } {
  const xs = set.map((p) => p.x);
  const ys = set.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let zoom = MAX_ZOOM;
  for (let i = 0; i < 3; i++) {
    const half = Math.max(...set.map((p) => (p.chars * Math.max(p.fs * zoom, READ_PX)) / 2));
    const side = Math.max(MARGIN, half + 12);
    zoom = Math.min(
      MAX_ZOOM,
      Math.max(1, w - 2 * side) / Math.max(1, x2 - x1),
      Math.max(1, h - 2 * MARGIN) / Math.max(1, y2 - y1),
    );
  }
  return { zoom, x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

const reads = (set: readonly Placed[], zoom: number): boolean =>
  set.every((p) => p.fs * zoom >= READ_PX - 1e-9);

/** The frame for `node` among `neighbours` in a canvas of `w`×`h` screen pixels. */
export function frameSelection(node: Placed, neighbours: readonly Placed[], w: number, h: number): Frame {
  const byTier = [0, 1, 2, 3].map((t) => neighbours.filter((n) => tier(n.group) === t));
  // Every neighbour, then whole tiers dropped from the least important.
  for (let keep = 4; keep >= 1; keep--) {
    const set = [node, ...byTier.slice(0, keep).flat()];
    const f = fitZoom(set, w, h);
    if (reads(set, f.zoom))
      return { zoom: f.zoom, centre: { x: f.x, y: f.y }, framed: set.map((p) => p.id), boost: new Map() };
  }
  // Even the first tier does not fit at a reading zoom: hold it anyway, labels drawn larger.
  const first = byTier.find((t) => t.length > 0) ?? [];
  const set = [node, ...first];
  const f = fitZoom(set, w, h);
  const boost = new Map<string, number>();
  for (const p of set) if (p.fs * f.zoom < READ_PX) boost.set(p.id, Math.ceil(READ_PX / f.zoom));
  return { zoom: f.zoom, centre: { x: f.x, y: f.y }, framed: set.map((p) => p.id), boost };
}
