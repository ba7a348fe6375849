/**
 * "Pan for more" (issue 18): a filter whose kept nodes cannot all be drawn at a legible zoom is
 * shown at that zoom, part of it off the canvas (kept-layout.ts). A note on the canvas says how
 * many kept nodes are not in view and in which directions, and follows every pan and zoom; it
 * goes when everything kept is in view or the layout is lifted.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { isEntity, isShown } from './graph-view.js';
import { oncePerFrame } from './dom.js';
import { t, type Lang } from './i18n.js';

/** How many of `nodes` lie outside the canvas, and on which sides (arrows). Pure. */
export function offscreen(
  nodes: readonly { x: number; y: number }[],
  width: number,
  height: number,
): { n: number; sides: string } {
  let n = 0;
  const sides = new Set<string>();
  for (const p of nodes) {
    const out = p.x < 0 || p.y < 0 || p.x > width || p.y > height;
    if (!out) continue;
    n++;
    if (p.x < 0) sides.add('←');
    if (p.x > width) sides.add('→');
    if (p.y < 0) sides.add('↑');
    if (p.y > height) sides.add('↓');
  }
  return { n, sides: ['←', '→', '↑', '↓'].filter((s) => sides.has(s)).join('') };
}

export class OffscreenNote {
  constructor(
    private readonly cy: Core,
    private readonly el: HTMLElement,
    private readonly lang: () => Lang,
    /** Whether a filter's measured layout holds (the only view read by panning). */
    private readonly active: () => boolean,
  ) {
    cy.on('viewport render resize', () => this.schedule());
  }

  private readonly schedule = oncePerFrame(() => {
    this.update();
  });

  update(): void {
    const kept = this.active()
      ? (this.cy
          .nodes('.measured')
          .filter((n) => isEntity(n) && isShown(n))
          .toArray() as NodeSingular[])
      : [];
    const { n, sides } = offscreen(
      kept.map((k) => k.renderedPosition()),
      this.cy.width(),
      this.cy.height(),
    );
    const text = n > 0 ? t(this.lang(), 'panForMore', { n, total: kept.length, sides }) : '';
    if (this.el.textContent !== text) this.el.textContent = text;
    this.el.hidden = n === 0;
  }
}
