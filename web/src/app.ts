/**
 * The explorer's conductor: holds the state, turns it into a scene (overview, trace, paths),
 * expansions, filters, selection and camera, and records every step in the URL. Each concern
 * lives in its own module; this one only sequences them.
 */
import type { ElementDefinition } from 'cytoscape';
import { ACTOR_KINDS, type Kind } from '../../src/ontology/ontology.js';
import { allMatching, ApiError, cachedGql, queries, type Queries } from './api.js';
import {
  kindOf,
  neighbourElements,
  newElements,
  nodeElement,
  refToNode,
  type EntityRef,
  type RelationshipRef,
} from './elements.js';
import { visibleNodes, visibleSubgraph, type Members } from './filters.js';
import { GraphView, type HoveredEdge } from './graph-view.js';
import { KeptLayout } from './kept-layout.js';
import { UrlHistory } from './history.js';
import { t, type Key, type Lang } from './i18n.js';
import { ringPositions, type Point } from './layouts.js';
import { overviewScene } from './overview.js';
import { esc, paint, renderDetails, type Details, type Reached } from './panel.js';
import { PageView } from './page-view.js';
import { pathsScene } from './paths-view.js';
import { renderHistory, type EntityHistory } from './plans.js';
import type { Scene } from './scene.js';
import { SearchBox } from './search.js';
import { applyLanguage, loadCharts, loadFilterChoices } from './side-pane.js';
import { graphKey, INITIAL, TABLE_COLUMNS, toggle, type BadParameter, type ViewState } from './state.js';
import { sortRows, tableRows, toCsv } from './table.js';
import { renderTable } from './table-view.js';
import { traceScene } from './trace-view.js';
import { kindWord, relWord, type Named } from './words.js';

/** Kinds (besides institutions) that have a printable brief. */
const BRIEFABLE: string[] = ['chain', 'industry', 'direction', 'region'];

/** New neighbours shown at once; the rest wait behind "Show more (N)". */
const NEIGHBOUR_LIMIT = 60;

// The page's elements are fixed in index.html; the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Problem {
  readonly text: string;
}

export class App {
  state: ViewState;
  readonly graph: GraphView;
  private readonly q: Queries = queries();
  private readonly history: UrlHistory;
  private docs = new Map<string, Named>();
  /** What the graph holds now (graphKey of the state it was built for). */
  private built: string | null = null;
  private scene: Scene | null = null;
  /** Nodes of the scene itself: collapsing never removes them. */
  private base = new Set<string>();
  /** Nodes each expansion added, to collapse exactly those. */
  private addedBy = new Map<string, string[]>();
  private members: Members = { region: null, field: null };
  private membersFor = '';
  private pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
  private renders = 0;
  private problems: Problem[] = [];
  private appliedLang: Lang | null = null;
  /** The filters the camera last fitted. */
  private filtersFitted = '';
  private hovered: HoveredEdge | null = null;
  private readonly pages: PageView;
  private readonly kept: KeptLayout;

  constructor() {
    this.history = new UrlHistory((s) => void this.restore(s));
    const { state, bad } = this.history.read();
    this.state = state;
    this.problems = bad.length > 0 ? [{ text: badText(bad, state.lang) }] : [];
    this.graph = new GraphView($('cy'), {
      onTap: (id) => void this.select(id),
      onDoubleTap: (id) => void this.expand(id),
      onViewport: (v) => this.commit({ ...this.state, viewport: v }),
      onEdgeHover: (edge, at) => this.tooltip(edge, at),
    });
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
      problem: (e, id) => this.problem(e, 'whatPage', id),
    });
    this.wire();
  }

  async start(): Promise<void> {
    this.busy(true);
    $('panel-body').innerHTML = `<p class="muted">${esc(t(this.state.lang, 'empty'))}</p>`;
    // The URL as read, minus what could not be used.
    history.replaceState(null, '', location.pathname + location.search);
    void this.loadDocs();
    await this.render();
  }

  // ---------- state ----------

  /** Records a state (push or replace, by what changed) without redrawing. */
  private commit(next: ViewState, force?: 'push' | 'replace'): void {
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
    this.problems = [];
    await this.render();
  }

  // ---------- drawing ----------

  private async render(): Promise<void> {
    const mine = ++this.renders;
    const stale = (): boolean => mine !== this.renders;
    this.busy(true);
    // A tooltip belongs to the picture it was shown on: a redraw or a language switch ends it.
    this.tooltip(null, { x: 0, y: 0 });
    try {
      const s = this.state;
      // Also after Back or Forward across a language switch.
      if (s.lang !== this.appliedLang) {
        this.applyLanguage();
        // Side parts: a failure leaves them empty and is said, never an unhandled error.
        const side = (e: unknown): void => {
          this.problem(e, 'overview');
          this.showProblems();
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
        if (rebuilt || refit || moved || this.scene?.camera === 'keep') this.graph.fit();
        if (this.cameraFor(sel) === 'reveal') this.graph.select(sel, 'reveal');
      }
      this.graph.setFocus(this.state.focus, sel);
      await this.showDetails();
      if (stale()) return;
      this.renderControls();
      this.renderTable();
      await this.pages.render(this.state);
      if (stale()) return;
      this.describeGraph();
    } finally {
      if (!stale()) {
        this.busy(false);
        this.showProblems();
        document.body.dataset.ready = 'true';
      }
    }
  }

  /** Builds the scene of the state's view; false (and a message) when it cannot be drawn. */
  private async build(s: ViewState): Promise<boolean> {
    const v = s.view;
    const cy = this.graph.cy;
    this.addedBy = new Map();
    this.notice(null);
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
      if (scene.notice) this.notice(t(s.lang, scene.notice.key, scene.notice.vars));
      if (v.kind === 'trace') $<HTMLSelectElement>('trace-select').value = v.chain;
      return true;
    } catch (e) {
      this.graph.replace([]);
      this.scene = null;
      this.built = null;
      const what: Key = v.kind === 'trace' ? 'whatTrace' : v.kind === 'paths' ? 'whatPath' : 'overview';
      this.problem(e, what);
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
      this.problem(e, key, id);
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
    const positions = new Map<string, Point>([[id, centre]]);
    ringPositions(centre, shownNodes.length).forEach((p, i) => {
      const el = shownNodes[i];
      if (el) positions.set(String(el.data.id), p);
    });
    const edgeClass = this.state.view.kind === 'overview' ? '' : 'worded';
    this.graph.add(
      [...selfEl, ...shownNodes, ...edges.map((e) => ({ ...e, classes: edgeClass }))],
      positions,
    );
    this.addedBy.set(id, [...(this.addedBy.get(id) ?? []), ...shownNodes.map((e) => String(e.data.id))]);
    const remaining = freshNodes.length - shownNodes.length;
    if (remaining > 0)
      this.notice(t(lang, 'more', { n: remaining }), () => {
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
        this.problem(e, what, id);
        this.commit({ ...this.state, [what === 'whatRegion' ? 'region' : 'field']: null }, 'replace');
        return null;
      }
      return new Set(
        (await allMatching(this.q, { [what === 'whatRegion' ? 'region' : 'field']: id })).map((m) => m.id),
      );
    };
    this.members = { region: await load(region, 'whatRegion'), field: await load(field, 'whatField') };
    this.membersFor = JSON.stringify([this.state.region, this.state.field]);
  }

  private applyVisibility(): void {
    const cy = this.graph.cy;
    const nodes = cy
      .nodes()
      .filter((n) => !n.hasClass('cluster') && !n.hasClass('heading'))
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
    this.busy(true);
    const ok = await this.expandInto(id, false);
    if (!ok) {
      this.busy(false);
      return;
    }
    const next = { ...this.state, expanded: [...this.state.expanded, id], selected: id };
    this.built = graphKey(next);
    await this.go(next);
  }

  private collapse(id: string): void {
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

  private async showDetails(): Promise<void> {
    const id = this.state.selected;
    const body = $('panel-body');
    if (!id) {
      body.innerHTML = `<p class="muted">${esc(t(this.state.lang, 'empty'))}</p>`;
      delete body.dataset.entity;
      return;
    }
    try {
      const { node } = await cachedGql<{ node: Details }>(this.q.details, { id });
      let reach: Reached[] | null = null;
      const history = cachedGql<{ history: EntityHistory }>(this.q.history, { id }).catch(() => null);
      if ((ACTOR_KINDS as string[]).includes(kindOf(node.kind))) {
        const r = await cachedGql<{ institutionReach: { chains: Reached[] } }>(this.q.reach, { id });
        reach = r.institutionReach.chains;
      }
      const h = await history;
      if (this.state.selected !== id) return;
      const kind = kindOf(node.kind);
      body.innerHTML =
        renderDetails(
          node,
          {
            lang: this.state.lang,
            docs: this.docs,
            expanded: this.state.expanded.includes(id),
            hidden: this.state.hidden.includes(id),
            avoided: this.state.paths.exclude.includes(id),
            briefable: BRIEFABLE.includes(kind) || (ACTOR_KINDS as string[]).includes(kind),
          },
          reach,
        ) +
        (h
          ? `<h3 id="history-title">${esc(t(this.state.lang, 'history'))}</h3><div class="panel-history" aria-labelledby="history-title">${renderHistory(h.history, this.state.lang)}</div>`
          : '');
      paint(body);
      body.dataset.entity = id;
    } catch (e) {
      body.textContent = t(this.state.lang, 'error', { msg: e instanceof ApiError ? e.message : String(e) });
    }
  }

  /** Says the selection out loud (screen readers) and sends focus to its details. */
  private announce(id: string): void {
    const n = this.graph.cy.getElementById(id);
    const lang = this.state.lang;
    if (n.nonempty())
      $('announce').textContent = t(lang, 'selected', {
        name: String(n.data('label')),
        kind: kindWord(String(n.data('kind')), lang),
        n: n.neighborhood('node:visible').length,
      });
  }

  // ---------- messages ----------

  private problem(e: unknown, what: Key, id?: string): void {
    const lang = this.state.lang;
    const apiId = e instanceof ApiError ? id : undefined;
    const text =
      e instanceof ApiError && e.code === 'NOT_FOUND'
        ? t(lang, 'unknownId', { what: t(lang, what), id: apiId ?? idOfView(this.state) })
        : t(lang, 'error', { msg: e instanceof Error ? e.message : String(e) });
    this.problems.push({ text });
  }

  private showProblems(): void {
    const box = $('message');
    if (this.problems.length === 0) {
      box.hidden = true;
      return;
    }
    const lang = this.state.lang;
    box.hidden = false;
    box.innerHTML =
      `<ul>${this.problems.map((p) => `<li>${esc(p.text)}</li>`).join('')}</ul>` +
      `<button type="button" data-message="back">${esc(t(lang, 'back'))}</button> ` +
      `<button type="button" data-message="dismiss">${esc(t(lang, 'dismiss'))}</button>`;
  }

  private notice(text: string | null, action?: () => void): void {
    const el = $('notice');
    el.hidden = text === null;
    el.textContent = text ?? '';
    if (action) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t(this.state.lang, 'loadMore');
      b.addEventListener('click', () => {
        el.hidden = true;
        action();
      });
      el.append(' ', b);
    }
  }

  private busy(on: boolean): void {
    $('spinner').hidden = !on;
    $('graph').setAttribute('aria-busy', String(on));
    if (on) document.body.dataset.ready = 'false';
  }

  private tooltip(edge: HoveredEdge | null, at: Point): void {
    const tip = $('tip');
    this.hovered = edge;
    if (!edge) {
      tip.hidden = true;
      return;
    }
    const lang = this.state.lang;
    // Overview and path edges come without their reason: ask for it, then say it.
    if (edge.basis === 'inferred' && !edge.reason)
      void cachedGql<{
        node: { relationships: { basis: string; reason?: string | null; node: { id: string } }[] };
      }>(this.q.reason, { id: edge.source, type: edge.type })
        .then(({ node }) => {
          const reason = node.relationships.find((r) => r.node.id === edge.target)?.reason ?? null;
          if (reason && this.hovered === edge) this.tooltip({ ...edge, reason }, at);
        })
        .catch(() => undefined);
    tip.textContent =
      edge.basis === 'inferred'
        ? `${edge.word} · ${t(lang, 'inferredWhy', { why: edge.reason ?? '' })}`
        : `${edge.word} · ${t(lang, 'stated')}`;
    tip.style.left = `${at.x + 12}px`;
    tip.style.top = `${at.y + 12}px`;
    tip.hidden = false;
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

  // ---------- controls ----------

  private wire(): void {
    $('view-overview').addEventListener(
      'click',
      () =>
        void this.go({
          ...this.state,
          view: { kind: 'overview' },
          expanded: [],
          selected: null,
          viewport: null,
        }),
    );
    $<HTMLSelectElement>('trace-select').addEventListener('change', (e) => {
      const chain = (e.target as HTMLSelectElement).value;
      if (chain)
        void this.go({
          ...this.state,
          view: { kind: 'trace', chain },
          expanded: [],
          selected: chain,
          viewport: null,
        });
    });
    $<HTMLSelectElement>('group-select').addEventListener('change', (e) => {
      const cluster = (e.target as HTMLSelectElement).value as ViewState['cluster'];
      void this.go({ ...this.state, cluster, viewport: null });
    });
    $('view-table').addEventListener(
      'click',
      () => void this.go({ ...this.state, mode: this.state.mode === 'table' ? 'graph' : 'table' }),
    );
    $('focus').addEventListener('click', () => void this.go({ ...this.state, focus: !this.state.focus }));
    $('lang').addEventListener('click', () => {
      void this.go({ ...this.state, lang: this.state.lang === 'zh' ? 'en' : 'zh' });
    });
    $('export-png').addEventListener('click', () =>
      download(this.graph.png($<HTMLInputElement>('png-whole').checked), 'innograph.png'),
    );
    $('share').addEventListener('click', () => {
      const url = location.href;
      const status = $('share-status');
      const said = (): void => {
        status.hidden = false;
        status.textContent = t(this.state.lang, 'shared', { url });
      };
      // The link is said on the page in any case: a clipboard may be refused.
      said();
      try {
        void navigator.clipboard.writeText(url).catch(() => undefined);
      } catch {
        // No clipboard here (an insecure origin): the link on the page is enough.
      }
    });
    $('export-json').addEventListener('click', () => {
      const { nodes, edges } = this.graph.shown();
      const visible = new Set(nodes.map((n) => n.id));
      const sub = visibleSubgraph(nodes, edges, visible);
      download(
        new Blob([JSON.stringify({ nodes: sub.nodes, edges: sub.edges }, null, 2)], {
          type: 'application/json',
        }),
        'innograph.json',
      );
    });
    $('table-view').addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const sort = target.closest<HTMLElement>('[data-sort]')?.dataset.sort;
      if (sort) {
        const column = sort as ViewState['sort']['column'];
        const descending = this.state.sort.column === column ? !this.state.sort.descending : false;
        void this.go({ ...this.state, sort: { column, descending } }).then(() =>
          document.querySelector<HTMLElement>(`#table-view [data-sort="${column}"]`)?.focus(),
        );
        return;
      }
      if (target.closest('#export-csv')) {
        const { nodes, edges } = this.graph.shown();
        const rows = tableRows(nodes, edges);
        const { column, descending } = this.state.sort;
        download(
          new Blob(
            [toCsv(sortRows(rows, column, descending, this.state.lang), TABLE_COLUMNS, this.state.lang)],
            {
              type: 'text/csv;charset=utf-8',
            },
          ),
          'innograph.csv',
        );
        return;
      }
      const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
      if (goto) void this.select(goto);
    });
    $('path-run').addEventListener('click', () => {
      const { from, to } = this.pathEnds;
      if (from && to && from !== to)
        void this.go({
          ...this.state,
          view: { kind: 'paths', from, to },
          expanded: [],
          selected: null,
          viewport: null,
        });
    });
    $('path-options').addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      const key = box.dataset.option as 'regions' | 'placeholders' | undefined;
      if (key) void this.go({ ...this.state, paths: { ...this.state.paths, [key]: box.checked } });
    });
    $('path-avoided').addEventListener('click', (e) => {
      const id = (e.target as HTMLElement).closest<HTMLElement>('[data-unavoid]')?.dataset.unavoid;
      if (id)
        void this.go({
          ...this.state,
          paths: { ...this.state.paths, exclude: this.state.paths.exclude.filter((x) => x !== id) },
        });
    });
    $<HTMLSelectElement>('field-filter').addEventListener('change', (e) => {
      void this.go({ ...this.state, field: (e.target as HTMLSelectElement).value || null });
    });
    $<HTMLSelectElement>('region-filter').addEventListener('change', (e) => {
      void this.go({ ...this.state, region: (e.target as HTMLSelectElement).value || null });
    });
    $('legend').addEventListener('change', (e) => {
      const kind = (e.target as HTMLInputElement).dataset.kind as Kind | undefined;
      if (kind) void this.go({ ...this.state, hiddenKinds: toggle(this.state.hiddenKinds, kind) });
    });
    for (const [el, key] of [
      ['status-filter', 'statuses'],
      ['level-filter', 'levels'],
    ] as const)
      $(el).addEventListener('change', (e) => {
        const v = (e.target as HTMLInputElement).dataset.value;
        if (v) void this.go({ ...this.state, [key]: toggle(this.state[key] as readonly string[], v) });
      });
    $('unhide').addEventListener('click', () => void this.go({ ...this.state, hidden: [] }));
    $('message').addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-message]')?.dataset.message;
      if (!action) return;
      this.problems = [];
      // Pushed even when the state is already the initial one: the address bar still shows the bad link.
      if (action === 'back') {
        this.commit({ ...INITIAL, lang: this.state.lang }, 'push');
        void this.render();
      } else this.showProblems();
    });
    $('panel-body').addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
      if (goto) {
        // Keyboard walk: after the step, focus lands on the new node's name, not the page top.
        void this.select(goto).then(() => $('panel-title').focus());
        return;
      }
      const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
      const id = $('panel-body').dataset.entity;
      if (!action || !id) return;
      if (action === 'expand') void this.expand(id);
      if (action === 'history') void this.go({ ...this.state, page: { kind: 'history', id } });
      if (action === 'brief') void this.go({ ...this.state, page: { kind: 'brief', id } });
      if (action === 'collapse') this.collapse(id);
      if (action === 'hide')
        void this.go({ ...this.state, hidden: [...this.state.hidden, id], selected: null, focus: false });
      if (action === 'path-from' || action === 'path-to') {
        this.pathEnds = { ...this.pathEnds, [action === 'path-from' ? 'from' : 'to']: id };
        this.renderControls();
      }
      if (action === 'path-avoid')
        // An avoided node leaves the paths: it cannot stay selected in them.
        void this.go({
          ...this.state,
          selected: this.state.selected === id ? null : this.state.selected,
          paths: { ...this.state.paths, exclude: toggle(this.state.paths.exclude, id) },
        });
    });
    $('toggle-side').addEventListener('click', () => togglePane('side', 'toggle-side'));
    $('toggle-panel').addEventListener('click', () => togglePane('panel', 'toggle-panel'));
  }

  /** Controls that mirror the state: checkboxes, selects, path ends. */
  private renderControls(): void {
    const lang = this.state.lang;
    const s = this.state;
    $('legend')
      .querySelectorAll<HTMLInputElement>('input[data-kind]')
      .forEach((b) => (b.checked = !s.hiddenKinds.includes(b.dataset.kind as Kind)));
    $('status-filter')
      .querySelectorAll<HTMLInputElement>('input')
      .forEach((b) => (b.checked = (s.statuses as readonly string[]).includes(b.dataset.value ?? '')));
    $('level-filter')
      .querySelectorAll<HTMLInputElement>('input')
      .forEach((b) => (b.checked = (s.levels as readonly string[]).includes(b.dataset.value ?? '')));
    $<HTMLSelectElement>('region-filter').value = s.region ?? '';
    $<HTMLSelectElement>('field-filter').value = s.field ?? '';
    $<HTMLSelectElement>('group-select').value = s.cluster;
    $<HTMLSelectElement>('trace-select').value = s.view.kind === 'trace' ? s.view.chain : '';
    $('focus').setAttribute('aria-pressed', String(s.focus));
    $('view-overview').setAttribute('aria-pressed', String(s.view.kind === 'overview'));
    $<HTMLSelectElement>('group-select').disabled = s.view.kind !== 'overview';
    $('path-options')
      .querySelectorAll<HTMLInputElement>('input[data-option]')
      .forEach((b) => (b.checked = s.paths[b.dataset.option as 'regions' | 'placeholders']));
    const name = (id: string | null): string => {
      if (!id) return '—';
      const n = this.graph.cy.getElementById(id);
      return n.nonempty() ? String(n.data('label')) : id;
    };
    $('path-ends').textContent = t(lang, 'pathEnds', {
      from: name(this.pathEnds.from),
      to: name(this.pathEnds.to),
    });
    $<HTMLButtonElement>('path-run').disabled = !(
      this.pathEnds.from &&
      this.pathEnds.to &&
      this.pathEnds.from !== this.pathEnds.to
    );
    $('path-avoided').innerHTML =
      s.paths.exclude.length === 0
        ? ''
        : `${esc(t(lang, 'avoided'))} ` +
          s.paths.exclude
            .map(
              (id) =>
                `<button type="button" class="chip" data-unavoid="${esc(id)}" aria-label="${esc(t(lang, 'unavoid', { name: name(id) }))}">${esc(name(id))} ✕</button>`,
            )
            .join(' ');
  }

  private applyLanguage(): void {
    this.appliedLang = this.state.lang;
    applyLanguage(this.state);
  }

  private async loadDocs(): Promise<void> {
    try {
      const { entities } = await cachedGql<{ entities: { nodes: (Named & { id: string })[] } }>(
        this.q.documents,
      );
      this.docs = new Map(entities.nodes.map((d) => [d.id, d]));
    } catch {
      // Citations then show document ids: still correct, only less friendly.
    }
  }
}

/** The filters: when they change, the camera fits what they keep. */
const filterKey = (s: ViewState): string =>
  JSON.stringify([s.hiddenKinds, s.statuses, s.levels, s.region, s.field, s.hidden]);

function idOfView(s: ViewState): string {
  return s.view.kind === 'trace'
    ? s.view.chain
    : s.view.kind === 'paths'
      ? `${s.view.from}, ${s.view.to}`
      : '';
}

function badText(bad: BadParameter[], lang: Lang): string {
  return t(lang, 'badParam', {
    list: bad.map((b) => `${b.name}=${b.value}`).join(lang === 'zh' ? '；' : '; '),
  });
}

function togglePane(id: string, button: string): void {
  const open = document.body.classList.toggle(`${id}-open`);
  $(button).setAttribute('aria-expanded', String(open));
}

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Freed late: a busy machine may take seconds to save the file (issue 9, D21).
  setTimeout(() => URL.revokeObjectURL(a.href), 120_000);
}
