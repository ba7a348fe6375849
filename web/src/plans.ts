/**
 * Plan history on screen: one entity through the documents (a timeline, oldest first, with the
 * status and status word each document gives, its lines, and the lineage links between the
 * names it had), and two documents compared (added, dropped, continued, status changes) as two
 * columns joined by their lineage links. Renders HTML strings from the API's `history` and
 * `compareDocuments` answers; pure apart from its inputs, unit-tested in test/unit/web/.
 */
import { t, type Lang } from './i18n.js';
import { esc } from './panel.js';
import {
  displayName,
  kindWord,
  lineageWord,
  lineageWords,
  reasonFor,
  relWord,
  statusWord,
  type Named,
} from './words.js';

export { reasonFor };

export interface Ref extends Named {
  readonly id: string;
  readonly kind?: string;
}

export interface DocRef extends Ref {
  readonly date?: string | null;
}

export interface HistoryEntry {
  readonly document: DocRef;
  readonly date?: string | null;
  readonly entity: Ref;
  readonly status: string;
  readonly statusWord?: string | null;
  readonly level: string;
  readonly lines: readonly number[];
  readonly sections: readonly string[];
}

export interface LineageLink {
  readonly from: Ref;
  readonly to: Ref;
  readonly role?: string | null;
  readonly basis: string;
  readonly reason?: string | null;
  readonly reasonEn?: string | null;
}

export interface EntityHistory {
  readonly entity: Ref;
  readonly lineage: readonly Ref[];
  readonly links: readonly LineageLink[];
  readonly entries: readonly HistoryEntry[];
}

export interface Mention {
  readonly status: string;
  readonly statusWord?: string | null;
  readonly lines: readonly number[];
}

export interface Continued {
  readonly before: Ref;
  readonly after: Ref;
  readonly same: boolean;
  readonly roles: readonly string[];
  readonly basis: string;
  readonly statusBefore: string;
  readonly statusAfter: string;
  readonly statusWordBefore?: string | null;
  readonly statusWordAfter?: string | null;
}

export interface Comparison {
  readonly from: DocRef;
  readonly to: DocRef;
  readonly added: readonly { entity: Ref; mention: Mention }[];
  readonly dropped: readonly { entity: Ref; mention: Mention }[];
  readonly continued: readonly Continued[];
  readonly statusChanged: readonly Continued[];
}

const lineList = (lines: readonly number[], lang: Lang): string =>
  lines.length === 0 ? '' : lines.map((n) => t(lang, 'line', { n })).join(lang === 'zh' ? '、' : ', ');

/** The status badge: the API's status in the UI's language, the document's own word beside it. */
function statusBadge(status: string, word: string | null | undefined, lang: Lang): string {
  return (
    // Every badge says what it is (状态：…), as in the panel's own badges.
    `<span class="badge status-${esc(status.toLowerCase())}">${esc(t(lang, 'statusOf', { v: statusWord(status, lang) }))}</span>` +
    (word ? ` <q lang="zh-CN" class="status-word">${esc(word)}</q>` : '')
  );
}

/** A lineage role in the ontology's words (同一 / 更名 / 拆分 / 合并 / 调整), read from the later name. */
export const roleWord = (role: string | null | undefined, lang: Lang): string =>
  role ? relWord('CONTINUES', lang, role) : relWord('CONTINUES', lang);

const entityLink = (e: Ref, lang: Lang): string =>
  `<button type="button" class="link" data-goto="${esc(e.id)}">${esc(displayName(e, lang))}</button>`;

/**
 * The timeline of one entity: documents in date order, then the lineage links. `heading`: the
 * level of the lineage heading, one below the page's (h3 on the history page, whose title is an
 * h2; h4 in a brief's or the panel's h3 section): axe's heading-order (review s23).
 */
export function renderHistory(h: EntityHistory, lang: Lang, heading: 3 | 4 = 4): string {
  const entries = [...h.entries].sort((a, b) =>
    (a.date ?? a.document.date ?? '').localeCompare(b.date ?? b.document.date ?? ''),
  );
  const items = entries
    .map((e) => {
      const date = e.date ?? e.document.date ?? '';
      const other =
        e.entity.id !== h.entity.id
          ? ` <span class="as">${esc(t(lang, 'namedAs'))} ${entityLink(e.entity, lang)}</span>`
          : '';
      return (
        `<li class="entry" data-document="${esc(e.document.id)}">` +
        `<time>${esc(date)}</time> <cite>${esc(displayName(e.document, lang))}</cite>${other}` +
        `<div>${statusBadge(e.status, e.statusWord, lang)} <small class="muted">${esc(lineList(e.lines, lang))}</small></div></li>`
      );
    })
    .join('');
  return (
    `<ol class="timeline">${items || `<li class="muted">${esc(t(lang, 'noMentions'))}</li>`}</ol>` +
    renderLineage(h, lang, heading)
  );
}

/** The lineage links of an entity's names, earlier → later, under their own heading. */
export function renderLineage(h: EntityHistory, lang: Lang, heading: 3 | 4 = 4): string {
  const links = h.links
    .map(
      (l) =>
        // A CONTINUES link runs from the later name to the earlier; drawn earlier → later, like
        // the timeline, with the word read that way ("Robotics → split into → Humanoid robots").
        `<li class="lineage" data-role="${esc((l.role ?? '').toLowerCase())}">${entityLink(l.to, lang)}` +
        ` <span class="role">→ ${esc(lineageWord(l.role, lang))} →</span> ${entityLink(l.from, lang)}` +
        (l.basis === 'INFERRED'
          ? ` <em class="inferred">${esc(t(lang, 'inferredWhy', { why: reasonFor(l, lang) }))}</em>`
          : ` <small class="muted">${esc(t(lang, 'stated'))}</small>`) +
        '</li>',
    )
    .join('');
  return links
    ? `<h${heading}>${esc(t(lang, 'lineage'))}</h${heading}><ul class="lineage-links">${links}</ul>`
    : '';
}

export type CompareRow =
  | { readonly kind: 'continued'; readonly c: Continued; readonly changed: boolean }
  | { readonly kind: 'dropped'; readonly e: Ref; readonly m: Mention }
  | { readonly kind: 'added'; readonly e: Ref; readonly m: Mention };

/** Rows of the comparison: continued ones side by side, then dropped (left) and added (right). */
export function compareRows(c: Comparison, lang: Lang): CompareRow[] {
  const changed = new Set(c.statusChanged.map((x) => `${x.before.id}>${x.after.id}`));
  const byName = (a: Ref, b: Ref): number => displayName(a, lang).localeCompare(displayName(b, lang), lang);
  return [
    ...[...c.continued]
      .sort((a, b) => byName(a.after, b.after))
      .map((x) => ({
        kind: 'continued' as const,
        c: x,
        changed: changed.has(`${x.before.id}>${x.after.id}`),
      })),
    ...[...c.dropped]
      .sort((a, b) => byName(a.entity, b.entity))
      .map((x) => ({ kind: 'dropped' as const, e: x.entity, m: x.mention })),
    ...[...c.added]
      .sort((a, b) => byName(a.entity, b.entity))
      .map((x) => ({ kind: 'added' as const, e: x.entity, m: x.mention })),
  ];
}

const cell = (e: Ref, status: string, word: string | null | undefined, lang: Lang): string =>
  `${entityLink(e, lang)} <small class="muted">${esc(e.kind ? kindWord(e.kind, lang) : '')}</small> ${statusBadge(status, word, lang)}`;

/** Two columns (from, to) with the lineage link between them; counts first. */
export function renderComparison(c: Comparison, lang: Lang): string {
  const rows = compareRows(c, lang);
  const counts = t(lang, 'compareCounts', {
    added: c.added.length,
    dropped: c.dropped.length,
    continued: c.continued.length,
    changed: c.statusChanged.length,
  });
  const body = rows
    .map((r) => {
      if (r.kind === 'continued') {
        const link = r.c.same ? t(lang, 'sameNode') : lineageWords(r.c.roles, lang);
        return (
          `<tr class="continued${r.changed ? ' changed' : ''}"><td>${cell(r.c.before, r.c.statusBefore, r.c.statusWordBefore, lang)}</td>` +
          `<td class="link-cell${r.c.basis === 'INFERRED' ? ' inferred' : ''}">→ ${esc(link)} →${r.changed ? ` <strong>${esc(t(lang, 'statusChange'))}</strong>` : ''}${r.c.basis === 'INFERRED' ? ` <em>(${esc(t(lang, 'inferred'))})</em>` : ''}</td>` +
          `<td>${cell(r.c.after, r.c.statusAfter, r.c.statusWordAfter, lang)}</td></tr>`
        );
      }
      if (r.kind === 'dropped')
        return `<tr class="dropped"><td>${cell(r.e, r.m.status, r.m.statusWord, lang)}</td><td class="link-cell">${esc(t(lang, 'droppedWord'))}</td><td></td></tr>`;
      return `<tr class="added"><td></td><td class="link-cell">${esc(t(lang, 'addedWord'))}</td><td>${cell(r.e, r.m.status, r.m.statusWord, lang)}</td></tr>`;
    })
    .join('');
  return (
    `<p class="compare-counts">${esc(counts)}</p>` +
    `<table class="compare"><thead><tr><th scope="col">${esc(displayName(c.from, lang))} <small>${esc(c.from.date ?? '')}</small></th>` +
    `<th scope="col">${esc(t(lang, 'lineage'))}</th>` +
    `<th scope="col">${esc(displayName(c.to, lang))} <small>${esc(c.to.date ?? '')}</small></th></tr></thead><tbody>${body}</tbody></table>`
  );
}
