/**
 * Labels as Cytoscape draws them, for the browser tests: every visible node's label box and
 * drawn text, and the pairs of boxes that intersect (issue 18's readable views, review s23).
 */
import { cy, type Page } from './browser.js';

export interface LabelBox {
  id: string;
  label: string;
  /** The label's rendered box (screen pixels), label only. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** How Cytoscape draws it: `wrap`, `none` or `ellipsis`, and the lines it drew. */
  wrap: string;
  drawn: string | null;
  hiddenByZoom: boolean;
  /** Placed by the scene's measured layout (a trace's or a path's own node, or a heading). */
  measured: boolean;
}

/** Every visible node's label as drawn: its box and its text after Cytoscape's wrapping. */
export const labelBoxes = (p: Page): Promise<LabelBox[]> =>
  cy(p, (c) =>
    c
      .nodes(':visible')
      .filter((n) => String(n.data('label') ?? '') !== '')
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
        // Cytoscape keeps the wrapped text it drew in the element's render scratch.
        const scratch = (n as unknown as { _private: { rscratch: Record<string, unknown> } })._private
          .rscratch;
        return {
          id: n.id(),
          label: String(n.data('label')),
          x1: b.x1,
          y1: b.y1,
          x2: b.x2,
          y2: b.y2,
          wrap: String(n.style('text-wrap')),
          drawn: typeof scratch.labelWrapCachedText === 'string' ? scratch.labelWrapCachedText : null,
          hiddenByZoom: n.hasClass('nolabel'),
          measured: n.hasClass('measured') || n.hasClass('heading'),
        };
      }),
  );

/** Pairs of labels whose boxes overlap by more than half a pixel both ways. */
export function overlaps(boxes: readonly LabelBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) continue;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 0.5 && h > 0.5) out.push(`${a.label} × ${b.label}`);
    }
  return out;
}
