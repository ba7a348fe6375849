/**
 * The pages shown over the graph, each its own URL: an entity's plan history, two documents
 * compared, a printable brief. Loads what each needs from the API and fills the page element;
 * the rendering itself is in plans.ts and briefs.ts.
 */
import { ACTOR_KINDS, PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { cachedGql, type Queries } from './api.js';
import { chainBrief, institutionBrief } from './briefs.js';
import { kindOf, type EntityRef, type TraceData } from './elements.js';
import { t, type Lang } from './i18n.js';
import type { Reached } from './panel.js';
import { esc } from './panel.js';
import {
  renderComparison,
  renderHistory,
  type Comparison,
  type DocRef,
  type EntityHistory,
} from './plans.js';
import { regionBrief, type BriefChain, type BriefDocument, type RegionPlatform } from './region-brief.js';
import type { Page } from './state.js';
import { displayName } from './words.js';

const CHAIN_KINDS = ['chain', 'industry', 'direction'];

/**
 * Documents oldest first, for the compare choosers; documents of one date keep the API's order
 * (the provincial plan before Dalian's: review s23), the sort being stable.
 */
export async function datedDocuments(q: Queries): Promise<DocRef[]> {
  const { documents } = await cachedGql<{ documents: DocRef[] }>(q.datedDocuments);
  return [...documents].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

const toolbar = (lang: Lang, print: boolean): string =>
  `<div class="page-tools"><button type="button" data-page="close">${esc(t(lang, 'closePage'))}</button>` +
  (print ? ` <button type="button" data-page="print">${esc(t(lang, 'print'))}</button>` : '') +
  '</div>';

export async function renderPage(q: Queries, page: Page, lang: Lang): Promise<string> {
  if (page.kind === 'history') {
    const { history } = await cachedGql<{ history: EntityHistory }>(q.history, { id: page.id });
    const e = history.entity;
    return (
      toolbar(lang, true) +
      `<h2 id="page-title" tabindex="-1">${esc(t(lang, 'historyOf', { name: displayName(e, lang) }))}</h2>` +
      renderHistory(history, lang, 3)
    );
  }
  if (page.kind === 'compare') {
    const [docs, { compareDocuments }] = await Promise.all([
      datedDocuments(q),
      cachedGql<{ compareDocuments: Comparison }>(q.compare, { from: page.from, to: page.to }),
    ]);
    const chooser = (id: string, key: 'compareFrom' | 'compareTo', value: string): string =>
      `<label>${esc(t(lang, key))} <select id="${id}">${docs
        .map(
          (d) =>
            `<option value="${esc(d.id)}"${d.id === value ? ' selected' : ''}>${esc(d.date ?? '')} ${esc(displayName(d, lang))}</option>`,
        )
        .join('')}</select></label>`;
    return (
      toolbar(lang, true) +
      `<h2 id="page-title" tabindex="-1">${esc(t(lang, 'compare'))}</h2>` +
      `<p class="compare-choosers">${chooser('compare-from', 'compareFrom', page.from)} ${chooser('compare-to', 'compareTo', page.to)}</p>` +
      renderComparison(compareDocuments, lang)
    );
  }
  return toolbar(lang, true) + (await brief(q, page.id, lang));
}

async function brief(q: Queries, id: string, lang: Lang): Promise<string> {
  const [{ node }, { history }] = await Promise.all([
    cachedGql<{ node: EntityRef }>(q.exists, { id }),
    cachedGql<{ history: EntityHistory }>(q.history, { id }),
  ]);
  const kind = kindOf(node.kind);
  if (CHAIN_KINDS.includes(kind)) {
    const { traceChain } = await cachedGql<{ traceChain: TraceData }>(q.trace, { id });
    return `<article class="brief">${chainBrief(traceChain, history, lang)}</article>`;
  }
  if (kind === 'region') {
    const platforms: RegionPlatform[] = [];
    let after: string | null = null;
    for (;;) {
      const r: {
        entities: { nodes: RegionPlatform[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await cachedGql(q.regionBrief, { id, kinds: PLATFORM_KINDS.map((k) => k.toUpperCase()), after });
      platforms.push(...r.entities.nodes);
      if (!r.entities.pageInfo.hasNextPage) break;
      after = r.entities.pageInfo.endCursor;
    }
    const [chains, docs, regions] = await Promise.all([
      cachedGql<{ chainCoverage: { nodes: { chain: BriefChain }[] } }>(q.briefChains),
      cachedGql<{ documents: BriefDocument[] }>(q.datedDocuments),
      cachedGql<{ regionSummary: { nodes: { region: { name: string; level: string } }[] } }>(q.regions),
    ]);
    // Cities (municipal regions) by name: a document issued by one of them is that city's.
    const cityNames = regions.regionSummary.nodes
      .filter((r) => r.region.level === 'MUNICIPAL')
      .map((r) => r.region.name);
    return `<article class="brief">${regionBrief(
      node,
      platforms,
      chains.chainCoverage.nodes.map((c) => c.chain),
      docs.documents,
      cityNames,
      history,
      lang,
    )}</article>`;
  }
  if ((ACTOR_KINDS as readonly string[]).includes(kind)) {
    const [{ node: d }, { institutionReach }] = await Promise.all([
      cachedGql<{
        node: { relationships: { type: string; direction: string; role?: string | null; node: EntityRef }[] };
      }>(q.details, { id }),
      cachedGql<{ institutionReach: { chains: Reached[] } }>(q.reach, { id }),
    ]);
    const platforms = d.relationships
      .filter(
        (r) =>
          r.direction === 'IN' &&
          (PLATFORM_KINDS as readonly string[]).includes(kindOf(r.node.kind)) &&
          ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'].includes(r.type),
      )
      .map((r) => ({ ...r.node, type: r.type, role: r.role ?? null }));
    return `<article class="brief">${institutionBrief(node, platforms, institutionReach.chains, history, lang)}</article>`;
  }
  return `<p class="muted">${esc(t(lang, 'briefNotBriefable'))}</p>`;
}
