/**
 * What a filter keeps, laid out anew (issue 18): in the overview, the nodes a filter keeps leave
 * their global places (a tiny island at zoom 0.27 with every label switched off) for layers by
 * kind — institutions, platforms, chains and directions, regions — with labels wrapped and
 * spaced by their measured boxes, as in a trace. Lifting the filter puts every node back.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { ACTOR_KINDS, PLATFORM_KINDS, type Kind } from '../../src/ontology/ontology.js';
import { routeAround, unroute } from './edge-routes.js';
import { isEntity, isShown, labelSize } from './graph-view.js';
import { MEASURED_FS } from './label-boxes.js';
import { traceLayout, type Point } from './layouts.js';
import { MIN_LEGIBLE_PX } from './legend.js';
import { measuredLabels } from './measured.js';
import { INITIAL, type ViewState } from './state.js';

/** Past this many kept nodes no layout makes every label legible: they stay in their groups. */
export const KEPT_LIMIT = 160;
const WRAPS = [60, 84, 108, 132];
/** The zoom at which measured labels are drawn at the legible size (graph-view.ts's cut-off). */
export const LEGIBLE_ZOOM = MIN_LEGIBLE_PX / MEASURED_FS;

/** Whether the state filters anything (hiding single nodes is not a filter: nothing moves). */
export const filtering = (s: ViewState): boolean =>
  JSON.stringify([s.hiddenKinds, s.statuses, s.levels, s.region, s.field]) !==
  JSON.stringify([INITIAL.hiddenKinds, INITIAL.statuses, INITIAL.levels, INITIAL.region, INITIAL.field]);

const layerOf = (kind: Kind): number =>
  (ACTOR_KINDS as readonly Kind[]).includes(kind)
    ? 0
    : (PLATFORM_KINDS as readonly Kind[]).includes(kind)
      ? 1
      : kind === 'region'
        ? 3
        : 2;

export class KeptLayout {
  /** Where every node was before a filter moved it. */
  private home: Map<string, Point> | null = null;
  private key = '';
  /** The least zoom the camera keeps while a filter's layout holds: its labels must read. */
  minZoom = 0;

  constructor(private readonly cy: Core) {}

  /** A new graph: nothing is displaced. */
  reset(): void {
    this.home = null;
    this.key = '';
    this.minZoom = 0;
  }

  /**
   * Lays out what `s`'s filters keep (or puts everything back); `label` gives a node's name in
   * the state's language. True when positions changed (the camera should fit again).
   */
  apply(
    s: ViewState,
    label: (data: Record<string, unknown>) => string,
    viewport: { width: number; height: number },
  ): boolean {
    // By class, not ':visible': the style of a batch just ended may not be computed yet.
    const kept = this.cy.nodes().filter((n) => isEntity(n) && isShown(n));
    const active = s.view.kind === 'overview' && filtering(s) && kept.length <= KEPT_LIMIT;
    const key = active
      ? JSON.stringify([kept.map((n) => n.id()), s.lang, viewport.width, viewport.height])
      : '';
    if (key === this.key) return false;
    this.key = key;
    const cy = this.cy;
    cy.batch(() => {
      // Back to the whole picture first: labels unwrapped, groups drawn, nodes at home. A label
      // the declutter left out is put back before its text changes: Cytoscape kept the empty
      // label's extent for the new text, and measured labels were drawn over each other.
      cy.nodes('.cramped').removeClass('cramped');
      unroute(cy);
      cy.nodes('.measured').forEach((n) => {
        n.removeClass('measured');
        n.removeData('wrapped plain');
        n.data('fs', labelSize(n.degree(false)));
      });
      cy.nodes('.cluster').removeClass('flat');
      if (this.home)
        for (const [id, p] of this.home) {
          const n = cy.getElementById(id);
          if (n.nonempty()) n.position({ ...p });
        }
      this.home = null;
      this.minZoom = 0;
      if (!active) return;
      const home = new Map<string, Point>();
      cy.nodes().forEach((n) => {
        if (isEntity(n)) home.set(n.id(), { ...n.position() });
      });
      this.home = home;
      const ids = new Set(kept.map((n) => n.id()));
      const els: ElementDefinition[] = kept.map((n) => ({
        group: 'nodes' as const,
        data: { ...(n.data() as Record<string, unknown>), label: label(n.data() as Record<string, unknown>) },
      }));
      cy.edges().forEach((e) => {
        if (ids.has(e.source().id()) && ids.has(e.target().id()))
          els.push({ group: 'edges', data: { source: e.source().id(), target: e.target().id() } });
      });
      const edges = els
        .filter((e) => e.group === 'edges')
        .map((e) => ({ source: String(e.data.source), target: String(e.data.target) }));
      let best: {
        score: [number, number];
        positions: Map<string, Point>;
        labelled: ReturnType<typeof measuredLabels>;
      } | null = null;
      // Legible and whole if it can be; else legible, read by panning sideways (issue s23-2:
      // 大连市 was fitted whole at zoom 0.64 with every label switched off).
      const score = (l: { zoom: number; width: number; height: number }): [number, number] =>
        l.zoom >= LEGIBLE_ZOOM
          ? [2, l.zoom]
          : viewport.height / Math.max(l.height, 1) >= LEGIBLE_ZOOM
            ? [1, -l.width]
            : [0, l.zoom];
      for (const wrap of WRAPS) {
        const labelled = measuredLabels(els, wrap);
        const nodes = labelled.nodes.map((n) => ({
          id: n.id,
          layer: layerOf(n.data.kind as Kind),
          key: `${String(n.data.kind)}|${String(n.data.name)}`,
          slot: n.slot,
        }));
        const layout = traceLayout(nodes, viewport, edges, {
          gapX: 24,
          gapY: 2,
          minZoom: LEGIBLE_ZOOM,
          uncross: true,
        });
        const sc = score(layout);
        if (!best || sc[0] > best.score[0] || (sc[0] === best.score[0] && sc[1] > best.score[1] + 1e-9))
          best = { score: sc, positions: layout.positions, labelled };
      }
      this.minZoom = LEGIBLE_ZOOM;
      for (const n of best?.labelled.nodes ?? []) {
        const node = cy.getElementById(n.id);
        const p = best?.positions.get(n.id);
        if (p) node.position(p);
        node.data({ wrapped: n.data.wrapped, plain: n.data.plain, label: n.data.label, fs: n.data.fs });
        node.addClass('measured');
      }
      // Groups would be boxes around scattered members: drawn flat while the filter holds.
      cy.nodes('.cluster').addClass('flat');
    });
    // A link skipping a layer goes round the nodes in its way, not through them (issue 18).
    if (active) routeAround(cy, kept.toArray() as NodeSingular[]);
    return true;
  }
}
