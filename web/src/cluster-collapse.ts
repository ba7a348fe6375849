/**
 * Clusters collapsed beyond a zoom (issue 18, large graphs): a Cytoscape add-on that knows
 * nothing of the explorer's state, the API or the URL.
 *
 * Zoomed out until an ordinary node would be drawn smaller than `minNodePx` (a dot nobody can
 * pick or read), every group — a compound parent; in the overview a city, or a chain group when
 * the planner groups by chain — is drawn as one square node with its name and how many of its
 * members are shown, and the links between groups as one line per pair of groups, as thick as
 * there are links. Zooming back in past the same zoom restores every element as it was; a click
 * on a collapsed group zooms into it.
 *
 * Members are hidden (display: none), never removed: filters, the selection, the table and the
 * exports keep working on them, and a filter's change is counted again at once. A collapsed
 * group is its own compound parent: with every child hidden Cytoscape draws it at its last
 * centre with the stylesheet's size, so nothing has to be positioned here.
 */
import type { BoundingBox12, Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';

export interface CollapseOptions {
  /** The groups: compound parents matching this selector. */
  readonly groups?: string;
  /** Groups collapse while an ordinary node would be drawn smaller than this (screen px). */
  readonly minNodePx?: number;
  /** An ordinary node's size in the stylesheet (model px). */
  readonly nodeSize?: number;
  /** A line's width in screen px at LABEL_PX, bold (by default a guess from its characters). */
  readonly measure?: (text: string) => number;
  /** Whether a member is shown by the page (filters): only those are counted and linked. */
  readonly shown?: (n: NodeSingular) => boolean;
  /** A group to leave as it is (drawn flat while a filter lays its members out anew). */
  readonly skip?: (group: NodeSingular) => boolean;
}

/** One line between two representatives (a collapsed group or a node outside any). */
export interface AggregateLink {
  readonly source: string;
  readonly target: string;
  /** How many links it stands for. */
  readonly count: number;
}

/**
 * Links between representatives: `repOf` gives a node's representative (its collapsed group, or
 * itself; null when the node is not shown). One line per unordered pair of different
 * representatives of which at least one is a collapsed group; links inside a group vanish with
 * it, links between two ordinary nodes stay drawn as they are. Pure.
 */
export function aggregateLinks(
  edges: Iterable<{ readonly source: string; readonly target: string }>,
  repOf: (id: string) => string | null,
  isGroup: (rep: string) => boolean,
): AggregateLink[] {
  const counts = new Map<string, AggregateLink>();
  for (const e of edges) {
    const a = repOf(e.source);
    const b = repOf(e.target);
    if (a === null || b === null || a === b || (!isGroup(a) && !isGroup(b))) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    counts.set(key, { source, target, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

/** Screen side of a collapsed group: grows with the square root of its members, within bounds. */
export const collapsedPx = (members: number): number =>
  Math.min(84, Math.max(26, 22 + 5 * Math.sqrt(members)));

/** Screen width of a line standing for `count` links. */
export const linkPx = (count: number): number => Math.min(10, 1 + 1.6 * Math.log2(count));

/** Collapsed groups' labels, on screen. */
export const LABEL_PX = 12;
const LINE_PX = 15;

export interface PlacedGroup {
  /** Side of its square on screen. */
  readonly px: number;
  /** Whether its label is drawn (it would meet no label drawn before it). */
  readonly labelled: boolean;
}

/**
 * Where collapsed groups are drawn (screen px): each square grows with its members but stays
 * clear of its nearest neighbour; labels are centred on their squares, the biggest groups'
 * first, and a label that would meet one already placed is left out (the square still says the
 * group is there). `measure` gives a line's width at LABEL_PX. Pure.
 */
export function placeGroups(
  groups: readonly { id: string; x: number; y: number; count: number; lines: readonly string[] }[],
  measure: (text: string) => number,
): Map<string, PlacedGroup> {
  const out = new Map<string, PlacedGroup>();
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const order = [...groups].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  for (const g of order) {
    const nearest = Math.min(
      Infinity,
      ...groups.filter((o) => o.id !== g.id).map((o) => Math.max(Math.abs(o.x - g.x), Math.abs(o.y - g.y))),
    );
    const px = Math.max(8, Math.min(collapsedPx(g.count), 0.7 * nearest));
    const w = Math.max(0, ...g.lines.map(measure)) + 8;
    const h = g.lines.length * LINE_PX + 4;
    const box = { x1: g.x - w / 2, x2: g.x + w / 2, y1: g.y - h / 2, y2: g.y + h / 2 };
    const free = boxes.every((b) => b.x2 <= box.x1 || box.x2 <= b.x1 || b.y2 <= box.y1 || box.y2 <= b.y1);
    if (free) boxes.push(box);
    out.set(g.id, { px, labelled: free });
  }
  return out;
}

/** A line's width without a canvas: Chinese characters are square, others about half as wide. */
const guess = (text: string): number => {
  const square = (text.match(/[\u3000-\u9fff\uff00-\uffef]/g) ?? []).length;
  return square * LABEL_PX + (text.length - square) * LABEL_PX * 0.6;
};

export class ClusterCollapse {
  /** Below this zoom the groups are collapsed. */
  readonly threshold: number;
  private readonly groups: string;
  private readonly shown: (n: NodeSingular) => boolean;
  private readonly skip: (group: NodeSingular) => boolean;
  private readonly measure: (text: string) => number;
  /** Each collapsed group's box as drawn open (model px), to size it and to zoom into it. */
  private boxes = new Map<string, BoundingBox12>();
  /** Our own changes emit events too: they must not ask for another pass. */
  private busy = 0;
  /** Callers that need the real extent (fit, camera) open every group for a moment. */
  private held = 0;
  private passQueued = false;
  /** Collapsed by the last pass (a flag, not a query: events ask it once per element). */
  private on = false;
  private sizeQueued = false;

  constructor(
    private readonly cy: Core,
    o: CollapseOptions = {},
  ) {
    this.groups = o.groups ?? 'node.cluster';
    this.threshold = (o.minNodePx ?? 4) / (o.nodeSize ?? 18);
    this.shown = o.shown ?? (() => true);
    this.skip = o.skip ?? (() => false);
    this.measure = o.measure ?? guess;
    cy.style()
      .selector('node.cc-member')
      .style({ display: 'none' })
      .selector('node.cc-collapsed')
      .style({
        // Cytoscape draws a compound parent as a rectangle of some kind only.
        shape: 'round-rectangle',
        width: 'data(ccSize)',
        height: 'data(ccSize)',
        padding: '0px',
        'background-color': '#dce7f3',
        'background-opacity': 0.95,
        'border-style': 'solid',
        'border-color': '#1f3a5f',
        'border-width': 'data(ccBorder)',
        label: 'data(ccLabel)',
        'font-size': 'data(ccFs)',
        'font-weight': 'bold',
        color: '#1f3a5f',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-max-width': '100000px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 'data(ccBorder)',
      })
      .selector('node.cc-collapsed.cc-selected')
      .style({ 'border-color': '#1a1a1a', 'underlay-color': '#ffbf00', 'underlay-opacity': 0.6 })
      .selector('node.cc-collapsed.dimmed')
      .style({ label: '' })
      .selector('edge.cc-link')
      .style({
        width: 'data(ccWidth)',
        'curve-style': 'straight',
        'line-color': '#6b7f96',
        'line-style': 'solid',
        'target-arrow-shape': 'none',
        opacity: 0.6,
        label: '',
        events: 'no',
      })
      .update();
    cy.on('viewport', () => this.onViewport());
    // What is shown changed (a filter, a hidden node, a new scene, an expansion, a focus): the
    // members' classes say it. A group's own classes (its caption's level of detail) do not.
    const changed = (e: EventObject): void => {
      const el = e.target as EdgeSingular | NodeSingular;
      // Cheap tests only: a new scene sends one event per element.
      if (this.busy === 0 && !el.hasClass('cc-link') && !(el.isNode() && el.isParent())) this.queuePass();
    };
    cy.on('add remove class', changed);
    // A language switch renames the groups.
    cy.on('data', this.groups, (e) => {
      if (this.busy === 0 && (e.target as NodeSingular).hasClass('cc-collapsed')) this.queuePass();
    });
    cy.on('select unselect', 'node', () => this.markSelection());
    cy.on('tap', 'node.cc-collapsed', (e) => this.zoomInto(e.target as NodeSingular));
  }

  /** Whether the groups are drawn collapsed now. */
  get collapsed(): boolean {
    return this.on;
  }

  /**
   * Runs `f` with every group open (bounding boxes, fitting, a camera move need the real
   * extent), then collapses again if the zoom it left calls for it.
   */
  open<T>(f: () => T): T {
    this.held++;
    try {
      if (this.collapsed) this.pass();
      return f();
    } finally {
      this.held--;
      this.pass();
    }
  }

  /** Whether some group would be drawn collapsed at `zoom` (nothing held open). */
  wouldCollapse(zoom: number): boolean {
    return zoom < this.threshold && this.collapsible().nonempty();
  }

  /** Groups with a member shown, not left alone. */
  private collapsible(): ReturnType<Core['nodes']> {
    return this.cy.nodes(this.groups).filter(
      (g) =>
        g.isParent() &&
        !this.skip(g) &&
        g
          .children()
          .nodes()
          .filter((m) => this.shown(m))
          .nonempty(),
    );
  }

  /** Opens or collapses the groups for the zoom, counting what is shown now. */
  pass(): void {
    this.passQueued = false;
    const want = this.held === 0 && this.cy.zoom() < this.threshold;
    if (!want && !this.collapsed) return;
    this.busy++;
    try {
      this.restore();
      this.on = false;
      if (want) this.on = this.collapse();
      this.markSelection();
    } finally {
      this.busy--;
    }
  }

  private onViewport(): void {
    if (this.busy > 0) return;
    const want = this.held === 0 && this.cy.zoom() < this.threshold;
    if (want !== this.collapsed) this.pass();
    else if (want && !this.sizeQueued) {
      // Sizes and fonts are kept constant on screen: once per frame is enough.
      this.sizeQueued = true;
      requestAnimationFrame(() => {
        this.sizeQueued = false;
        if (!this.collapsed) return;
        this.busy++;
        try {
          this.cy.batch(() => this.size());
        } finally {
          this.busy--;
        }
      });
    }
  }

  private queuePass(): void {
    if (this.passQueued) return;
    // Only when collapsed (a filter's change is counted again) or when it should be.
    if (!this.collapsed && this.cy.zoom() >= this.threshold) return;
    this.passQueued = true;
    queueMicrotask(() => {
      if (this.passQueued) this.pass();
    });
  }

  private restore(): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.edges('.cc-link').remove();
      cy.nodes('.cc-member').removeClass('cc-member');
      cy.nodes('.cc-collapsed').removeClass('cc-collapsed cc-selected');
    });
    this.boxes = new Map();
  }

  /** True when some group was collapsed. */
  private collapse(): boolean {
    const cy = this.cy;
    const groups = this.collapsible();
    if (groups.empty()) return false;
    // Open boxes first (outside a batch, so that the compound bounds are up to date).
    for (const g of groups) this.boxes.set(g.id(), g.boundingBox({ includeLabels: false }));
    const rep = new Map<string, string>();
    cy.batch(() => {
      for (const g of groups) {
        const members = g.children().nodes();
        const shown = members.filter((m) => this.shown(m));
        for (const m of shown) rep.set(m.id(), g.id());
        members.addClass('cc-member');
        g.data('ccCount', shown.length);
        g.addClass('cc-collapsed');
      }
      cy.nodes().forEach((n) => {
        if (!rep.has(n.id()) && !n.isParent() && this.shown(n)) rep.set(n.id(), n.id());
      });
      // restore() removed the lines of the last pass: every edge here is the page's.
      const links = aggregateLinks(
        cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
        (id) => rep.get(id) ?? null,
        (r) => this.boxes.has(r),
      );
      cy.add(
        links.map((l) => ({
          group: 'edges' as const,
          classes: 'cc-link',
          data: { id: `cc-link:${l.source}|${l.target}`, source: l.source, target: l.target, count: l.count },
        })),
      );
      // Under a focus, a line is as dimmed as one of its ends.
      cy.edges('.cc-link').forEach((e) => {
        if (e.source().hasClass('dimmed') || e.target().hasClass('dimmed')) e.addClass('dimmed');
      });
      this.size();
    });
    return true;
  }

  /** Sizes, fonts and line widths for the zoom: constant on screen, apart from each other. */
  private size(): void {
    const z = this.cy.zoom();
    const groups = this.cy.nodes('.cc-collapsed');
    const placed = placeGroups(
      groups.map((g) => ({
        id: g.id(),
        x: g.position('x') * z,
        y: g.position('y') * z,
        count: Number(g.data('ccCount')),
        lines: [String(g.data('label') ?? ''), String(g.data('ccCount'))],
      })),
      this.measure,
    );
    groups.forEach((g) => {
      const p = placed.get(g.id());
      g.data({
        ccSize: (p?.px ?? 8) / z,
        ccFs: LABEL_PX / z,
        ccBorder: 2 / z,
        ccLabel: p?.labelled ? `${String(g.data('label') ?? '')}\n${String(g.data('ccCount'))}` : '',
      });
    });
    this.cy.edges('.cc-link').forEach((e) => {
      e.data('ccWidth', linkPx(Number(e.data('count'))) / z);
    });
  }

  /** A collapsed group that holds the selected node is marked as the node would be. */
  private markSelection(): void {
    if (!this.on) return;
    this.busy++;
    try {
      this.cy.batch(() => {
        this.cy.nodes('.cc-collapsed').forEach((g) => {
          g.toggleClass('cc-selected', g.children(':selected').nonempty());
        });
      });
    } finally {
      this.busy--;
    }
  }

  /** A click on a collapsed group: zoom until it is open and fills the view. */
  private zoomInto(g: NodeSingular): void {
    const box = this.boxes.get(g.id());
    if (!box) return;
    const cy = this.cy;
    const w = cy.width();
    const h = cy.height();
    const bw = box.x2 - box.x1 + 80;
    const bh = box.y2 - box.y1 + 80;
    const zoom = Math.min(cy.maxZoom(), Math.max(this.threshold * 1.25, Math.min(w / bw, h / bh)));
    const cx = (box.x1 + box.x2) / 2;
    const cyy = (box.y1 + box.y2) / 2;
    cy.stop();
    cy.animate({ zoom, pan: { x: w / 2 - cx * zoom, y: h / 2 - cyy * zoom } }, { duration: 300 });
  }
}
