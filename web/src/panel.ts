/** The details panel: attributes, status, aliases, citations and related entities as links. */
import { KINDS } from '../../src/ontology/ontology.js';
import { t, type Lang } from './i18n.js';
import { kindOf } from './elements.js';

export interface Details {
  id: string;
  name: string;
  kind: string;
  level: string;
  status: string;
  statusWord?: string | null;
  nameEn?: string | null;
  aliases: string[];
  note?: string | null;
  period?: string | null;
  citations: { document: string; section: string; line: number; span?: string | null }[];
  relationships: {
    type: string;
    direction: string;
    basis: string;
    reason?: string | null;
    node: { id: string; name: string; kind: string };
  }[];
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const word = (lang: Lang, v: string): string => {
  const k = v.toLowerCase();
  return [
    'existing',
    'planned',
    'unknown',
    'national',
    'provincial',
    'municipal',
    'stated',
    'inferred',
  ].includes(k)
    ? t(lang, k as 'existing')
    : k;
};

export function renderDetails(d: Details, lang: Lang, reach: { id: string; name: string }[] | null): string {
  const kind = KINDS[kindOf(d.kind)];
  const rels = d.relationships
    .map(
      (r) =>
        `<li><span class="rel">${esc(r.direction === 'OUT' ? r.type : `← ${r.type}`)}</span> ` +
        `<button type="button" class="link" data-goto="${esc(r.node.id)}">${esc(r.node.name)}</button>` +
        `${r.basis === 'INFERRED' ? ` <em class="muted" title="${esc(r.reason ?? '')}">(${esc(t(lang, 'inferred'))})</em>` : ''}</li>`,
    )
    .join('');
  const cites = d.citations
    .map(
      (c) =>
        `<li class="citation"><code>${esc(c.document)}</code> ${esc(c.section)} · ${esc(t(lang, 'line', { n: c.line }))}` +
        `${c.span ? ` <q>${esc(c.span)}</q>` : ''}</li>`,
    )
    .join('');
  const reachList =
    reach && reach.length > 0
      ? `<h3>${esc(t(lang, 'reach'))}</h3><ul>${reach.map((c) => `<li><button type="button" class="link" data-goto="${esc(c.id)}">${esc(c.name)}</button></li>`).join('')}</ul>`
      : '';
  return `<h2 id="panel-title">${esc(d.name)}</h2>
  ${d.nameEn ? `<p class="muted">${esc(d.nameEn)}</p>` : ''}
  <p><span class="badge" style="background:${kind.style.color}">${esc(lang === 'zh' ? kind.zh : kind.en)}</span>
     <span class="badge status-${esc(d.status.toLowerCase())}">${esc(word(lang, d.status))}${d.statusWord ? ` · ${esc(d.statusWord)}` : ''}</span>
     <span class="badge">${esc(word(lang, d.level))}</span></p>
  ${d.aliases.length > 0 ? `<p><strong>${esc(t(lang, 'aliases'))}:</strong> ${d.aliases.map(esc).join('、')}</p>` : ''}
  ${d.note ? `<p class="note">${esc(d.note)}</p>` : ''}
  <div class="actions">
    <button type="button" data-action="expand">${esc(t(lang, 'expand'))}</button>
    <button type="button" data-action="collapse">${esc(t(lang, 'collapse'))}</button>
    <button type="button" data-action="hide">${esc(t(lang, 'hide'))}</button>
    <button type="button" data-action="path-from">${esc(t(lang, 'pathFrom'))}</button>
    <button type="button" data-action="path-to">${esc(t(lang, 'pathTo'))}</button>
  </div>
  <h3>${esc(t(lang, 'citations'))}</h3><ul class="citations">${cites}</ul>
  ${reachList}
  <h3>${esc(t(lang, 'related'))}</h3><ul class="related">${rels}</ul>`;
}
