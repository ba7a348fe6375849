/**
 * The explorer's conductor: holds the state, turns it into a scene (overview, trace, paths),
 * expansions, filters, selection and camera, and records every step in the URL. Each concern
 * lives in its own module; this one only sequences them.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Kind } from '../../src/ontology/ontology.js';
import { allMatching, cachedGql, queries, type Queries } from './api.js';
import {
  neighbourElements,
  newElements,
  nodeElement,
  refToNode,
  type EntityRef,
  type RelationshipRef,
} from './elements.js';
import { visibleNodes, type Members } from './filters.js';
import { GraphView, isEntity, isShown } from './graph-view.js';
import { renderControls, wireControls, type PathEnds } from './controls.js';
import { $ } from './dom.js';
import { Messages } from './messages.js';
import { DetailsPane } from './details-pane.js';
import { KeptLayout } from './kept-layout.js';
import { plainLabel } from './label-boxes.js';
import { UrlHistory } from './history.js';
import { t, type Key, type Lang } from './i18n.js';
import type { Point } from './layouts.js';
import { overviewScene } from './overview.js';
import { esc } from './panel.js';
import { PageView } from './page-view.js';
import { pathsScene } from './paths-view.js';
import { chooseRenderer, gpuRenderer, rendererOverride } from './renderer.js';
import type { Scene } from './scene.js';
import { SearchBox } from './search.js';
import { applyLanguage, loadCharts, loadFilterChoices } from './side-pane.js';
import { graphKey, INITIAL, type ViewState } from './state.js';
import { tableRows } from './table.js';
import { renderTable } from './table-view.js';
import { traceScene } from './trace-view.js';
import { kindWord, relWord } from './words.js';

/** New neighbours shown at once; the rest wait behind "Show more (N)". */
const NEIGHBOUR_LIMIT = 60;

export class App {
  state: ViewState;
  readonly graph: GraphView;
  private readonly q: Queries = queries();
  private readonly history: UrlHistory;
  private readonly details = new DetailsPane(this.q);
  /** What the graph holds now (graphKey of the state it was built for). */
  private built: string | null = null;
  private scene: Scene | null = null;
  /** Nodes of the scene itself: collapsing never removes them. */
  private base = new Set<string>();
  /** Nodes each expansion added, to collapse exactly those. */
  private addedBy = new Map<string, string[]>();
  private members: Members = { region: null, field: null };
  private membersFor = '';
  pathEnds: PathEnds = { from: null, to: null };
  private renders = 0;
  private appliedLang: Lang | null = null;
  /** The filters the camera last fitted. */
  private filtersFitted = '';
  private readonly pages: PageView;
  private readonly messages: Messages;
  readonly kept: KeptLayout;

  constructor() {
    this.history = new UrlHistory((s) => void this.restore(s));
    const { state, bad } = this.history.read();
    this.state = state;
    this.messages = new Messages(this.q, () => this.state);
    this.messages.badLink(bad, state.lang);
    // WebGL only where a hardware GPU draws it (renderer.ts); the page says which it chose.
    const renderer = chooseRenderer(gpuRenderer(), rendererOverride(location.search));
    document.body.dataset.renderer = renderer.name;
    document.body.dataset.rendererWhy = renderer.why;
    this.graph = new GraphView(
      $('cy'),
      {
        onTap: (id) => void this.select(id),
        onDoubleTap: (id) => void this.expand(id),
        onViewport: (v) => this.commit({ ...this.state, viewport: v }),
        onEdgeHover: (edge, at) => this.messages.tooltip(edge, at),
      },
      { webgl: renderer.name === 'webgl' },
    );
    this.kept = new KeptLayout(this.graph.cy);
    this.graph.cy.on('resize', () => {
      if (this.state.view.kind !== 'overview' && !this.state.viewport && this.state.mode === 'graph')
        this.graph.fit();
    });
    new SearchBox($('search-input'), $('search-results'), $('search-status'), {
      q: () => this.q,
      lang: () => this.state.lang,
      choose: (id) => void this.select(id),
    });
    this.pages = new PageView(this.q, {
      state: () => this.state,
      go: (next) => void this.go(next),
      dropPage: () => this.commit({ ...this.state, page: null }, 'replace'),
      problem: (e, id, param) => this.messages.problem(e, 'whatPage', id, param),
    });
    wireControls(this);
  }

  async start(): Promise<void> {
    this.messages.busy(true);
    $('panel-body').innerHTML = `<p class="muted">${esc(t(this.state.lang, 'empty'))}</p>`;
    // The URL as read, minus what could not be used.
    history.replaceState(null, '', location.pathname + location.search);
    void this.details.loadDocs();
    await this.render();
  }

  // ---------- state ----------

  /** Records a state (push or replace, by what changed) without redrawing. */
  commit(next: ViewState, force?: 'push' | 'replace'): void {
    const prev = this.state;
    this.state = next;
    this.history.write(prev, next, force);
  }

  /** A planner's step: record it, then draw it. */
  async go(next: ViewState): Promise<void> {
    this.commit(next);
    await this.render();
  }

  /** Back or Forward: the entry's state, drawn as it was. */
  private async restore(s: ViewState): Promise<void> {
    this.state = s;
    this.messages.clear();
    await this.render();
  }

  // ---------- drawing ----------

  async render(): Promise<void> {
    const mine = ++this.renders;
    const stale = (): boolean => mine !== this.renders;
    this.messages.busy(true);
    // A tooltip belongs to the picture it was shown on: a redraw or a language switch ends it.
    this.messages.tooltip(null, { x: 0, y: 0 });
    try {
      const s = this.state;
      // Also after Back or Forward across a language switch.
      if (s.lang !== this.appliedLang) {
        this.applyLanguage();
        // Side parts: a failure leaves them empty and is said, never an unhandled error.
        const side = (e: unknown): void => {
          this.messages.problem(e, 'overview');
          this.messages.showProblems();
        };
        loadCharts(this.q, this.state).catch(side);
        loadFilterChoices(this.q, this.state).catch(side);
      }
      const rebuilt = graphKey(s) !== this.built;
      const refit = filterKey(s) !== this.filtersFitted;
      this.filtersFitted = filterKey(s);
      if (rebuilt) {
        if (!(await this.build(s)) || stale()) return;
        for (const id of s.expanded) {
          await this.expandInto(id, false);
          if (stale()) return;
        }
        this.built = graphKey(this.state);
      }
      await this.updateMembers();
      if (stale()) return;
      if (this.state.selected && this.graph.cy.getElementById(this.state.selected).empty()) {
        await this.expandInto(this.state.selected, true);
        if (stale()) return;
      }
      this.applyVisibility();
      // What a filter keeps is laid out anew (and fitted); lifting it puts everything back.
      const moved = this.kept.apply(this.state, (d) => this.labelOf(d), {
        width: this.graph.cy.width() - 60,
        height: this.graph.cy.height() - 60,
      });
      if (moved) this.graph.refreshLabels();
      this.relabel();
      const sel = this.state.selected;
      // Select first: a selected node is drawn larger, and the fit must hold it.
      this.graph.select(sel, 'keep');
      if (this.state.viewport) this.graph.setViewport(this.state.viewport);
      else {
        // Traces and paths always fit the screen; the overview fits when drawn anew.
        // A filter fits what it keeps: no tiny island in an empty canvas (issue 18).
        if (rebuilt || refit || moved || this.scene?.camera === 'keep')
          this.graph.fit(30, 1.6, this.kept.minZoom);
        if (this.cameraFor(sel) === 'reveal') this.graph.select(sel, 'reveal');
      }
      this.graph.setFocus(this.state.focus, sel);
      await this.details.show(this.state);
      if (stale()) return;
      this.renderControls();
      this.renderTable();
      await this.pages.render(this.state);
      if (stale()) return;
      this.describeGraph();
    } finally {
      if (!stale()) {
        this.messages.busy(false);
        this.messages.showProblems();
        document.body.dataset.ready = 'true';
      }
    }
  }

  /** Builds the scene of the state's view; false (and a message) when it cannot be drawn. */
  private async build(s: ViewState): Promise<boolean> {
    const v = s.view;
    const cy = this.graph.cy;
    this.addedBy = new Map();
    this.messages.notice(null);
    try {
      let scene: Scene;
      if (v.kind === 'trace')
        scene = await traceScene(this.q, v.chain, s.lang, { width: cy.width(), height: cy.height() });
      else if (v.kind === 'paths') {
        this.pathEnds = { from: v.from, to: v.to };
        scene = await pathsScene(this.q, v.from, v.to, s.paths, s.lang, {
          width: cy.width(),
          height: cy.height(),
        });
      } else scene = await overviewScene(this.q, s.cluster, s.lang, cy.width() / Math.max(cy.height(), 1));
      this.scene = scene;
      this.graph.replace(scene.elements, scene.positions);
      this.kept.reset();
      this.base = new Set(scene.elements.map((e) => String(e.data.id)));
      if (scene.notice) this.messages.notice(t(s.lang, scene.notice.key, scene.notice.vars));
      if (v.kind === 'trace') $<HTMLSelectElement>('trace-select').value = v.chain;
      return true;
    } catch (e) {
      this.graph.replace([]);
      this.scene = null;
      this.built = null;
      const what: Key = v.kind === 'trace' ? 'whatTrace' : v.kind === 'paths' ? 'whatPath' : 'overview';
      this.messages.problem(e, what);
      return false;
    }
  }

  private cameraFor(id: string | null): 'keep' | 'reveal' {
    if (!id || !this.scene) return 'keep';
    if (this.scene.camera === 'reveal') return 'reveal';
    // A trace fits the screen; only a node outside it brings the camera.
    const n = this.graph.cy.getElementById(id);
    if (n.empty()) return 'keep';
    const p = n.renderedPosition();
    const inside = p.x >= 0 && p.y >= 0 && p.x <= this.graph.cy.width() && p.y <= this.graph.cy.height();
    return inside ? 'keep' : 'reveal';
  }

  /**
   * Adds `id`'s neighbours (and `id` when absent) around it. Unknown ids become a message and
   * leave the state. Existing nodes never move.
   */
  private async expandInto(id: string, includeSelf: boolean, limit = NEIGHBOUR_LIMIT): Promise<boolean> {
    let node: EntityRef & { relationships: RelationshipRef[] };
    try {
      ({ node } = await cachedGql<{ node: EntityRef & { relationships: RelationshipRef[] } }>(
        this.q.neighbours,
        { id },
      ));
    } catch (e) {
      const key: Key = this.state.selected === id && includeSelf ? 'whatSel' : 'whatExp';
      this.messages.problem(e, key, id);
      this.commit(
        {
          ...this.state,
          selected: this.state.selected === id ? null : this.state.selected,
          expanded: this.state.expanded.filter((x) => x !== id),
        },
        'replace',
      );
      return false;
    }
    const cy = this.graph.cy;
    const existing = new Set(cy.elements().map((e) => e.id()));
    const lang = this.state.lang;
    const all = neighbourElements(id, node.relationships, lang);
    const selfEl: ElementDefinition[] = cy.getElementById(id).empty()
      ? [nodeElement(refToNode(node), lang)]
      : [];
    const fresh = newElements(existing, all);
    const freshNodes = fresh.filter((e) => e.group === 'nodes');
    const shownNodes = freshNodes.slice(0, limit);
    const shownIds = new Set([...shownNodes.map((e) => String(e.data.id)), ...existing, id]);
    const edges = fresh.filter(
      (e) =>
        e.group === 'edges' && shownIds.has(String(e.data.source)) && shownIds.has(String(e.data.target)),
    );
    const centre = cy.getElementById(id).nonempty() ? cy.getElementById(id).position() : this.freeSpot();
    // New nodes go in at the centre, then where their measured boxes find room (graph-view.ts).
    const positions = new Map<string, Point>([
      [id, centre],
      ...shownNodes.map((e) => [String(e.data.id), centre] as const),
    ]);
    const edgeClass = this.state.view.kind === 'overview' ? '' : 'worded';
    this.graph.add(
      [...selfEl, ...shownNodes, ...edges.map((e) => ({ ...e, classes: edgeClass }))],
      positions,
    );
    this.graph.placeNew(
      id,
      shownNodes.map((e) => String(e.data.id)),
    );
    this.addedBy.set(id, [...(this.addedBy.get(id) ?? []), ...shownNodes.map((e) => String(e.data.id))]);
    const remaining = freshNodes.length - shownNodes.length;
    if (remaining > 0)
      this.messages.notice(t(lang, 'more', { n: remaining }), () => {
        void this.expandInto(id, false, Number.MAX_SAFE_INTEGER).then(() => {
          this.applyVisibility();
          this.relabel();
          this.renderTable();
        });
      });
    return true;
  }

  /** Somewhere right of everything, for a node that joins the view alone. */
  private freeSpot(): Point {
    const cy = this.graph.cy;
    if (cy.nodes().empty()) return { x: 0, y: 0 };
    const bb = cy.elements().boundingBox({});
    return { x: bb.x2 + 200, y: (bb.y1 + bb.y2) / 2 };
  }

  private async updateMembers(): Promise<void> {
    const { region, field } = this.state;
    const key = JSON.stringify([region, field]);
    if (key === this.membersFor) return;
    const load = async (id: string | null, what: Key): Promise<Set<string> | null> => {
      if (!id) return null;
      try {
        await cachedGql(this.q.exists, { id });
      } catch (e) {
        this.messages.problem(e, what, id);
        this.commit({ ...this.state, [what === 'whatRegion' ? 'region' : 'field']: null }, 'replace');
        return null;
      }
      try {
        return new Set(
          (await allMatching(this.q, { [what === 'whatRegion' ? 'region' : 'field']: id })).map((m) => m.id),
        );
      } catch (e) {
        // An id of another kind (region=uni:dlut): said, and the filter dropped, never thrown.
        this.messages.problem(e, what, id);
        this.commit({ ...this.state, [what === 'whatRegion' ? 'region' : 'field']: null }, 'replace');
        return null;
      }
    };
    this.members = { region: await load(region, 'whatRegion'), field: await load(field, 'whatField') };
    this.membersFor = JSON.stringify([this.state.region, this.state.field]);
  }

  private applyVisibility(): void {
    const cy = this.graph.cy;
    const nodes = cy
      .nodes()
      .filter(isEntity)
      .map((n) => ({
        id: n.id(),
        kind: n.data('kind') as Kind,
        status: String(n.data('status')),
        level: String(n.data('level')),
      }));
    const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
    const visible = visibleNodes(nodes, edges, this.state, this.members);
    this.graph.applyVisibility(visible, new Set(this.state.hidden));
    const n = this.state.hidden.length;
    $('hidden-bar').hidden = n === 0;
    $('hidden-count').textContent = t(this.state.lang, 'hiddenCount', { n });
  }

  /** A node's label in the state's language. */
  private labelOf(d: Record<string, unknown>): string {
    const lang = this.state.lang;
    if (typeof d.labelKey === 'string' && d.labelKey) return t(lang, d.labelKey as Key);
    // Wrapped and measured for this language (traces and paths are drawn anew per language).
    if (typeof d.wrapped === 'string') return d.wrapped;
    return lang === 'en' && typeof d.nameEn === 'string' && d.nameEn
      ? d.nameEn
      : typeof d.name === 'string'
        ? d.name
        : String(d.label);
  }

  private relabel(): void {
    const lang = this.state.lang;
    this.graph.relabel(
      (d) => this.labelOf(d),
      (d) => relWord(String(d.type), lang, (d.role as string | null) ?? null),
    );
  }

  // ---------- selection and the panel ----------

  /** A click, a search pick or a panel link: select (never expand, never relayout). */
  async select(id: string | null): Promise<void> {
    if (id === this.state.selected) return;
    // A new selection frees the camera: the last pan or zoom (in the URL) must not pin it,
    // or the panel describes a node off screen (issue 18). Deselecting keeps the view.
    await this.go({ ...this.state, selected: id, viewport: id ? null : this.state.viewport });
    if (id) this.announce(id);
  }

  async expand(id: string): Promise<void> {
    if (this.state.expanded.includes(id)) return;
    this.messages.busy(true);
    const ok = await this.expandInto(id, false);
    if (!ok) {
      this.messages.busy(false);
      return;
    }
    const next = { ...this.state, expanded: [...this.state.expanded, id], selected: id };
    this.built = graphKey(next);
    await this.go(next);
  }

  collapse(id: string): void {
    if (!this.state.expanded.includes(id)) return;
    const stillAdded = new Set([...this.addedBy].filter(([k]) => k !== id).flatMap(([, v]) => v));
    const cy = this.graph.cy;
    for (const m of this.addedBy.get(id) ?? [])
      if (!this.base.has(m) && !stillAdded.has(m) && m !== this.state.selected) cy.getElementById(m).remove();
    this.addedBy.delete(id);
    const next = { ...this.state, expanded: this.state.expanded.filter((x) => x !== id) };
    this.built = graphKey(next);
    void this.go(next);
  }

  /** Says the selection out loud (screen readers) and sends focus to its details. */
  private announce(id: string): void {
    const n = this.graph.cy.getElementById(id);
    const lang = this.state.lang;
    if (n.nonempty())
      $('announce').textContent = t(lang, 'selected', {
        name: plainLabel(n.data() as Record<string, unknown>),
        kind: kindWord(String(n.data('kind')), lang),
        n: n.neighborhood('node').filter(isShown).length,
      });
  }

  private describeGraph(): void {
    const { nodes, edges } = this.graph.shown();
    $('cy').setAttribute(
      'aria-label',
      t(this.state.lang, 'graphSummary', { nodes: nodes.length, edges: edges.length }),
    );
  }

  // ---------- table ----------

  private renderTable(): void {
    const table = this.state.mode === 'table';
    $('table-view').hidden = !table;
    $('cy').classList.toggle('under-table', table);
    $<HTMLButtonElement>('view-table').setAttribute('aria-pressed', String(table));
    if (!table) return;
    const { nodes, edges } = this.graph.shown();
    renderTable(
      $('table-view'),
      tableRows(nodes, edges),
      this.state.sort,
      this.state.lang,
      this.state.selected,
    );
  }

  renderControls(): void {
    renderControls(this);
  }

  messageAction(action: 'back' | 'dismiss'): void {
    this.messages.clear();
    // Pushed even when the state is already the initial one: the address bar still shows the bad link.
    if (action === 'back') {
      this.commit({ ...INITIAL, lang: this.state.lang }, 'push');
      void this.render();
    } else this.messages.showProblems();
  }

  private applyLanguage(): void {
    this.appliedLang = this.state.lang;
    applyLanguage(this.state);
  }
}

/** The filters: when they change, the camera fits what they keep. */
const filterKey = (s: ViewState): string =>
  JSON.stringify([s.hiddenKinds, s.statuses, s.levels, s.region, s.field, s.hidden]);
