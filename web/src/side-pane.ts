/**
 * The side pane and the page's words: the language applied to the static page (legend from the
 * ontology, status and level choices), the charts and the trace chooser, the region and field
 * choosers. Functions of the state; the conductor (app.ts) calls them on a language switch.
 */
import { LEVELS, STATUSES } from '../../src/ontology/ontology.js';
import { allMatching, cachedGql, type Queries } from './api.js';
import { coverageChart, regionChart, type ChainRow, type RegionRow } from './charts.js';
import { t, translate, type Lang } from './i18n.js';
import { legendEntries } from './legend.js';
import { esc, paint } from './panel.js';
import type { ViewState } from './state.js';
import { displayName } from './words.js';

// The page's elements are fixed in index.html; the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export function applyLanguage(state: ViewState): void {
  const lang: Lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `innograph · ${t(lang, 'title')}`;
  translate(document, lang);
  $('legend').innerHTML = legendEntries(lang)
    .map(
      (e) =>
        `<li><label><input type="checkbox" data-kind="${e.kind}" ${state.hiddenKinds.includes(e.kind) ? '' : 'checked'}>` +
        `<span class="swatch shape-${e.shape}" data-color="${e.color}" aria-hidden="true"></span>${esc(e.label)}</label></li>`,
    )
    .join('');
  paint($('legend'));
  const checks = (el: string, values: readonly string[], current: readonly string[]): void => {
    $(el).innerHTML = values
      .map(
        (v) =>
          `<label><input type="checkbox" data-value="${v}" ${current.includes(v) ? 'checked' : ''}>${esc(t(lang, v as 'existing'))}</label>`,
      )
      .join('');
  };
  checks('status-filter', STATUSES, state.statuses);
  checks('level-filter', LEVELS, state.levels);
}

export async function loadCharts(q: Queries, state: ViewState): Promise<void> {
  const lang = state.lang;
  const [
    {
      chainCoverage: { nodes: chainCoverage },
    },
    {
      regionSummary: { nodes: regionSummary },
    },
  ] = await Promise.all([
    cachedGql<{ chainCoverage: { nodes: ChainRow[] } }>(q.chains),
    cachedGql<{ regionSummary: { nodes: RegionRow[] } }>(q.regions),
  ]);
  $('chart-coverage').innerHTML = coverageChart(chainCoverage, lang);
  $('chart-regions').innerHTML = regionChart(regionSummary, lang);
  const select = $<HTMLSelectElement>('trace-select');
  select.innerHTML =
    `<option value="">${esc(t(lang, 'traceChoose'))}</option>` +
    [...chainCoverage]
      .sort(
        (a, b) =>
          b.platformCount - a.platformCount ||
          displayName(a.chain, lang).localeCompare(displayName(b.chain, lang), lang),
      )
      .map(
        (c) =>
          `<option value="${esc(c.chain.id)}">${esc(displayName(c.chain, lang))} (${c.platformCount})</option>`,
      )
      .join('');
  select.value = state.view.kind === 'trace' ? state.view.chain : '';
}

export async function loadFilterChoices(q: Queries, state: ViewState): Promise<void> {
  const lang = state.lang;
  const {
    regionSummary: { nodes: regionSummary },
  } = await cachedGql<{ regionSummary: { nodes: RegionRow[] } }>(q.regions);
  const region = $<HTMLSelectElement>('region-filter');
  region.innerHTML =
    `<option value="">${esc(t(lang, 'all'))}</option>` +
    regionSummary
      .filter((r) => r.total > 0)
      .map((r) => `<option value="${esc(r.region.id)}">${esc(displayName(r.region, lang))}</option>`)
      .join('');
  region.value = state.region ?? '';
  const fields = await allMatching(q, { kinds: ['FIELD', 'DIRECTION'] });
  const field = $<HTMLSelectElement>('field-filter');
  field.innerHTML =
    `<option value="">${esc(t(lang, 'all'))}</option>` +
    fields
      .map((f) => ({ id: f.id, label: displayName(f, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang))
      .map((f) => `<option value="${esc(f.id)}">${esc(f.label)}</option>`)
      .join('');
  field.value = state.field ?? '';
}
