/**
 * The Cytoscape canvas: elements in, positions (computed elsewhere) applied, selection,
 * focus, filters, level of detail for labels, viewport events and exports. Knows nothing
 * of the API or the URL.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EdgeSingular,
  type NodeSingular,
} from 'cytoscape';
import { ClusterCollapse, LABEL_PX } from './cluster-collapse.js';
import { Declutter } from './declutter.js';
import { canvasMeasure, plainLabel } from './label-boxes.js';
import { frameSelection, type Placed } from './camera.js';
import { FONT, MIN_LEGIBLE_PX, SELECTED_FS, stylesheet } from './legend.js';
import { placeAround, type Point, type Rect } from './layouts.js';
import type { Viewport } from './state.js';

export interface GraphCallbacks {
  /** A node, or null for the background. */
  onTap(id: string | null): void;
  onDoubleTap(id: string): void;
  onViewport(v: Viewport): void;
  onEdgeHover(edge: HoveredEdge | null, at: Point): void;
}

/** How the canvas draws: see bench:web for what each costs. */
export interface GraphOptions {
  /** Cytoscape's WebGL renderer. */
  readonly webgl?: boolean;
  /** Level of detail (default on): legible labels only, no edges while the view moves. */
  readonly lod?: boolean;
  /** With level of detail: a cached texture while the view moves (textureOnViewport). */
  readonly texture?: boolean;
  /** Groups drawn as one node each once zoomed out past dots (cluster-collapse.ts; default on). */
  readonly collapse?: boolean;
}

/** Shown by the page, whatever the zoom: not filtered out, not hidden by the planner. */
export const isShown = (n: NodeSingular): boolean => !n.hasClass('filtered') && !n.hasClass('hidden-node');

/** An entity, not a caption (a group's box, a trace layer's heading). */
export const isEntity = (n: NodeSingular): boolean => !n.hasClass('cluster') && !n.hasClass('heading');

/** An edge under the pointer: its words, and what identifies it to ask the API for its reason. */
export interface HoveredEdge {
  readonly word: string;
  readonly basis: string;
  readonly reason: string | null;
  readonly reasonEn: string | null;
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

/** Labels: 11 px, hubs up to 17 px so that they read first when zoomed out. */
export const labelSize = (degree: number): number => Math.min(17, 11 + Math.floor(Math.sqrt(degree)));

export class GraphView {
  readonly cy: Core;
  private labelsAt = -1;
  private viewportTimer = 0;
  /** Programmatic camera moves are not the planner's: they are not written to the URL. */
  private quiet = 0;
  /** A camera move (animation) is under way. */
  private moving = false;

  /** Level of detail: labels too small to read are not drawn, edges not while the view moves. */
  private readonly lod: boolean;
  /** Groups collapsed beyond a zoom; null when off. */
  readonly clusters: ClusterCollapse | null;
  /** Labels left out so that none meets another (with level of detail only). */
  private readonly declutter: Declutter | null;

  constructor(
    container: HTMLElement,
    private readonly cb: GraphCallbacks,
    options: GraphOptions = {},
  ) {
    this.lod = options.lod ?? true;
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // Big graphs: skip edges while panning/zooming (and, when asked, move a cached picture
      // instead of redrawing); WebGL when asked. bench:web measures each against plain canvas.
      hideEdgesOnViewport: this.lod,
      textureOnViewport: this.lod && (options.texture ?? false),
      ...(options.webgl ? { webgl: true } : {}),
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.declutter = this.lod
      ? new Declutter(this.cy, {
          candidate: (n) => isEntity(n) && isShown(n),
          collapsed: () => this.clusters?.collapsed ?? false,
        })
      : null;
    this.clusters =
      (options.collapse ?? true)
        ? new ClusterCollapse(this.cy, {
            shown: isShown,
            measure: canvasMeasure(LABEL_PX, FONT, 'bold'),
            // A filter's kept nodes are laid out anew and their groups drawn flat: left alone.
            skip: (g) => g.hasClass('flat') || g.hasClass('filtered'),
          })
        : null;
    this.cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (isEntity(n)) cb.onTap(n.id());
    });
    this.cy.on('dbltap', 'node', (e) => {
      const n = e.target as NodeSingular;
      if (isEntity(n)) cb.onDoubleTap(n.id());
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) cb.onTap(null);
    });
    this.cy.on('viewport', () => {
      this.updateLabels();
      if (this.quiet > 0) return;
      window.clearTimeout(this.viewportTimer);
      this.viewportTimer = window.setTimeout(() => cb.onViewport(this.viewport()), 250);
    });
    this.cy.on('mouseover', 'edge', (e) => {
      const edge = e.target as EdgeSingular;
      edge.addClass('hover');
      const p = e.renderedPosition;
      cb.onEdgeHover(
        {
          word: String(edge.data('word') ?? ''),
          basis: String(edge.data('basis')),
          reason: (edge.data('reason') as string | null) ?? null,
          reasonEn: (edge.data('reasonEn') as string | null) ?? null,
          source: edge.source().id(),
          target: edge.target().id(),
          type: String(edge.data('type')),
        },
        { x: p.x, y: p.y },
      );
    });
    this.cy.on('mouseout', 'edge', (e) => {
      (e.target as EdgeSingular).removeClass('hover');
      cb.onEdgeHover(null, { x: 0, y: 0 });
    });
  }

  /** Replaces every element; `positions` for those that have one (others keep theirs). */
  replace(elements: ElementDefinition[], positions?: ReadonlyMap<string, Point>): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.add(elements, positions);
    });
  }

  add(elements: ElementDefinition[], positions?: ReadonlyMap<string, Point>): void {
    // Label sizes go in with the elements: set afterwards, each would restyle its node and
    // dirty its group's and edges' caches (at 5k elements as long as drawing them).
    const degree = this.degrees(elements);
    const withPos = elements.map((el) => {
      const p = positions?.get(String(el.data.id));
      if (el.group === 'edges' || (el.group === undefined && el.data.source !== undefined)) return el;
      const fs = el.data.fs === undefined ? { fs: labelSize(degree.get(String(el.data.id)) ?? 0) } : {};
      return { ...el, data: { ...el.data, ...fs }, ...(p ? { position: { ...p } } : {}) };
    });
    this.cy.add(withPos);
    this.labelsAt = -1;
    this.updateLabels();
    this.labelsChanged();
  }

  /**
   * Each new node's degree once `elements` are in, as `degree(false)` would count it: edges
   * whose two ends will exist, loops left out. A new node has no edge already drawn.
   */
  private degrees(elements: readonly ElementDefinition[]): Map<string, number> {
    // Cytoscape takes an element with a source for an edge when no group is given.
    const isEdge = (el: ElementDefinition): boolean =>
      el.group === 'edges' || (el.group === undefined && el.data.source !== undefined);
    const ids = new Set<string>();
    for (const el of elements) if (!isEdge(el)) ids.add(String(el.data.id));
    const exists = (id: string): boolean => ids.has(id) || this.cy.getElementById(id).nonempty();
    const degree = new Map<string, number>();
    for (const el of elements) {
      if (!isEdge(el)) continue;
      const a = String(el.data.source);
      const b = String(el.data.target);
      if (a === b || !exists(a) || !exists(b)) continue;
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
    return degree;
  }

  /**
   * Moves `ids` (just added) next to `centre` where their boxes, labels included, meet no shown
   * node's box or label and lie on no drawn link (layouts.ts `placeAround`); nothing else moves.
   * Labels are measured whole: those switched off by the zoom or the declutter count as drawn,
   * since another zoom draws them.
   */
  placeNew(centre: string, ids: readonly string[]): void {
    const cy = this.cy;
    const c = cy.getElementById(centre);
    if (c.empty() || ids.length === 0) return;
    const fresh = new Set(ids);
    const shown = cy.nodes().filter((n) => isEntity(n) && isShown(n));
    const off = shown.filter((n) => n.hasClass('nolabel') || n.hasClass('cramped'));
    const nolabel = off.filter((n) => n.hasClass('nolabel'));
    const cramped = off.filter((n) => n.hasClass('cramped'));
    off.removeClass('nolabel cramped');
    const box = (n: NodeSingular): Rect => n.boundingBox({ includeLabels: true, includeOverlays: false });
    const taken: Rect[] = [];
    const items: { id: string; extent: { left: number; right: number; above: number; below: number } }[] = [];
    shown.forEach((n) => {
      const b = box(n);
      if (!fresh.has(n.id())) {
        taken.push(b);
        return;
      }
      const p = n.position();
      items.push({
        id: n.id(),
        extent: { left: p.x - b.x1, right: b.x2 - p.x, above: p.y - b.y1, below: b.y2 - p.y },
      });
    });
    nolabel.addClass('nolabel');
    cramped.addClass('cramped');
    const shownIds = new Set(shown.map((n) => n.id()));
    const links: [Point, Point][] = [];
    cy.edges().forEach((e) => {
      const s = e.source();
      const t = e.target();
      if (fresh.has(s.id()) || fresh.has(t.id()) || !shownIds.has(s.id()) || !shownIds.has(t.id())) return;
      links.push([{ ...s.position() }, { ...t.position() }]);
    });
    const at = placeAround({ ...c.position() }, items, taken, links);
    cy.batch(() => {
      for (const [id, p] of at) cy.getElementById(id).position(p);
    });
    this.labelsChanged();
  }

  /** Label sizes changed (a re-layout): decide again which labels are legible. */
  refreshLabels(): void {
    this.labelsAt = -1;
    this.updateLabels();
    this.labelsChanged();
  }

  /** Cytoscape draws a label at its font size times the zoom rounded up to a power of two, so
   * it may draw 5 px text: labels that would be smaller than MIN_LEGIBLE_PX are switched off. */
  updateLabels(zoom = this.cy.zoom()): void {
    if (!this.lod) return;
    if (Math.abs(zoom - this.labelsAt) < 1e-6) return;
    this.labelsAt = zoom;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const px = Number(n.data(n.hasClass('boost') ? 'fsb' : 'fs')) * zoom;
        // A group's name is a caption: once it would shout across the screen, it steps aside.
        const small = px < MIN_LEGIBLE_PX || (n.hasClass('cluster') && px > 64);
        if (small !== n.hasClass('nolabel')) n.toggleClass('nolabel', small);
      });
    });
    this.queueDeclutter();
  }

  private labelsChanged(): void {
    this.declutter?.changed();
  }

  private queueDeclutter(): void {
    this.declutter?.queue();
  }

  /**
   * Fits the visible elements; `maxZoom` keeps a small graph from being blown up, `minZoom`
   * keeps labels legible: a view too big for it shows its top left at that zoom, to be panned.
   */
  fit(padding = 30, maxZoom = 1.6, minZoom = 0): void {
    // The whole extent, not that of collapsed groups.
    this.open(() => {
      // Labels are switched for about the zoom to come before any is measured: labels too
      // small there would be measured for the box, then switched off and measured again.
      const rough = this.roughFit(padding, maxZoom, minZoom);
      this.updateLabels(rough);
      // Groups that will be drawn collapsed hide their members' edges: no edge is routed for
      // the box (the routing is most of a box's cost at 5k elements) — members and the lines
      // between groups lie within the nodes' extent.
      const edges = !(this.clusters?.wouldCollapse(rough) ?? false);
      // Twice: the first fit may switch labels on (level of detail), which widens the box.
      for (let i = 0; i < 2; i++)
        this.quietly(() => {
          const eles = this.drawn(edges);
          this.cy.fit(eles.nonempty() ? eles : undefined, padding);
          if (this.cy.zoom() > maxZoom) {
            this.cy.zoom(maxZoom);
            this.cy.center(eles);
          } else if (this.cy.zoom() < minZoom) {
            const bb = eles.boundingBox({});
            this.cy.zoom(minZoom);
            const h = bb.h * minZoom;
            this.cy.pan({
              x: padding - bb.x1 * minZoom,
              y:
                h + 2 * padding <= this.cy.height()
                  ? (this.cy.height() - h) / 2 - bb.y1 * minZoom
                  : padding - bb.y1 * minZoom,
            });
          }
        });
    });
  }

  /**
   * The zoom `fit` will come close to, from the drawn nodes' positions and sizes only: no
   * label measured, no edge routed, no group's box (a group adds its padding to its members').
   */
  private roughFit(padding: number, maxZoom: number, minZoom: number): number {
    // By hand: Cytoscape's boundingBox() measures every label, whatever `includeLabels` says.
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    this.cy.nodes().forEach((n) => {
      if (n.isParent() || !isShown(n)) return;
      const p = n.position();
      const rx = n.width() / 2;
      const ry = n.height() / 2;
      x1 = Math.min(x1, p.x - rx);
      x2 = Math.max(x2, p.x + rx);
      y1 = Math.min(y1, p.y - ry);
      y2 = Math.max(y2, p.y + ry);
    });
    if (x1 > x2) return this.cy.zoom();
    const w = Math.max(1, this.cy.width() - 2 * padding);
    const h = Math.max(1, this.cy.height() - 2 * padding);
    const z = Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1));
    return Math.min(this.cy.maxZoom(), maxZoom, Math.max(this.cy.minZoom(), minZoom, z));
  }

  /** Runs `f` with every group open (see cluster-collapse.ts). */
  private open<T>(f: () => T): T {
    return this.clusters ? this.clusters.open(f) : f();
  }

  /**
   * What is drawn, by class rather than ':visible' (whose style may lag a batch just ended):
   * nodes not filtered or hidden, and groups drawn as boxes.
   */
  private drawn(edges = true): ReturnType<Core['elements']> {
    const nodes = this.cy.nodes().filter((n) => isShown(n) && !n.hasClass('flat'));
    return edges ? nodes.union(nodes.edgesWith(nodes)) : nodes;
  }

  viewport(): Viewport {
    const p = this.cy.pan();
    return { zoom: this.cy.zoom(), x: p.x, y: p.y };
  }

  setViewport(v: Viewport): void {
    this.quietly(() => this.cy.viewport({ zoom: v.zoom, pan: { x: v.x, y: v.y } }));
  }

  private quietly(f: () => void): void {
    this.quiet++;
    try {
      f();
    } finally {
      this.quiet--;
    }
    this.updateLabels();
  }

  /** Shows exactly the nodes in `visible` (and edges between two shown nodes). */
  applyVisibility(visible: ReadonlySet<string>, hidden: ReadonlySet<string>): void {
    this.labelsChanged();
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        if (!isEntity(n)) return;
        n.toggleClass('hidden-node', hidden.has(n.id()));
        n.toggleClass('filtered', !hidden.has(n.id()) && !visible.has(n.id()));
      });
      // An empty cluster would be an empty box.
      this.cy.nodes('.cluster').forEach((c) => {
        const shown = c
          .children()
          .filter((m) => visible.has(m.id()) && !hidden.has(m.id()))
          .nonempty();
        c.toggleClass('filtered', !shown);
      });
    });
  }

  /**
   * Marks `id` selected. Camera: 'keep' never moves (traces already fit); 'reveal' brings the
   * node and its neighbours into view at a zoom where their labels read.
   */
  select(id: string | null, camera: 'keep' | 'reveal'): void {
    this.labelsChanged();
    // A redraw of the same selection (the table closed, a language switch) keeps its labels.
    if (id !== this.cy.$(':selected').id() || camera === 'reveal') this.boostLabels(new Map());
    this.cy.$(':selected').unselect();
    if (!id) return;
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    n.select();
    if (camera === 'keep') return;
    // By class: a collapsed group hides its members, whose places are read open.
    const place = (m: NodeSingular, fs = Number(m.data('fs'))): Placed => ({
      id: m.id(),
      ...m.position(),
      fs,
      group: String(m.data('group')),
      chars: Math.max(
        1,
        ...plainLabel(m.data() as Record<string, unknown>)
          .split('\n')
          .map((l) => l.length),
      ),
    });
    const near: Placed[] = [];
    n.neighborhood()
      .nodes()
      .forEach((m) => {
        if (isShown(m) && !m.isParent()) near.push(place(m));
      });
    // The selected node's label is drawn at the selection's size (legend.ts).
    const frame = frameSelection(place(n, SELECTED_FS), near, this.cy.width(), this.cy.height());
    this.boostLabels(frame.boost);
    const { zoom, centre: c } = frame;
    const w = this.cy.width();
    const h = this.cy.height();
    // A move still under way is dropped (stop() calls no `complete`): its quiet hold goes with it,
    // or the camera would stay deaf to the planner's pans after a quick second pick.
    this.cy.stop();
    if (this.moving) this.quiet--;
    this.moving = true;
    this.quiet++;
    this.cy.animate(
      { zoom, pan: { x: w / 2 - c.x * zoom, y: h / 2 - c.y * zoom } },
      {
        duration: 250,
        complete: () => {
          this.moving = false;
          this.quiet--;
          this.updateLabels();
          this.cb.onViewport(this.viewport());
        },
      },
    );
  }

  /**
   * Draws the labels of `sizes` at their font size (model units) until the next selection: the
   * framed neighbours of a selection too far apart for a reading zoom (camera.ts).
   */
  private boostLabels(sizes: ReadonlyMap<string, number>): void {
    this.cy.batch(() => {
      this.cy.nodes('.boost').forEach((m) => {
        if (!sizes.has(m.id())) m.removeClass('boost');
      });
      for (const [id, fs] of sizes) this.cy.getElementById(id).data('fsb', fs).addClass('boost');
    });
    this.labelsAt = -1;
  }

  /** Dims everything but the selection's neighbourhood. */
  setFocus(on: boolean, id: string | null): void {
    this.labelsChanged();
    this.cy.batch(() => {
      this.cy.elements().removeClass('dimmed');
      if (!on || !id) return;
      const n = this.cy.getElementById(id);
      if (n.empty()) return;
      const keep = n.closedNeighborhood().union(n.closedNeighborhood().nodes().parents());
      this.cy.elements().difference(keep).addClass('dimmed');
    });
  }

  /** Rewrites node labels and edge words for a language. */
  relabel(
    label: (data: Record<string, unknown>) => string,
    word: (data: Record<string, unknown>) => string,
  ): void {
    this.labelsChanged();
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data('label', label(n.data() as Record<string, unknown>));
      });
      this.cy.edges().forEach((e) => {
        e.data('word', word(e.data() as Record<string, unknown>));
      });
    });
  }

  /** Ids of the nodes and edges currently shown. */
  shown(): {
    nodes: { id: string; label: string; kind: string; status: string; level: string; [k: string]: unknown }[];
    edges: {
      id: string;
      source: string;
      target: string;
      type: string;
      basis: string;
      [k: string]: unknown;
    }[];
  } {
    // By class, not ':visible': members of a collapsed group are still in the view.
    const nodes = this.cy
      .nodes()
      .filter((n) => isEntity(n) && isShown(n))
      .map((n) => {
        const d = n.data() as { id: string; label: string; kind: string; status: string; level: string };
        // The table and the exports name a node on one line, whatever its drawn label's wrapping.
        return { ...d, label: plainLabel(n.data() as Record<string, unknown>) };
      });
    const ids = new Set(nodes.map((n) => n.id));
    const edges = this.cy
      .edges()
      .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
      .map((e) => e.data() as { id: string; source: string; target: string; type: string; basis: string });
    return { nodes, edges };
  }

  /** The picture as on screen (`whole`: the whole extent of the graph instead). */
  png(whole = false): Blob {
    return this.cy.png({ full: whole, scale: 2, bg: '#ffffff', output: 'blob' });
  }
}
