/**
 * The page's controls: what each button, chooser and link does to the state (a step the planner
 * can go Back to), and the controls that mirror the state (checkboxes, selects, path ends).
 * Exports, sharing and the CSV of the table are here too.
 */
import type { Kind } from '../../src/ontology/ontology.js';
import { $, download, togglePane } from './dom.js';
import { visibleSubgraph } from './filters.js';
import type { GraphView } from './graph-view.js';
import { t } from './i18n.js';
import { plainLabel } from './label-boxes.js';
import { esc } from './panel.js';
import { TABLE_COLUMNS, toggle, type ViewState } from './state.js';
import { sortRows, tableRows, toCsv } from './table.js';

export interface PathEnds {
  from: string | null;
  to: string | null;
}

/** What the controls need of the app. */
export interface ControlsPort {
  readonly state: ViewState;
  readonly graph: GraphView;
  pathEnds: PathEnds;
  go(next: ViewState): Promise<void>;
  select(id: string | null): Promise<void>;
  expand(id: string): Promise<void>;
  collapse(id: string): void;
  renderControls(): void;
  /** The message box's buttons: back to the start, or dismiss. */
  messageAction(action: 'back' | 'dismiss'): void;
}

export function wireControls(app: ControlsPort): void {
  $('view-overview').addEventListener(
    'click',
    () =>
      void app.go({
        ...app.state,
        view: { kind: 'overview' },
        expanded: [],
        selected: null,
        viewport: null,
      }),
  );
  $<HTMLSelectElement>('trace-select').addEventListener('change', (e) => {
    const chain = (e.target as HTMLSelectElement).value;
    if (chain)
      void app.go({
        ...app.state,
        view: { kind: 'trace', chain },
        expanded: [],
        selected: chain,
        viewport: null,
      });
  });
  $<HTMLSelectElement>('group-select').addEventListener('change', (e) => {
    const cluster = (e.target as HTMLSelectElement).value as ViewState['cluster'];
    void app.go({ ...app.state, cluster, viewport: null });
  });
  $('view-table').addEventListener(
    'click',
    () => void app.go({ ...app.state, mode: app.state.mode === 'table' ? 'graph' : 'table' }),
  );
  $('focus').addEventListener('click', () => void app.go({ ...app.state, focus: !app.state.focus }));
  $('lang').addEventListener('click', () => {
    void app.go({ ...app.state, lang: app.state.lang === 'zh' ? 'en' : 'zh' });
  });
  $('export-png').addEventListener('click', () =>
    download(app.graph.png($<HTMLInputElement>('png-whole').checked), 'innograph.png'),
  );
  $('share').addEventListener('click', () => {
    const url = location.href;
    const status = $('share-status');
    const said = (): void => {
      status.hidden = false;
      status.textContent = t(app.state.lang, 'shared', { url });
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
    const { nodes, edges } = app.graph.shown();
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
      const descending = app.state.sort.column === column ? !app.state.sort.descending : false;
      void app
        .go({ ...app.state, sort: { column, descending } })
        .then(() => document.querySelector<HTMLElement>(`#table-view [data-sort="${column}"]`)?.focus());
      return;
    }
    if (target.closest('#export-csv')) {
      const { nodes, edges } = app.graph.shown();
      const rows = tableRows(nodes, edges);
      const { column, descending } = app.state.sort;
      download(
        new Blob([toCsv(sortRows(rows, column, descending, app.state.lang), TABLE_COLUMNS, app.state.lang)], {
          type: 'text/csv;charset=utf-8',
        }),
        'innograph.csv',
      );
      return;
    }
    const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
    if (goto) void app.select(goto);
  });
  $('path-run').addEventListener('click', () => {
    const { from, to } = app.pathEnds;
    if (from && to && from !== to)
      void app.go({
        ...app.state,
        view: { kind: 'paths', from, to },
        expanded: [],
        selected: null,
        viewport: null,
      });
  });
  $('path-options').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.option as 'regions' | 'placeholders' | undefined;
    if (key) void app.go({ ...app.state, paths: { ...app.state.paths, [key]: box.checked } });
  });
  $('path-avoided').addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-unavoid]')?.dataset.unavoid;
    if (id)
      void app.go({
        ...app.state,
        paths: { ...app.state.paths, exclude: app.state.paths.exclude.filter((x) => x !== id) },
      });
  });
  $<HTMLSelectElement>('field-filter').addEventListener('change', (e) => {
    void app.go({ ...app.state, field: (e.target as HTMLSelectElement).value || null });
  });
  $<HTMLSelectElement>('region-filter').addEventListener('change', (e) => {
    void app.go({ ...app.state, region: (e.target as HTMLSelectElement).value || null });
  });
  $('legend').addEventListener('change', (e) => {
    const kind = (e.target as HTMLInputElement).dataset.kind as Kind | undefined;
    if (kind) void app.go({ ...app.state, hiddenKinds: toggle(app.state.hiddenKinds, kind) });
  });
  for (const [el, key] of [
    ['status-filter', 'statuses'],
    ['level-filter', 'levels'],
  ] as const)
    $(el).addEventListener('change', (e) => {
      const v = (e.target as HTMLInputElement).dataset.value;
      if (v) void app.go({ ...app.state, [key]: toggle(app.state[key] as readonly string[], v) });
    });
  $('unhide').addEventListener('click', () => void app.go({ ...app.state, hidden: [] }));
  $('message').addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-message]')?.dataset.message;
    if (!action) return;
    app.messageAction(action === 'back' ? 'back' : 'dismiss');
  });
  $('panel-body').addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
    if (goto) {
      // Keyboard walk: after the step, focus lands on the new node's name, not the page top.
      void app.select(goto).then(() => $('panel-title').focus());
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    const id = $('panel-body').dataset.entity;
    if (!action || !id) return;
    if (action === 'expand') void app.expand(id);
    if (action === 'history') void app.go({ ...app.state, page: { kind: 'history', id } });
    if (action === 'brief') void app.go({ ...app.state, page: { kind: 'brief', id } });
    if (action === 'collapse') app.collapse(id);
    if (action === 'hide')
      void app.go({ ...app.state, hidden: [...app.state.hidden, id], selected: null, focus: false });
    if (action === 'path-from' || action === 'path-to') {
      app.pathEnds = { ...app.pathEnds, [action === 'path-from' ? 'from' : 'to']: id };
      app.renderControls();
    }
    if (action === 'path-avoid')
      // An avoided node leaves the paths: it cannot stay selected in them.
      void app.go({
        ...app.state,
        selected: app.state.selected === id ? null : app.state.selected,
        paths: { ...app.state.paths, exclude: toggle(app.state.paths.exclude, id) },
      });
  });
  $('toggle-side').addEventListener('click', () => togglePane('side', 'toggle-side'));
  $('toggle-panel').addEventListener('click', () => togglePane('panel', 'toggle-panel'));
}

/** Controls that mirror the state: checkboxes, selects, path ends. */
export function renderControls(app: ControlsPort): void {
  const lang = app.state.lang;
  const s = app.state;
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
    const n = app.graph.cy.getElementById(id);
    return n.nonempty() ? plainLabel(n.data() as Record<string, unknown>) : id;
  };
  $('path-ends').textContent = t(lang, 'pathEnds', {
    from: name(app.pathEnds.from),
    to: name(app.pathEnds.to),
  });
  $<HTMLButtonElement>('path-run').disabled = !(
    app.pathEnds.from &&
    app.pathEnds.to &&
    app.pathEnds.from !== app.pathEnds.to
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
