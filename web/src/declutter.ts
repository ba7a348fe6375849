/**
 * Labels that would be drawn over each other are not drawn (issue 18, readable views): in the
 * overview, and for nodes an expansion adds around a trace or a path, names were drawn by the
 * zoom only and piled up where a city's platforms sit close (沈阳市 at zoom 1.2: a dozen names
 * through each other). Cytoscape scales labels with the zoom, so two labels that meet meet at
 * every zoom: the one that matters less is left out — the selection and labels a scene placed
 * by measured boxes first, then the selection's neighbours, then hubs. `crampedLabels` is
 * pure (unit-tested); `Declutter` applies it to a Cytoscape graph as class `cramped`.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { MIN_LEGIBLE_PX } from './legend.js';

export interface LabelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** Drawn whatever the others do (the selection, a measured label). */
  readonly fixed: boolean;
  /** Higher first. */
  readonly priority: number;
  readonly box: LabelBox;
}

const meet = (a: LabelBox, b: LabelBox): boolean =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;

/**
 * The labels to leave out: each candidate in order (fixed ones first, then by priority, then
 * by id for a stable picture) is drawn unless its box meets one already drawn. A grid of
 * `cell`-sized squares keeps it near linear.
 */
export function crampedLabels(candidates: readonly LabelCandidate[], cell = 120): Set<string> {
  const order = [...candidates].sort(
    (a, b) => Number(b.fixed) - Number(a.fixed) || b.priority - a.priority || a.id.localeCompare(b.id),
  );
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox): string[] => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x++)
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y++) out.push(`${x},${y}`);
    return out;
  };
  const out = new Set<string>();
  for (const c of order) {
    const at = cells(c.box);
    if (!c.fixed && at.some((k) => (grid.get(k) ?? []).some((b) => meet(b, c.box)))) {
      out.add(c.id);
      continue;
    }
    for (const k of at) grid.set(k, [...(grid.get(k) ?? []), c.box]);
  }
  return out;
}

/** Applies `crampedLabels` to a graph, once per frame at most, when what decides it changed. */
export class Declutter {
  private version = 0;
  private decidedFor = '';
  private queued = false;

  constructor(
    private readonly cy: Core,
    private readonly o: {
      /** A node whose label may be left out or may stand in the way (not a caption). */
      readonly candidate: (n: NodeSingular) => boolean;
      /** While groups are collapsed their members are not drawn: nothing to decide. */
      readonly collapsed: () => boolean;
    },
  ) {}

  /** Elements, labels, the selection or the focus changed. */
  changed(): void {
    this.version++;
    this.queue();
  }

  /** After the scene, the zoom and the selection have settled: on the next frame. */
  queue(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.decide();
    });
  }

  /** Labels scale with the zoom: only the set of legible ones (a few font sizes) matters. */
  private decide(): void {
    const cy = this.cy;
    const collapsed = this.o.collapsed();
    const legible = Math.ceil(MIN_LEGIBLE_PX / cy.zoom() - 1e-9);
    const key = `${this.version}|${legible}|${collapsed}`;
    if (key === this.decidedFor) return;
    this.decidedFor = key;
    cy.batch(() => cy.nodes('.cramped').removeClass('cramped'));
    if (collapsed) return;
    const near = new Set(
      cy
        .$('node:selected')
        .neighborhood('node')
        .map((n) => n.id()),
    );
    const candidates = cy
      .nodes()
      .filter(
        (n) =>
          this.o.candidate(n) &&
          !n.hasClass('nolabel') &&
          !n.hasClass('dimmed') &&
          String(n.data('label') ?? '') !== '',
      )
      .nodes();
    // A scene placed wholly by measured boxes (a filter's layout) has nothing to leave out.
    if (candidates.filter((n) => !n.selected() && !n.hasClass('measured')).empty()) return;
    const out = crampedLabels(
      candidates.map((n) => ({
        id: n.id(),
        fixed: n.selected() || n.hasClass('measured'),
        priority: (near.has(n.id()) ? 1000 : 0) + n.degree(false),
        box: n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }),
      })),
    );
    cy.batch(() => {
      for (const id of out) cy.getElementById(id).addClass('cramped');
    });
  }
}
