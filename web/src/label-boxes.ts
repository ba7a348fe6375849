/**
 * Labels placed by measured boxes (issue 18). A name is wrapped to a width (Chinese between any
 * two characters, other text between words) and its box measured as Cytoscape measures it (the
 * canvas's measureText, one font-size per line); the trace and path layouts then space nodes by
 * these boxes, so that no two labels meet and none is cut. Pure but for `canvasMeasure`.
 */

/** Width in pixels of one line of text in the label's font. */
export type Measure = (text: string) => number;

/**
 * Cytoscape grows a label's box by the text outline (2), the background padding a selected
 * label gets (3) and its own margin of error (2) on every side (updateBoundsFromLabel).
 */
export const LABEL_PAD = 7;
/** `text-margin-y` of node labels (legend.ts). */
export const LABEL_MARGIN = 3;
/** Room for a node, selected (34 px, legend.ts) or not: a selection never pushes its label into another. */
export const NODE_ROOM = 36;
/** Font size of every label in a measured view: one size, so that one zoom makes all legible. */
export const MEASURED_FS = 12;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** A wrapped label as one line again: Chinese lines joined as they are, other text with a space. */
export function unwrap(label: string): string {
  return label.replace(/\n/g, (_, at: number) =>
    CJK.test(label.charAt(at - 1)) || CJK.test(label.charAt(at + 1)) ? '' : ' ',
  );
}

/** Pieces a line may break between: a CJK character, or a word with its trailing spaces. */
export function breakable(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g,
    ) ?? []
  );
}

/**
 * Greedy wrap at `max` pixels. A word wider than `max` stays whole on a line of its own (the
 * line is wider than `max` and the box measured says so): "Northeaster/n University" split a
 * name the side pane and the CSV then read back broken (review s23).
 */
function greedy(pieces: readonly string[], max: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const piece of pieces) {
    if (measure((line + piece).trimEnd()) <= max) {
      line += piece;
      continue;
    }
    push();
    line = piece.trimStart();
  }
  push();
  return lines;
}

/** A node's name on one line, whatever its drawn label's wrapping (table, exports, side pane). */
export function plainLabel(data: Record<string, unknown>): string {
  if (typeof data.plain === 'string') return data.plain;
  return typeof data.label === 'string' ? unwrap(data.label) : '';
}

/**
 * The lines of `text` wrapped at most `max` pixels wide, balanced: as few lines as the greedy
 * wrap gives, each about as long as the others (no lone character on a last line).
 */
export function wrapLines(text: string, max: number, measure: Measure): string[] {
  const pieces = breakable(text.trim());
  const first = greedy(pieces, max, measure);
  if (first.length <= 1) return first;
  const total = measure(text.trim());
  // The narrowest width that keeps the same number of lines.
  let lo = Math.min(max, Math.ceil(total / first.length));
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (greedy(pieces, mid, measure).length <= first.length) hi = mid;
    else lo = mid + 1;
  }
  return greedy(pieces, hi, measure);
}

/** A node's room in a layout: as wide as its label, from the node's top to the label's bottom. */
export interface Slot {
  readonly w: number;
  /** Above the node's centre. */
  readonly above: number;
  /** Below the node's centre (node, margin, label). */
  readonly below: number;
}

export interface MeasuredLabel {
  readonly lines: string[];
  readonly slot: Slot;
}

/** Wraps and measures a node's label; the box is the one Cytoscape will draw. */
export function measureLabel(text: string, max: number, measure: Measure, fs = MEASURED_FS): MeasuredLabel {
  const lines = text ? wrapLines(text, max, measure) : [];
  const w = Math.max(0, ...lines.map((l) => Math.ceil(measure(l))));
  const h = fs * lines.length;
  return {
    lines,
    slot: {
      w: Math.max(NODE_ROOM, w + 2 * LABEL_PAD),
      above: NODE_ROOM / 2,
      below: NODE_ROOM / 2 + LABEL_MARGIN + h + 2 * LABEL_PAD,
    },
  };
}

/** A caption drawn centred on its position (a trace layer's heading). */
export function captionSlot(text: string, measure: Measure, fs: number): Slot {
  const h = fs + 2 * LABEL_PAD;
  return { w: Math.ceil(measure(text)) + 2 * LABEL_PAD, above: h / 2, below: h / 2 };
}

export interface Point {
  x: number;
  y: number;
}

export interface ColumnsLayout {
  readonly positions: Map<string, Point>;
  /** Each column's centre x, left to right. */
  readonly xs: number[];
  /** Each column's width. */
  readonly widths: number[];
  readonly width: number;
  readonly height: number;
}

/**
 * Columns of slots left to right, each column as wide as its widest slot, the slots of a column
 * stacked with `gapY` between them and the column centred against the tallest. `gapX(i)` is the
 * room between column i and i + 1 (for the words on the links between them).
 */
export function columnsLayout(
  columns: readonly (readonly { id: string; slot: Slot }[])[],
  gapX: (i: number) => number,
  gapY: number,
  minWidths: readonly number[] = [],
): ColumnsLayout {
  const heights = columns.map(
    (c) => c.reduce((s, n) => s + n.slot.above + n.slot.below, 0) + gapY * Math.max(0, c.length - 1),
  );
  const tallest = Math.max(0, ...heights);
  const positions = new Map<string, Point>();
  const xs: number[] = [];
  const widths: number[] = [];
  let left = 0;
  columns.forEach((c, i) => {
    const w = Math.max(minWidths[i] ?? 0, ...c.map((n) => n.slot.w));
    const x = left + w / 2;
    let y = (tallest - (heights[i] ?? 0)) / 2;
    for (const n of c) {
      positions.set(n.id, { x, y: y + n.slot.above });
      y += n.slot.above + n.slot.below + gapY;
    }
    xs.push(x);
    widths.push(w);
    left += w + (i < columns.length - 1 ? gapX(i) : 0);
  });
  return { positions, xs, widths, width: left, height: tallest };
}

/** The canvas's measure of text in the explorer's font, as Cytoscape measures labels. */
export function canvasMeasure(fs: number, family: string, weight = 'normal'): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (t) => t.length * fs;
  ctx.font = `normal ${weight} ${fs}px ${family}`;
  const cache = new Map<string, number>();
  return (t) => {
    let w = cache.get(t);
    if (w === undefined) {
      w = Math.ceil(ctx.measureText(t).width);
      cache.set(t, w);
    }
    return w;
  };
}
