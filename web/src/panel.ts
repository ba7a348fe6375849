/**
 * The details panel: name, kind, status and level (each badge says what it is), the curator's
 * note in the chosen language, citations with document titles, the chains an institution
 * reaches (through which platforms, stated or inferred) and the neighbours as buttons a
 * keyboard user can walk. Renders HTML strings; pure apart from its inputs.
 */
import { KINDS } from '../../src/ontology/ontology.js';
import { kindOf, type EntityRef } from './elements.js';
import { t, type Lang } from './i18n.js';
import {
  displayName,
  docTitle,
  kindWord,
  levelWord,
  noteFor,
  reasonFor,
  relWord,
  sectionRef,
  statusWord,
  type Named,
} from './words.js';

export interface Details extends EntityRef {
  statusWord?: string | null;
  aliases: string[];
  note?: string | null;
  noteEn?: string | null;
  period?: string | null;
  citations: { document: string; section: string; labelEn: string; line: number; span?: string | null }[];
  relationships: {
    type: string;
    direction: string;
    basis: string;
    role?: string | null;
    reason?: string | null;
    reasonEn?: string | null;
    node: EntityRef;
  }[];
}

export interface Reached {
  target: EntityRef;
  direct: boolean;
  basis: string;
  via: EntityRef[];
}

export interface PanelContext {
  readonly lang: Lang;
  readonly docs: ReadonlyMap<string, Named>;
  readonly expanded: boolean;
  readonly hidden: boolean;
  readonly avoided: boolean;
  /** A chain, region or institution: it has a printable brief. */
  readonly briefable?: boolean;
}

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Colours swatches after an innerHTML: style attributes in markup would need a CSP exception. */
export function paint(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-color]').forEach((el) => {
    el.style.background = el.dataset.color ?? '';
  });
}

const inferredMark = (lang: Lang, why: { reason?: string | null; reasonEn?: string | null }): string =>
  ` <em class="inferred" title="${esc(t(lang, 'inferredWhy', { why: reasonFor(why, lang) }))}">(${esc(t(lang, 'inferred'))})</em>`;

export function renderDetails(d: Details, ctx: PanelContext, reach: Reached[] | null): string {
  const { lang } = ctx;
  const kind = KINDS[kindOf(d.kind)];
  const name = displayName(d, lang);
  const other = lang === 'en' && d.nameEn ? `<p class="muted" lang="zh-CN">${esc(d.name)}</p>` : '';
  const rels = d.relationships
    .map((r) => {
      const w = relWord(r.type, lang, r.role);
      const arrow = r.direction === 'OUT' ? `${w} →` : `← ${w}`;
      return (
        `<li><span class="rel">${esc(arrow)}</span> ` +
        `<button type="button" class="link" data-goto="${esc(r.node.id)}">${esc(displayName(r.node, lang))}</button>` +
        ` <small class="muted">${esc(kindWord(r.node.kind, lang))}</small>` +
        `${r.basis === 'INFERRED' ? inferredMark(lang, r) : ''}</li>`
      );
    })
    .join('');
  const cites = d.citations
    .map(
      (c) =>
        `<li class="citation"><cite>${esc(docTitle(c.document, ctx.docs, lang))}</cite> ${esc(sectionRef(c, lang))} · ${esc(t(lang, 'line', { n: c.line }))}` +
        `${c.span ? ` <q lang="zh-CN">${esc(c.span)}</q>` : ''}</li>`,
    )
    .join('');
  const reachList =
    reach && reach.length > 0
      ? `<h3>${esc(t(lang, 'reach'))}</h3><ul class="reach">${reach
          .map(
            (c) =>
              `<li><button type="button" class="link" data-goto="${esc(c.target.id)}">${esc(displayName(c.target, lang))}</button>` +
              ` <small>${esc(
                c.direct
                  ? t(lang, 'reachDirect')
                  : t(lang, 'reachVia', {
                      names: c.via.map((v) => displayName(v, lang)).join(lang === 'zh' ? '、' : ', '),
                    }),
              )}</small>${c.basis === 'INFERRED' ? inferredMark(lang, {}) : ''}</li>`,
          )
          .join('')}</ul>`
      : '';
  const note = noteFor(d, lang);
  const button = (
    action: string,
    key: Parameters<typeof t>[1],
    disabled = false,
    pressed?: boolean,
  ): string =>
    `<button type="button" data-action="${action}"${disabled ? ' disabled' : ''}${pressed === undefined ? '' : ` aria-pressed="${pressed}"`}>${esc(t(lang, key))}</button>`;
  return `<h2 id="panel-title" tabindex="-1">${esc(name)}</h2>
  ${other}
  <p class="badges">
    <span class="badge kind"><span class="dot" data-color="${kind.style.color}" aria-hidden="true"></span>${esc(t(lang, 'kindOf', { v: kindWord(d.kind, lang) }))}</span>
    <span class="badge status-${esc(d.status.toLowerCase())}">${esc(t(lang, 'statusOf', { v: statusWord(d.status, lang) }))}${d.statusWord && lang === 'zh' ? ` · ${esc(d.statusWord)}` : ''}</span>
    <span class="badge level">${esc(t(lang, 'levelOf', { v: levelWord(d.level, lang) }))}</span>
  </p>
  ${d.aliases.length > 0 && lang === 'zh' ? `<p><strong>${esc(t(lang, 'aliases'))}:</strong> ${d.aliases.map(esc).join('、')}</p>` : ''}
  ${note ? `<p class="note">${esc(note)}</p>` : ''}
  <div class="actions">
    ${button('expand', 'expand', ctx.expanded)}
    ${button('collapse', 'collapse', !ctx.expanded)}
    ${button('hide', 'hide', ctx.hidden)}
    ${button('path-from', 'pathFrom')}
    ${button('path-to', 'pathTo')}
    ${button('path-avoid', 'pathAvoid', false, ctx.avoided)}
    ${button('history', 'historyOpen')}
    ${ctx.briefable ? button('brief', 'briefOpen') : ''}
  </div>
  <h3>${esc(t(lang, 'citations'))}</h3><ul class="citations">${cites}</ul>
  ${reachList}
  <h3 id="related-title">${esc(t(lang, 'related'))}</h3>
  <p class="muted hint">${esc(t(lang, 'relatedHint'))}</p>
  <ul class="related" aria-labelledby="related-title">${rels}</ul>`;
}
