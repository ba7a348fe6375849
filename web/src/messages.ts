/**
 * What the page says besides the graph: problems (unknown ids, bad parameters, errors) with a way
 * back, the scene's notice, the spinner, and the tooltip of an edge with its reason.
 */
import { ApiError, cachedGql, type Queries } from './api.js';
import { $ } from './dom.js';
import type { HoveredEdge } from './graph-view.js';
import { t, type Key, type Lang } from './i18n.js';
import type { Point } from './layouts.js';
import { esc } from './panel.js';
import type { BadParameter, ViewState } from './state.js';
import { reasonFor } from './words.js';

export class Messages {
  private problems: string[] = [];
  private hovered: HoveredEdge | null = null;

  constructor(
    private readonly q: Queries,
    private readonly state: () => ViewState,
  ) {}

  clear(): void {
    this.problems = [];
  }

  /** Bad parameters of the link the page was opened with. */
  badLink(bad: BadParameter[], lang: Lang): void {
    this.problems =
      bad.length > 0
        ? [
            t(lang, 'badParam', {
              list: bad.map((b) => `${b.name}=${b.value}`).join(lang === 'zh' ? '；' : '; '),
            }),
          ]
        : [];
  }

  /**
   * A problem in the UI's language. An id of the wrong kind (BAD_USER_INPUT) names the link's
   * parameter and value and says what it should be; the API's own English text is never shown
   * in the Chinese UI (review s23).
   */
  problem(e: unknown, what: Key, id?: string, param?: string): void {
    const s = this.state();
    const lang = s.lang;
    const apiId = e instanceof ApiError ? id : undefined;
    const value = apiId ?? idOfView(s);
    let text: string;
    if (e instanceof ApiError && e.code === 'NOT_FOUND')
      text = t(lang, 'unknownId', { what: t(lang, what), id: value });
    else if (e instanceof ApiError && e.code === 'BAD_USER_INPUT') {
      const name = param ?? PARAMS[what] ?? what;
      const why: Key =
        what === 'whatRegion'
          ? 'notRegion'
          : what === 'whatField'
            ? 'notField'
            : what === 'whatTrace'
              ? 'notChain'
              : name === 'compare'
                ? 'notDocument'
                : 'notFitting';
      text = t(lang, 'badValue', { param: name, id: value, why: t(lang, why) });
    } else text = t(lang, 'error', { msg: e instanceof Error ? e.message : String(e) });
    this.problems.push(text);
  }

  showProblems(): void {
    const box = $('message');
    if (this.problems.length === 0) {
      box.hidden = true;
      return;
    }
    const lang = this.state().lang;
    box.hidden = false;
    box.innerHTML =
      `<ul>${this.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` +
      `<button type="button" data-message="back">${esc(t(lang, 'back'))}</button> ` +
      `<button type="button" data-message="dismiss">${esc(t(lang, 'dismiss'))}</button>`;
  }

  notice(text: string | null, action?: () => void): void {
    const el = $('notice');
    el.hidden = text === null;
    el.textContent = text ?? '';
    if (action) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t(this.state().lang, 'loadMore');
      b.addEventListener('click', () => {
        el.hidden = true;
        action();
      });
      el.append(' ', b);
    }
  }

  busy(on: boolean): void {
    $('spinner').hidden = !on;
    $('graph').setAttribute('aria-busy', String(on));
    if (on) document.body.dataset.ready = 'false';
  }

  tooltip(edge: HoveredEdge | null, at: Point): void {
    const tip = $('tip');
    this.hovered = edge;
    if (!edge) {
      tip.hidden = true;
      return;
    }
    const lang = this.state().lang;
    // Overview and path edges come without their reason: ask for it, then say it — once the
    // pointer rests on the edge, not for every edge a wheel zoom slides under it (a burst of
    // such questions met the server's admission limit).
    if (edge.basis === 'inferred' && !edge.reason)
      window.setTimeout(() => {
        if (this.hovered === edge) this.askReason(edge, at);
      }, 200);
    tip.textContent =
      edge.basis === 'inferred'
        ? `${edge.word} · ${t(lang, 'inferredWhy', { why: reasonFor(edge, lang) })}`
        : `${edge.word} · ${t(lang, 'stated')}`;
    tip.style.left = `${at.x + 12}px`;
    tip.style.top = `${at.y + 12}px`;
    tip.hidden = false;
  }

  private askReason(edge: HoveredEdge, at: Point): void {
    void cachedGql<{
      node: {
        relationships: {
          basis: string;
          reason?: string | null;
          reasonEn?: string | null;
          node: { id: string };
        }[];
      };
    }>(this.q.reason, { id: edge.source, type: edge.type })
      .then(({ node }) => {
        const r = node.relationships.find((x) => x.node.id === edge.target);
        if (r?.reason && this.hovered === edge)
          this.tooltip({ ...edge, reason: r.reason, reasonEn: r.reasonEn ?? null }, at);
      })
      .catch(() => undefined);
  }
}

/** The link's parameter behind each kind of problem. */
const PARAMS: Partial<Record<Key, string>> = {
  whatRegion: 'region',
  whatField: 'field',
  whatTrace: 'trace',
  whatPath: 'path',
  whatSel: 'sel',
  whatExp: 'exp',
  whatAvoid: 'avoid',
};

function idOfView(s: ViewState): string {
  return s.view.kind === 'trace'
    ? s.view.chain
    : s.view.kind === 'paths'
      ? `${s.view.from}, ${s.view.to}`
      : '';
}
