/**
 * A city's brief: its platforms (by the API's region rule), built vs planned overall and by
 * document, what each document says, and the gaps that are the city's own: the chains its plans
 * give it that none of its platforms serves. Pure rendering from API answers (test/unit/web/).
 */
import { countStatuses, gapsList, header, joined, link, section, status, statusChart } from './briefs.js';
import type { EntityRef } from './elements.js';
import { t, type Lang } from './i18n.js';
import { esc } from './panel.js';
import { renderLineage, type EntityHistory } from './plans.js';
import { displayName, kindWord, levelWord } from './words.js';

export interface RegionPlatform extends EntityRef {
  readonly relationships: readonly {
    node: { id: string; name: string; nameEn?: string | null; kind: string };
  }[];
  /** What each document says of it (the API's `mentions`): the status that document gives. */
  readonly mentions?: readonly { document: string; status: string }[];
}

export interface BriefChain {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | null;
  /** The documents that name it. */
  readonly docs?: readonly string[];
  /** Later entities that continue it (a chain of a later plan, a direction…). */
  readonly continuedBy?: readonly { id: string; kind: string }[];
}

export interface BriefDocument {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | null;
  readonly date?: string | null;
  readonly issuer?: string | null;
}

/**
 * The documents whose plans reach `city`: the province's (every city is in them) and the
 * city's own. A document is a city's when its issuer is that city's body (大连市科学技术局 is
 * 大连市's); a document of another city (大连市's plan for 沈阳市) does not reach it.
 */
export function documentsOf(
  city: { name: string },
  docs: readonly BriefDocument[],
  cityNames: readonly string[],
): BriefDocument[] {
  return docs.filter((d) => {
    const issuer = d.issuer ?? '';
    const owner = cityNames.find((n) => n !== '' && issuer.startsWith(n));
    return owner === undefined || owner === city.name;
  });
}

/**
 * The chains that are a city's to cover: named by a document that reaches the city (above), and
 * not taken over by a chain of a later plan (a 2015 chain continued by a 14th-plan chain is
 * counted once, as the later one). A gap is such a chain no platform of the city serves.
 */
export function cityChains(
  city: { name: string },
  chains: readonly BriefChain[],
  docs: readonly BriefDocument[],
  cityNames: readonly string[],
): BriefChain[] {
  const reach = new Set(documentsOf(city, docs, cityNames).map((d) => d.id));
  return chains.filter(
    (c) =>
      (c.docs ?? []).some((d) => reach.has(d)) &&
      !(c.continuedBy ?? []).some((x) => x.kind.toLowerCase() === 'chain'),
  );
}

export interface DocumentSplit {
  readonly document: BriefDocument;
  readonly existing: number;
  readonly planned: number;
  readonly unknown: number;
  /** Lines of the document that name the city itself. */
  readonly lines: readonly number[];
}

/** Built vs planned by document: the city's platforms each document names, by the status it gives. */
export function splitByDocument(
  platforms: readonly RegionPlatform[],
  docs: readonly BriefDocument[],
  history: EntityHistory,
): DocumentSplit[] {
  return [...docs]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .map((d) => {
      const said = platforms.flatMap((p) => (p.mentions ?? []).filter((m) => m.document === d.id));
      const lines = history.entries.filter((e) => e.document.id === d.id).flatMap((e) => e.lines);
      return { document: d, ...countStatuses(said), lines };
    })
    .filter((s) => s.existing + s.planned + s.unknown > 0 || s.lines.length > 0);
}

/** One stacked bar per document: built, planned, not said (the status chart's colours). */
function splitBar(s: DocumentSplit, max: number, lang: Lang): string {
  const parts = [
    [s.existing, '#1a7f37'],
    [s.planned, '#b35900'],
    [s.unknown, '#6e7781'],
  ] as const;
  let x = 0;
  const rects = parts
    .map(([n, colour]) => {
      const w = (n / max) * 160;
      const r = `<rect x="${x}" y="2" height="12" width="${w}" fill="${colour}"></rect>`;
      x += w;
      return r;
    })
    .join('');
  return `<svg class="split-bar" role="img" aria-label="${esc(t(lang, 'briefBuiltPlanned', { existing: s.existing, planned: s.planned, unknown: s.unknown }))}" viewBox="0 0 160 16" width="160" height="16">${rects}</svg>`;
}

function splitTable(splits: readonly DocumentSplit[], lang: Lang): string {
  if (splits.length === 0) return '';
  const max = Math.max(1, ...splits.map((s) => s.existing + s.planned + s.unknown));
  const lineWord = (n: number): string => t(lang, 'line', { n });
  const rows = splits
    .map(
      (s) =>
        `<tr data-document="${esc(s.document.id)}"><th scope="row"><time>${esc(s.document.date ?? '')}</time> <cite>${esc(displayName(s.document, lang))}</cite></th>` +
        `<td>${s.existing}</td><td>${s.planned}</td><td>${s.unknown}</td><td>${splitBar(s, max, lang)}</td>` +
        `<td><small class="muted">${esc(joined(s.lines.map(lineWord), lang))}</small></td></tr>`,
    )
    .join('');
  return (
    `<table class="brief-table by-document"><thead><tr><th scope="col">${esc(t(lang, 'colDocument'))}</th>` +
    `<th scope="col">${esc(t(lang, 'existing'))}</th><th scope="col">${esc(t(lang, 'planned'))}</th><th scope="col">${esc(t(lang, 'notSaid'))}</th>` +
    `<th scope="col">${esc(t(lang, 'briefChart'))}</th><th scope="col">${esc(t(lang, 'briefCityLines'))}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

/** A city: its platforms, built vs planned overall and by document, the chains it has to cover. */
export function regionBrief(
  region: EntityRef,
  platforms: readonly RegionPlatform[],
  chains: readonly BriefChain[],
  docs: readonly BriefDocument[],
  cityNames: readonly string[],
  history: EntityHistory,
  lang: Lang,
): string {
  const counts = countStatuses(platforms);
  const served = new Set<string>();
  for (const p of platforms) for (const r of p.relationships) served.add(r.node.id);
  const sorted = [...platforms].sort(
    (a, b) =>
      a.status.localeCompare(b.status) || displayName(a, lang).localeCompare(displayName(b, lang), lang),
  );
  const rows = sorted
    .map(
      (p) =>
        `<tr><th scope="row">${link(p, lang)}</th><td>${esc(kindWord(p.kind, lang))}</td><td>${status(p, lang)}</td><td>${esc(levelWord(p.level, lang))}</td><td>${esc(
          joined(
            p.relationships.map((r) => displayName(r.node, lang)),
            lang,
          ),
        )}</td></tr>`,
    )
    .join('');
  const table = `<table class="brief-table"><thead><tr><th scope="col">${esc(t(lang, 'colName'))}</th><th scope="col">${esc(t(lang, 'colKind'))}</th><th scope="col">${esc(t(lang, 'colStatus'))}</th><th scope="col">${esc(t(lang, 'colLevel'))}</th><th scope="col">${esc(t(lang, 'briefChains'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const own = documentsOf(region, docs, cityNames);
  const uncovered = cityChains(region, chains, docs, cityNames)
    .filter((c) => !served.has(c.id))
    .map((c) => displayName(c, lang));
  const unknown = platforms.filter((p) => p.status === 'UNKNOWN').map((p) => displayName(p, lang));
  const gaps: string[] = [];
  if (uncovered.length > 0)
    gaps.push(
      t(lang, 'briefCityUncovered', {
        docs: joined(
          own.map((d) => displayName(d, lang)),
          lang,
        ),
        names: joined(uncovered, lang),
      }),
    );
  if (unknown.length > 0) gaps.push(`${t(lang, 'briefStatusNotSaid')}: ${joined(unknown, lang)}`);
  // A city has no status of its own: its timeline is said without status badges (review s24:
  // "未知" on every document), beside the split of its platforms by document.
  const byDocument =
    `<p>${esc(t(lang, 'briefByDocumentCity'))}</p>` +
    splitTable(splitByDocument(platforms, docs, history), lang) +
    renderLineage(history, lang);
  return (
    header(region, lang, false) +
    section(
      t(lang, 'briefPlatforms'),
      `<p>${esc(t(lang, 'briefBuiltPlanned', { ...counts }))}</p>${statusChart(counts, lang)}${table}`,
    ) +
    section(t(lang, 'briefByDocument'), byDocument) +
    section(t(lang, 'briefGaps'), gapsList(gaps, lang))
  );
}
