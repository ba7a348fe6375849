/** The table view: the nodes of the current view as a sortable table, exportable as CSV. */
import { t, type Lang } from './i18n.js';
import { esc } from './panel.js';
import { TABLE_COLUMNS, type TableColumn } from './state.js';
import { COLUMN_KEYS, rowCells, sortRows, type TableRow } from './table.js';

export function renderTable(
  host: HTMLElement,
  rows: readonly TableRow[],
  sort: { column: TableColumn; descending: boolean },
  lang: Lang,
  selected: string | null,
): void {
  const sorted = sortRows(rows, sort.column, sort.descending, lang);
  const head = TABLE_COLUMNS.map((c) => {
    const aria = c === sort.column ? (sort.descending ? 'descending' : 'ascending') : 'none';
    const arrow = c === sort.column ? (sort.descending ? ' ▼' : ' ▲') : '';
    return `<th scope="col" aria-sort="${aria}"><button type="button" data-sort="${c}">${esc(t(lang, COLUMN_KEYS[c]))}${arrow}</button></th>`;
  }).join('');
  const body = sorted
    .map((r) => {
      const cells = rowCells(r, lang);
      return (
        `<tr data-id="${esc(r.id)}"${r.id === selected ? ' aria-selected="true" class="selected"' : ''}>` +
        TABLE_COLUMNS.map((c) =>
          c === 'name'
            ? `<th scope="row"><button type="button" class="link" data-goto="${esc(r.id)}">${esc(cells.name)}</button></th>`
            : `<td${c === 'degree' ? ' class="num"' : ''}>${esc(cells[c])}</td>`,
        ).join('') +
        '</tr>'
      );
    })
    .join('');
  host.innerHTML =
    `<div class="table-tools"><button type="button" id="export-csv">${esc(t(lang, 'exportCsv'))}</button></div>` +
    `<table><caption>${esc(t(lang, 'tableCaption', { n: rows.length }))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
