/**
 * Keyboard access to collapsed groups (issue 18): the canvas takes no focus, so while the groups
 * are drawn as squares (cluster-collapse.ts) each square gets a button laid over it, in reading
 * order (top to bottom, left to right). Tab reaches them, the focus ring is drawn on the square,
 * and Enter or Space does what a click does: the square receives Cytoscape's own `tap`, so
 * cluster-collapse.ts zooms into the group exactly as for the mouse. Knows nothing of the app
 * but the language.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { oncePerFrame } from './dom.js';
import { t, type Lang } from './i18n.js';

export class GroupKeys {
  constructor(
    private readonly cy: Core,
    private readonly host: HTMLElement,
    private readonly lang: () => Lang,
  ) {
    // Squares appear, move and go with the viewport and with what is drawn; once a frame.
    cy.on('viewport render', () => this.schedule());
    host.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-group]');
      if (!b) return;
      const g = this.cy.getElementById(b.dataset.group ?? '');
      if (!g.nonempty() || !g.hasClass('cc-collapsed')) return;
      // Focus stays on the graph, not on a button about to go with its square.
      this.host.parentElement?.focus({ preventScroll: true });
      g.emit('tap');
    });
  }

  private readonly schedule = oncePerFrame(() => {
    this.update();
  });

  /** One button per visible collapsed group, over its square; none when nothing is collapsed. */
  update(): void {
    const groups = this.cy
      .nodes('.cc-collapsed')
      .filter((g) => g.visible())
      .toArray() as NodeSingular[];
    if (groups.length === 0 && this.host.childElementCount === 0) return;
    const lang = this.lang();
    const placed = groups
      .map((g) => ({ g, b: g.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) }))
      .filter(({ b }) => b.x2 > 0 && b.y2 > 0 && b.x1 < this.cy.width() && b.y1 < this.cy.height())
      .sort((a, b) => a.b.y1 - b.b.y1 || a.b.x1 - b.b.x1);
    const existing = new Map<string, HTMLButtonElement>();
    for (const b of this.host.querySelectorAll<HTMLButtonElement>('button[data-group]'))
      existing.set(b.dataset.group ?? '', b);
    const keep = new Set<string>();
    placed.forEach(({ g, b }, i) => {
      const id = g.id();
      keep.add(id);
      let btn = existing.get(id);
      if (!btn) {
        btn = document.createElement('button');
        btn.type = 'button';
        btn.className = 'group-key';
        btn.dataset.group = id;
      }
      btn.setAttribute(
        'aria-label',
        t(lang, 'openGroup', { name: String(g.data('label') ?? id), n: String(g.data('ccCount') ?? '') }),
      );
      Object.assign(btn.style, {
        left: `${b.x1}px`,
        top: `${b.y1}px`,
        width: `${b.w}px`,
        height: `${b.h}px`,
      });
      // Reading order: a button is moved only when out of place (moving a focused one blurs it).
      if (this.host.children[i] !== btn) this.host.insertBefore(btn, this.host.children[i] ?? null);
    });
    for (const [id, b] of existing) if (!keep.has(id)) b.remove();
    this.host.hidden = placed.length === 0;
  }
}
