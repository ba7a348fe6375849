/**
 * Briefs to print: one page per chain, city (region-brief.ts) or institution — what it has, built vs planned,
 * what each document says, its lineage and its gaps (a chain with no platform, a platform with
 * no host, a status no document gives) — with a chart, in the UI's language. Pure rendering
 * from API answers; the print stylesheet (style.css, @media print) lays it out on paper.
 */
import type { EntityRef, TraceData } from './elements.js';
import { t, type Lang } from './i18n.js';
import { esc } from './panel.js';
import { renderHistory, type EntityHistory } from './plans.js';
import { displayName, kindWord, levelWord, relWord, statusWord } from './words.js';

export interface StatusCounts {
  readonly existing: number;
  readonly planned: number;
  readonly unknown: number;
}

export function countStatuses(xs: readonly { status: string }[]): StatusCounts {
  const n = (s: string): number => xs.filter((x) => x.status === s).length;
  return { existing: n('EXISTING'), planned: n('PLANNED'), unknown: n('UNKNOWN') };
}

/** Built vs planned as three labelled bars (SVG; colours of the status badges). */
export function statusChart(c: StatusCounts, lang: Lang): string {
  const rows = [
    ['existing', c.existing, '#1a7f37'],
    ['planned', c.planned, '#b35900'],
    ['unknown', c.unknown, '#6e7781'],
  ] as const;
  const max = Math.max(1, c.existing, c.planned, c.unknown);
  const bars = rows
    .map(([key, n, colour], i) => {
      const w = (n / max) * 220;
      return (
        `<g transform="translate(0,${i * 24})"><text x="0" y="14" font-size="12">${esc(t(lang, key))}</text>` +
        `<rect x="70" y="3" height="14" width="${w}" fill="${colour}"></rect>` +
        `<text x="${76 + w}" y="15" font-size="12">${n}</text></g>`
      );
    })
    .join('');
  return `<svg class="brief-chart" role="img" aria-label="${esc(t(lang, 'briefBuiltPlanned', { ...c }))}" viewBox="0 0 320 72" width="320" height="72">${bars}</svg>`;
}

export const link = (e: EntityRef, lang: Lang): string =>
  `<button type="button" class="link" data-goto="${esc(e.id)}">${esc(displayName(e, lang))}</button>`;

export const status = (e: { status: string }, lang: Lang): string =>
  `<span class="badge status-${esc(e.status.toLowerCase())}">${esc(statusWord(e.status, lang))}</span>`;

/** The brief's title and badges; a city has no status of its own, so none is shown for it. */
export function header(e: EntityRef, lang: Lang, withStatus = true): string {
  return (
    `<h2 id="page-title" tabindex="-1">${esc(t(lang, 'briefOf', { name: displayName(e, lang) }))}</h2>` +
    `<p class="badges"><span class="badge kind">${esc(kindWord(e.kind, lang))}</span>${withStatus ? ` ${status(e, lang)}` : ''}` +
    ` <span class="badge level">${esc(levelWord(e.level, lang))}</span></p>`
  );
}

export function section(title: string, body: string): string {
  return `<section class="brief-section"><h3>${esc(title)}</h3>${body}</section>`;
}

export function gapsList(gaps: string[], lang: Lang): string {
  return gaps.length === 0
    ? `<p class="muted">${esc(t(lang, 'briefNoGap'))}</p>`
    : `<ul class="gaps">${gaps.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>`;
}

export const joined = (xs: string[], lang: Lang): string => xs.join(lang === 'zh' ? '、' : ', ');

/** A chain (or industry, or direction): its platforms and who stands behind them. */
export function chainBrief(trace: TraceData, history: EntityHistory, lang: Lang): string {
  const chain = trace.chain;
  const platforms = trace.platforms.map((p) => p.platform);
  const counts = countStatuses(platforms);
  const rows = trace.platforms
    .map(({ platform: p }) => {
      const behind = (p.relationships ?? [])
        .map((r) => `${relWord(r.type, lang, r.role)} ${displayName(r.node, lang)}`)
        .join(lang === 'zh' ? '；' : '; ');
      return `<tr><th scope="row">${link(p, lang)}</th><td>${esc(kindWord(p.kind, lang))}</td><td>${status(p, lang)}</td><td>${esc(levelWord(p.level, lang))}</td><td>${esc(behind)}</td></tr>`;
    })
    .join('');
  const table = platforms.length
    ? `<table class="brief-table"><thead><tr><th scope="col">${esc(t(lang, 'colName'))}</th><th scope="col">${esc(t(lang, 'colKind'))}</th><th scope="col">${esc(t(lang, 'colStatus'))}</th><th scope="col">${esc(t(lang, 'colLevel'))}</th><th scope="col">${esc(t(lang, 'briefHosts'))}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  const gaps: string[] = [];
  if (platforms.length === 0) gaps.push(t(lang, 'briefNoPlatform'));
  const noHost = trace.platforms
    .filter((p) => (p.platform.relationships ?? []).length === 0)
    .map((p) => displayName(p.platform, lang));
  if (noHost.length > 0) gaps.push(`${t(lang, 'briefHosts')}: — ${joined(noHost, lang)}`);
  const units = trace.reliedOn.length
    ? `<ul>${trace.reliedOn.map((u) => `<li>${link(u.unit, lang)} <small class="muted">${esc(kindWord(u.unit.kind, lang))}</small></li>`).join('')}</ul>`
    : '';
  return (
    header(chain, lang) +
    section(
      t(lang, 'briefPlatforms'),
      `<p>${esc(t(lang, 'briefBuiltPlanned', { ...counts }))}</p>${statusChart(counts, lang)}${table}`,
    ) +
    (units ? section(t(lang, 'briefUnits'), units) : '') +
    section(t(lang, 'briefByDocument'), renderHistory(history, lang)) +
    section(t(lang, 'briefGaps'), gapsList(gaps, lang))
  );
}

/** An institution: the platforms it hosts or leads, the chains it reaches, by document. */
export function institutionBrief(
  inst: EntityRef,
  platforms: readonly (EntityRef & { type: string; role?: string | null })[],
  reach: readonly { target: EntityRef; direct: boolean; basis: string; via: EntityRef[] }[],
  history: EntityHistory,
  lang: Lang,
): string {
  // A platform the institution both hosts and leads is one platform: one row, both roles.
  const distinct = new Map<string, { p: (typeof platforms)[number]; roles: string[] }>();
  for (const p of platforms) {
    const role = relWord(p.type, lang, p.role);
    const seen = distinct.get(p.id);
    if (!seen) distinct.set(p.id, { p, roles: [role] });
    else if (!seen.roles.includes(role)) seen.roles.push(role);
  }
  const counts = countStatuses([...distinct.values()].map((d) => d.p));
  const rows = [...distinct.values()]
    .map(
      ({ p, roles }) =>
        `<tr><th scope="row">${link(p, lang)}</th><td>${esc(kindWord(p.kind, lang))}</td><td>${status(p, lang)}</td><td>${esc(levelWord(p.level, lang))}</td><td>${esc(joined(roles, lang))}</td></tr>`,
    )
    .join('');
  const table = platforms.length
    ? `<table class="brief-table"><thead><tr><th scope="col">${esc(t(lang, 'colName'))}</th><th scope="col">${esc(t(lang, 'colKind'))}</th><th scope="col">${esc(t(lang, 'colStatus'))}</th><th scope="col">${esc(t(lang, 'colLevel'))}</th><th scope="col">${esc(t(lang, 'colRole'))}</th></tr></thead><tbody>${rows}</tbody></table>`
    : '';
  const reached = reach.length
    ? `<ul>${reach
        .map(
          (c) =>
            `<li>${link(c.target, lang)} <small>${esc(
              c.direct
                ? t(lang, 'reachDirect')
                : t(lang, 'reachVia', {
                    names: joined(
                      c.via.map((v) => displayName(v, lang)),
                      lang,
                    ),
                  }),
            )}</small>${c.basis === 'INFERRED' ? ` <em>(${esc(t(lang, 'inferred'))})</em>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const gaps: string[] = [];
  if (platforms.length === 0) gaps.push(t(lang, 'briefInstitutionNoPlatform'));
  const unknown = [...distinct.values()]
    .filter(({ p }) => p.status === 'UNKNOWN')
    .map(({ p }) => displayName(p, lang));
  if (unknown.length > 0) gaps.push(`${t(lang, 'unknown')}: ${joined(unknown, lang)}`);
  return (
    header(inst, lang) +
    section(
      t(lang, 'briefPlatforms'),
      `<p>${esc(t(lang, 'briefBuiltPlanned', { ...counts }))}</p>${statusChart(counts, lang)}${table}`,
    ) +
    (reached ? section(t(lang, 'briefChains'), reached) : '') +
    section(t(lang, 'briefByDocument'), renderHistory(history, lang)) +
    section(t(lang, 'briefGaps'), gapsList(gaps, lang))
  );
}
