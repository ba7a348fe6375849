/**
 * innograph's network explorer: Cytoscape.js over the GraphQL API. State lives in the URL
 * (state.ts); data shaping is pure (elements.ts); this module wires the page.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { ACTOR_KINDS, LEVELS, STATUSES } from '../../src/ontology/ontology.js';
import { ApiError, gql, Q, type Subgraph } from './api.js';
import { coverageChart, regionChart, type ChainRow, type RegionRow } from './charts.js';
import { kindOf, newElements, subgraphElements, traceElements } from './elements.js';
import { t, translate, type Lang } from './i18n.js';
import { legendEntries, stylesheet } from './legend.js';
import { renderDetails, type Details } from './panel.js';
import { decodeState, encodeState, toggle, type ViewState } from './state.js';
import './style.css';

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Past this many nodes an expansion asks first instead of freezing the tab. */
const NODE_CAP = 1500;
const NEIGHBOUR_LIMIT = 60;

// The page's elements are fixed in index.html; the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

class Explorer {
  private state: ViewState = decodeState(location.search);
  readonly cy: Core;
  private pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
  /** Ids allowed by the region and field filters (null: no such filter). */
  private members: { region: Set<string> | null; field: Set<string> | null } = { region: null, field: null };

  constructor() {
    this.cy = cytoscape({
      container: $('cy'),
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // Big graphs: skip drawing edges and labels while panning/zooming.
      hideEdgesOnViewport: true,
      textureOnViewport: true,
    });
    this.cy.on('tap', 'node', (e) => void this.select((e.target as NodeSingular).id(), true));
    this.wireControls();
  }

  async start(): Promise<void> {
    this.applyLanguage();
    $('panel').innerHTML = `<p class="muted">${t(this.state.lang, 'empty')}</p>`;
    void this.loadCharts();
    await this.loadRegions();
    await this.renderView();
  }

  // ---------- views ----------

  private async renderView(): Promise<void> {
    this.notice(t(this.state.lang, 'loading'));
    const v = this.state.view;
    this.cy.elements().remove();
    if (v.kind === 'trace') await this.showTrace(v.chain);
    else if (v.kind === 'paths') await this.showPaths(v.from, v.to);
    else await this.showOverview();
    for (const id of this.state.expanded) await this.expand(id, false);
    this.applyFilters();
    if (this.state.selected) await this.select(this.state.selected, false);
    this.notice(null);
    document.body.dataset.ready = 'true';
  }

  private async showOverview(): Promise<void> {
    const { overview } = await gql<{ overview: Subgraph }>(Q.overview);
    this.cy.add(scatter(subgraphElements(overview)));
    await this.layout('fcose', true);
  }

  private async showTrace(chain: string): Promise<void> {
    const { traceChain } = await gql<{ traceChain: Parameters<typeof traceElements>[0] }>(Q.trace, {
      id: chain,
    });
    this.cy.add(scatter(traceElements(traceChain)));
    $<HTMLSelectElement>('trace-select').value = chain;
    await this.layout('dagre', true);
  }

  private async showPaths(from: string, to: string): Promise<void> {
    const { paths } = await gql<{ paths: Subgraph[] }>(Q.paths, { from, to });
    if (paths.length === 0) {
      this.notice(t(this.state.lang, 'noPath'));
      return;
    }
    this.cy.add(
      newElements(
        new Set(),
        paths.flatMap((p) => subgraphElements(p)),
      ),
    );
    this.cy.elements().addClass('path');
    await this.layout('dagre', true);
  }

  private layout(name: 'fcose' | 'dagre', randomize: boolean): Promise<void> {
    const options =
      name === 'dagre'
        ? { name, rankDir: 'LR', nodeSep: 12, rankSep: 120, animate: false, fit: true }
        : {
            name,
            randomize,
            animate: !randomize,
            animationDuration: 400,
            fit: randomize,
            quality: 'default',
            nodeRepulsion: 6000,
            idealEdgeLength: 60,
            packComponents: true,
          };
    return new Promise((resolve) => {
      const l = this.cy.layout(options);
      l.one('layoutstop', () => resolve());
      l.run();
    });
  }

  // ---------- selection, expansion ----------

  private async select(id: string, expand: boolean): Promise<void> {
    let node = this.cy.getElementById(id);
    if (node.empty()) {
      await this.expand(id, false, true);
      node = this.cy.getElementById(id);
    } else if (expand) await this.expand(id, true);
    this.cy.$(':selected').unselect();
    if (node.nonempty()) {
      node.select();
      this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
    }
    this.setState({ ...this.state, selected: id });
    await this.showDetails(id);
  }

  /** Adds the neighbours of `id` (and `id` itself when absent), then relayouts softly. */
  private async expand(
    id: string,
    record: boolean,
    includeSelf = false,
    limit = NEIGHBOUR_LIMIT,
  ): Promise<void> {
    if (this.cy.nodes().length >= NODE_CAP) {
      this.notice(`${t(this.state.lang, 'more')} (${NODE_CAP})`);
      return;
    }
    const { neighbourhood } = await gql<{ neighbourhood: Subgraph }>(Q.neighbourhood, { id, limit });
    const existing = new Set(this.cy.elements().map((e) => e.id()));
    const add = newElements(existing, subgraphElements(neighbourhood));
    const centre = this.cy.getElementById(id);
    const at = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    // New nodes start around the expanded one, so the layout only nudges the rest.
    for (const el of add)
      if (el.group === 'nodes')
        el.position = { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 };
    if (add.length > 0 || includeSelf) {
      this.cy.add(add);
      this.applyFilters();
      await this.layout('fcose', false);
    }
    if (neighbourhood.truncated)
      this.notice(t(this.state.lang, 'more'), () => void this.expand(id, false, false, 500));
    if (record && !this.state.expanded.includes(id))
      this.setState({ ...this.state, expanded: [...this.state.expanded, id] });
  }

  /** Removes the neighbours that only this node holds in the view. */
  private collapse(id: string): void {
    const n = this.cy.getElementById(id);
    n.neighborhood()
      .nodes()
      .filter((m) => m.degree(false) === 1)
      .remove();
    this.setState({ ...this.state, expanded: this.state.expanded.filter((x) => x !== id) });
  }

  private async showDetails(id: string): Promise<void> {
    const panel = $('panel');
    try {
      const { node } = await gql<{ node: Details }>(Q.details, { id });
      let reach: { id: string; name: string }[] | null = null;
      if ((ACTOR_KINDS as string[]).includes(kindOf(node.kind))) {
        const r = await gql<{ institutionReach: { chains: { target: { id: string; name: string } }[] } }>(
          Q.reach,
          { id },
        );
        reach = r.institutionReach.chains.map((c) => c.target);
      }
      panel.innerHTML = renderDetails(node, this.state.lang, reach);
      panel.dataset.entity = id;
    } catch (e) {
      panel.textContent = t(this.state.lang, 'error', { msg: e instanceof ApiError ? e.message : String(e) });
    }
  }

  // ---------- filters ----------

  private applyFilters(): void {
    const { hiddenKinds, statuses, levels } = this.state;
    const { region, field } = this.members;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const hidden =
          (hiddenKinds as string[]).includes(n.data('kind') as string) ||
          !(statuses as string[]).includes(n.data('status') as string) ||
          !(levels as string[]).includes(n.data('level') as string) ||
          (region !== null && !region.has(n.id()) && n.id() !== this.state.region) ||
          (field !== null && !field.has(n.id()) && n.id() !== this.state.field);
        n.toggleClass('filtered', hidden);
      });
    });
  }

  /** Every entity matching an API filter, all pages. */
  private async allMatching(filter: Record<string, unknown>): Promise<{ id: string; name: string }[]> {
    const out: { id: string; name: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const r: {
        entities: {
          nodes: { id: string; name: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await gql(Q.members, { filter, after });
      out.push(...r.entities.nodes);
      if (!r.entities.pageInfo.hasNextPage) return out;
      after = r.entities.pageInfo.endCursor;
    }
  }

  private async setMemberFilter(key: 'region' | 'field', id: string | null): Promise<void> {
    this.members = {
      ...this.members,
      [key]: id ? new Set((await this.allMatching({ [key]: id })).map((e) => e.id)) : null,
    };
    this.setState({ ...this.state, [key]: id });
    this.applyFilters();
  }

  // ---------- controls ----------

  private wireControls(): void {
    const input = $<HTMLInputElement>('search-input');
    const results = $<HTMLUListElement>('search-results');
    let timer = 0;
    input.addEventListener('input', () => {
      // Results of the previous text are stale now: never let Enter pick one of them.
      results.hidden = true;
      results.innerHTML = '';
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void this.suggest(input.value), 200);
    });
    input.addEventListener('keydown', (e) => {
      const items = [...results.querySelectorAll<HTMLLIElement>('li')];
      const current = items.findIndex((li) => li.getAttribute('aria-selected') === 'true');
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next =
          items[(current + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % Math.max(items.length, 1)];
        items.forEach((li) => li.setAttribute('aria-selected', String(li === next)));
      } else if (e.key === 'Enter') {
        const li = items[current] ?? items[0];
        if (li?.dataset.id) this.choose(li.dataset.id);
      } else if (e.key === 'Escape') results.hidden = true;
    });
    results.addEventListener('click', (e) => {
      const li = (e.target as HTMLElement).closest('li');
      if (li?.dataset.id) this.choose(li.dataset.id);
    });

    $('view-overview').addEventListener('click', () =>
      this.go({ ...this.state, view: { kind: 'overview' }, expanded: [], selected: null }),
    );
    $<HTMLSelectElement>('trace-select').addEventListener('change', (e) => {
      const chain = (e.target as HTMLSelectElement).value;
      if (chain) this.go({ ...this.state, view: { kind: 'trace', chain }, expanded: [], selected: chain });
    });
    $('lang').addEventListener('click', () => {
      this.setState({ ...this.state, lang: this.state.lang === 'zh' ? 'en' : 'zh' });
      this.applyLanguage();
      void this.loadCharts();
      const sel = this.state.selected;
      if (sel) void this.showDetails(sel);
    });
    $('export-png').addEventListener('click', () => {
      const png = this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' });
      download(png, 'innograph.png');
    });
    $('export-json').addEventListener('click', () => {
      const visible = this.cy.elements().not('.filtered').jsons();
      download(
        new Blob([JSON.stringify({ elements: visible }, null, 2)], { type: 'application/json' }),
        'innograph.json',
      );
    });
    $('path-run').addEventListener('click', () => {
      const { from, to } = this.pathEnds;
      if (from && to)
        this.go({ ...this.state, view: { kind: 'paths', from, to }, expanded: [], selected: null });
    });
    $<HTMLSelectElement>('field-filter').addEventListener(
      'change',
      (e) => void this.setMemberFilter('field', (e.target as HTMLSelectElement).value || null),
    );
    $<HTMLSelectElement>('region-filter').addEventListener(
      'change',
      (e) => void this.setMemberFilter('region', (e.target as HTMLSelectElement).value || null),
    );

    $('panel').addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
      if (goto) return void this.select(goto, false);
      const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
      const id = $('panel').dataset.entity;
      if (!action || !id) return;
      if (action === 'expand') void this.expand(id, true);
      if (action === 'collapse') this.collapse(id);
      if (action === 'hide') this.cy.getElementById(id).remove();
      if (action === 'path-from' || action === 'path-to') {
        this.pathEnds = { ...this.pathEnds, [action === 'path-from' ? 'from' : 'to']: id };
        this.renderPathEnds();
      }
    });
  }

  private choose(id: string): void {
    $('search-results').hidden = true;
    void this.select(id, false);
  }

  private async suggest(text: string): Promise<void> {
    const results = $<HTMLUListElement>('search-results');
    if (text.trim() === '') {
      results.hidden = true;
      return;
    }
    try {
      const { search } = await gql<{
        search: { entity: { id: string; name: string; kind: string; aliases: string[] } }[];
      }>(Q.search, { text: text.slice(0, 200) });
      if ($<HTMLInputElement>('search-input').value !== text) return; // typed on meanwhile
      const entries = legendEntries(this.state.lang);
      results.innerHTML = search
        .map(({ entity: e }) => {
          const kind = entries.find((k) => k.kind === kindOf(e.kind));
          return `<li role="option" aria-selected="false" data-id="${e.id}" tabindex="-1"><span class="dot" style="background:${kind?.color ?? '#999'}"></span>${escapeHtml(e.name)} <small>${escapeHtml(kind?.label ?? '')}</small></li>`;
        })
        .join('');
      results.hidden = search.length === 0;
    } catch {
      results.hidden = true;
    }
  }

  private renderPathEnds(): void {
    const name = (id: string | null): string =>
      id ? String(this.cy.getElementById(id).data('label') ?? id) : '—';
    $('path-ends').textContent = t(this.state.lang, 'pathEnds', {
      from: name(this.pathEnds.from),
      to: name(this.pathEnds.to),
    });
    $<HTMLButtonElement>('path-run').disabled = !(
      this.pathEnds.from &&
      this.pathEnds.to &&
      this.pathEnds.from !== this.pathEnds.to
    );
  }

  private applyLanguage(): void {
    const lang: Lang = this.state.lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    translate(document, lang);
    $('lang').textContent = lang === 'zh' ? 'EN' : '中文';
    const legend = $('legend');
    legend.innerHTML = legendEntries(lang)
      .map(
        (e) =>
          `<li><label><input type="checkbox" data-kind="${e.kind}" ${this.state.hiddenKinds.includes(e.kind) ? '' : 'checked'}>` +
          `<span class="swatch shape-${e.shape}" style="background:${e.color}"></span>${escapeHtml(e.label)}</label></li>`,
      )
      .join('');
    legend.querySelectorAll<HTMLInputElement>('input').forEach((box) =>
      box.addEventListener('change', () => {
        const kind = box.dataset.kind as ViewState['hiddenKinds'][number];
        this.setState({ ...this.state, hiddenKinds: toggle(this.state.hiddenKinds, kind) });
        this.applyFilters();
      }),
    );
    const checks = <T extends string>(
      el: string,
      values: readonly T[],
      current: readonly T[],
      key: 'statuses' | 'levels',
    ): void => {
      $(el).innerHTML = values
        .map(
          (v) =>
            `<label><input type="checkbox" data-value="${v}" ${current.includes(v) ? 'checked' : ''}>${escapeHtml(t(lang, v as 'existing'))}</label>`,
        )
        .join('');
      $(el)
        .querySelectorAll<HTMLInputElement>('input')
        .forEach((box) =>
          box.addEventListener('change', () => {
            this.setState({
              ...this.state,
              [key]: toggle(this.state[key] as readonly string[], box.dataset.value ?? ''),
            });
            this.applyFilters();
          }),
        );
    };
    checks('status-filter', STATUSES, this.state.statuses, 'statuses');
    checks('level-filter', LEVELS, this.state.levels, 'levels');
    this.renderPathEnds();
  }

  private async loadCharts(): Promise<void> {
    const [{ chainCoverage }, { regionSummary }] = await Promise.all([
      gql<{ chainCoverage: ChainRow[] }>(Q.chains),
      gql<{ regionSummary: RegionRow[] }>(Q.regions),
    ]);
    $('chart-coverage').innerHTML = coverageChart(chainCoverage, this.state.lang);
    $('chart-regions').innerHTML = regionChart(regionSummary, this.state.lang);
    const select = $<HTMLSelectElement>('trace-select');
    const first = select.options[0]?.outerHTML ?? '';
    select.innerHTML =
      first +
      [...chainCoverage]
        .sort((a, b) => b.platformCount - a.platformCount || a.chain.name.localeCompare(b.chain.name, 'zh'))
        .map((c) => `<option value="${c.chain.id}">${escapeHtml(c.chain.name)} (${c.platformCount})</option>`)
        .join('');
    translate(select, this.state.lang);
    if (this.state.view.kind === 'trace') select.value = this.state.view.chain;
  }

  private async loadRegions(): Promise<void> {
    const { regionSummary } = await gql<{ regionSummary: RegionRow[] }>(Q.regions);
    const select = $<HTMLSelectElement>('region-filter');
    select.innerHTML += regionSummary
      .filter((r) => r.total > 0)
      .map((r) => `<option value="${r.region.id}">${escapeHtml(r.region.name)}</option>`)
      .join('');
    if (this.state.region) {
      select.value = this.state.region;
      await this.setMemberFilter('region', this.state.region);
    }
    const fields = await this.allMatching({ kinds: ['FIELD', 'DIRECTION'] });
    const fieldSelect = $<HTMLSelectElement>('field-filter');
    fieldSelect.innerHTML += fields
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
      .map((f) => `<option value="${f.id}">${escapeHtml(f.name)}</option>`)
      .join('');
    if (this.state.field) {
      fieldSelect.value = this.state.field;
      await this.setMemberFilter('field', this.state.field);
    }
  }

  // ---------- state ----------

  private setState(s: ViewState): void {
    this.state = s;
    history.replaceState(null, '', `${location.pathname}${encodeState(s)}`);
  }

  private go(s: ViewState): void {
    this.setState(s);
    void this.renderView();
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
}

/** Distinct starting positions, so no edge is drawn between coincident nodes before layout. */
function scatter(els: ElementDefinition[]): ElementDefinition[] {
  return els.map((el, i) =>
    el.group === 'nodes'
      ? {
          ...el,
          position: {
            x: (i % 40) * 30 + Math.random() * 10,
            y: Math.floor(i / 40) * 30 + Math.random() * 10,
          },
        }
      : el,
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const explorer = new Explorer();
void explorer.start();
// A read-only handle for end-to-end tests and for curious planners in the console.
(window as unknown as { innograph: Explorer }).innograph = explorer;
