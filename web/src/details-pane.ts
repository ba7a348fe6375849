/**
 * The details pane: the selected entity's kind, badges, aliases, note, citations, reach and
 * plan history (panel.ts renders; this asks the API), and the documents' names it cites.
 */
import { ACTOR_KINDS } from '../../src/ontology/ontology.js';
import { ApiError, cachedGql, type Queries } from './api.js';
import { $ } from './dom.js';
import { kindOf } from './elements.js';
import { t } from './i18n.js';
import { esc, paint, renderDetails, type Details, type Reached } from './panel.js';
import { renderHistory, type EntityHistory } from './plans.js';
import type { ViewState } from './state.js';
import type { Named } from './words.js';

/** Kinds (besides institutions) that have a printable brief. */
const BRIEFABLE: string[] = ['chain', 'industry', 'direction', 'region'];

export class DetailsPane {
  private docs = new Map<string, Named>();
  /** The state last asked for: an answer for an older selection is dropped. */
  private current: ViewState | null = null;

  constructor(private readonly q: Queries) {}

  /** The selected entity's details, its reach and its plan history, in the state's language. */
  async show(s: ViewState): Promise<void> {
    const id = s.selected;
    const current = (): ViewState => this.current ?? s;
    this.current = s;
    const body = $('panel-body');
    if (!id) {
      body.innerHTML = `<p class="muted">${esc(t(s.lang, 'empty'))}</p>`;
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
      if (current().selected !== id) return;
      const kind = kindOf(node.kind);
      body.innerHTML =
        renderDetails(
          node,
          {
            lang: s.lang,
            docs: this.docs,
            expanded: s.expanded.includes(id),
            hidden: s.hidden.includes(id),
            avoided: s.paths.exclude.includes(id),
            briefable: BRIEFABLE.includes(kind) || (ACTOR_KINDS as string[]).includes(kind),
          },
          reach,
        ) +
        (h
          ? `<h3 id="history-title">${esc(t(s.lang, 'history'))}</h3><div class="panel-history" aria-labelledby="history-title">${renderHistory(h.history, s.lang)}</div>`
          : '');
      paint(body);
      body.dataset.entity = id;
    } catch (e) {
      body.textContent = t(s.lang, 'error', { msg: e instanceof ApiError ? e.message : String(e) });
    }
  }

  async loadDocs(): Promise<void> {
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
