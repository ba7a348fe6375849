/**
 * The page over the graph (plan history, compare plans, a brief): shows the state's page,
 * hides the canvas under it, and turns its buttons and choosers into steps of the state.
 * Knows the DOM elements #page-view, #view-compare and #cy; the conductor (app.ts) gives it
 * the state and takes its steps.
 */
import type { Queries } from './api.js';
import { paint } from './panel.js';
import { datedDocuments, renderPage } from './pages.js';
import type { ViewState } from './state.js';

export interface PageHost {
  state(): ViewState;
  /** A planner's step. */
  go(next: ViewState): void;
  /** The page could not be drawn: the URL forgets it (the problem says why). */
  dropPage(): void;
  /** `param`: the link's parameter that named the page (history, compare, brief). */
  problem(e: unknown, id: string, param: string): void;
}

const el = (id: string): HTMLElement => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is missing from index.html`);
  return e;
};

export class PageView {
  /** The page and language drawn now: drawn again only when either changes. */
  private shown = '';

  constructor(
    private readonly q: Queries,
    private readonly host: PageHost,
  ) {
    el('view-compare').addEventListener('click', () => {
      const s = host.state();
      if (s.page?.kind === 'compare') {
        host.go({ ...s, page: null });
        return;
      }
      // The oldest document against the latest: the longest view of the plans.
      void datedDocuments(q).then((docs) => {
        const from = docs[0]?.id;
        const to = docs[docs.length - 1]?.id;
        if (from && to) host.go({ ...host.state(), page: { kind: 'compare', from, to } });
      });
    });
    el('page-view').addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const s = host.state();
      const action = target.closest<HTMLElement>('[data-page]')?.dataset.page;
      if (action === 'close') host.go({ ...s, page: null });
      if (action === 'print') window.print();
      const goto = target.closest<HTMLElement>('[data-goto]')?.dataset.goto;
      if (goto) host.go({ ...s, page: null, selected: goto, viewport: null });
    });
    el('page-view').addEventListener('change', (e) => {
      const id = (e.target as HTMLElement).id;
      const s = host.state();
      const page = s.page;
      if (page?.kind !== 'compare' || (id !== 'compare-from' && id !== 'compare-to')) return;
      const value = (e.target as HTMLSelectElement).value;
      host.go({ ...s, page: { ...page, [id === 'compare-from' ? 'from' : 'to']: value } });
    });
  }

  /** History, compare or brief over the graph (each its own URL); the graph stays underneath. */
  async render(s: ViewState): Promise<void> {
    const page = s.page;
    const view = el('page-view');
    const on = page !== null;
    view.hidden = !on;
    document.body.classList.toggle('page-open', on);
    el('view-compare').setAttribute('aria-pressed', String(page?.kind === 'compare'));
    if (!on) {
      this.shown = '';
      if (s.mode !== 'table') el('cy').classList.remove('under-table');
      return;
    }
    el('cy').classList.add('under-table');
    const key = JSON.stringify([page, s.lang]);
    if (key === this.shown) return;
    try {
      view.innerHTML = await renderPage(this.q, page, s.lang);
      paint(view);
      this.shown = key;
      view.dataset.page = page.kind;
    } catch (e) {
      this.shown = '';
      view.innerHTML = '';
      view.hidden = true;
      document.body.classList.remove('page-open');
      el('cy').classList.remove('under-table');
      this.host.dropPage();
      this.host.problem(e, page.kind === 'compare' ? `${page.from},${page.to}` : page.id, page.kind);
    }
  }
}
