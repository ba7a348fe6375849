/**
 * The search box: an ARIA 1.2 combobox (input role=combobox, listbox popup, active option by
 * aria-activedescendant), "nothing found" said out loud, arrow keys and Enter.
 */
import { ApiError, gql, type Queries } from './api.js';
import type { EntityRef } from './elements.js';
import { t, type Lang } from './i18n.js';
import { legendEntries } from './legend.js';
import { esc, paint } from './panel.js';
import { displayName } from './words.js';

export class SearchBox {
  private timer = 0;
  private generation = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly status: HTMLElement,
    private readonly ctx: { q: () => Queries; lang: () => Lang; choose: (id: string) => void },
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.addEventListener('input', () => {
      // Results of the previous text are stale now: never let Enter pick one of them.
      this.close();
      this.list.innerHTML = '';
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(input.value), 200);
    });
    input.addEventListener('keydown', (e) => this.key(e));
    list.addEventListener('click', (e) => {
      const li = (e.target as HTMLElement).closest('li');
      if (li?.dataset.id) this.pick(li.dataset.id);
    });
  }

  private items(): HTMLLIElement[] {
    return [...this.list.querySelectorAll<HTMLLIElement>('li[role=option]')];
  }

  private key(e: KeyboardEvent): void {
    const items = this.items();
    const current = items.findIndex((li) => li.getAttribute('aria-selected') === 'true');
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length === 0) return;
      this.open();
      const down = e.key === 'ArrowDown';
      const n = items.length;
      const next = items[current < 0 ? (down ? 0 : n - 1) : (current + (down ? 1 : n - 1)) % n];
      items.forEach((li) => li.setAttribute('aria-selected', String(li === next)));
      if (next) {
        this.input.setAttribute('aria-activedescendant', next.id);
        next.scrollIntoView({ block: 'nearest' });
      }
    } else if (e.key === 'Enter') {
      const li = items[current] ?? items[0];
      if (li?.dataset.id) {
        e.preventDefault();
        this.pick(li.dataset.id);
      }
    } else if (e.key === 'Escape') this.close();
  }

  private pick(id: string): void {
    this.close();
    this.ctx.choose(id);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private async suggest(text: string): Promise<void> {
    const lang = this.ctx.lang();
    const mine = ++this.generation;
    if (text.trim() === '') {
      this.status.textContent = '';
      return;
    }
    try {
      const { search } = await gql<{ search: { entity: EntityRef & { aliases: string[] } }[] }>(
        this.ctx.q().search,
        { text: Array.from(text).slice(0, 200).join('') },
      );
      if (mine !== this.generation || this.input.value !== text) return; // typed on meanwhile
      const entries = legendEntries(lang);
      this.list.innerHTML = search
        .map(({ entity: e }, i) => {
          const kind = entries.find((k) => k.kind === e.kind.toLowerCase());
          return `<li role="option" id="search-option-${i}" aria-selected="false" data-id="${esc(e.id)}"><span class="dot" data-color="${kind?.color ?? '#999'}" aria-hidden="true"></span>${esc(displayName(e, lang))} <small>${esc(kind?.label ?? '')}</small></li>`;
        })
        .join('');
      paint(this.list);
      if (search.length === 0) {
        this.list.innerHTML = `<li class="none" role="presentation">${esc(t(lang, 'noResults', { text }))}</li>`;
        this.open();
        this.status.textContent = t(lang, 'noResults', { text });
      } else {
        this.open();
        this.status.textContent = t(lang, 'resultsCount', { n: search.length });
      }
    } catch (e) {
      if (mine !== this.generation) return;
      this.status.textContent = t(lang, 'error', { msg: e instanceof ApiError ? e.message : String(e) });
      this.close();
    }
  }
}
