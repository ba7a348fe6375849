/**
 * Tables as plain text leaves them: a header row of short column titles (序号 名称 依托单位 所在市)
 * and rows whose cells are separated by tabs or spaces, or list rows with labelled cells
 * (１．X, two full-width spaces, 牵头单位：Y). Squashing a row's whitespace would glue its cells into one false name
 * (…工程研究中心锦州钛谷新材料有限公司), so each row becomes a paragraph of its own whose cells
 * are joined by ；, each cell with the role its column title gives it. The `tables` rule reads
 * the roles; every other rule reads the cells as short sentences.
 */

export type CellRole =
  'name' | 'host' | 'lead' | 'partner' | 'place' | 'status' | 'level' | 'number' | 'other';

export interface TableCell {
  /** Offsets of the cell's value in the row paragraph's text. */
  readonly start: number;
  readonly end: number;
  readonly role: CellRole;
}

export interface TableRow {
  readonly text: string;
  readonly cells: readonly TableCell[];
}

/** The role a column title (or a cell's label, 牵头单位：…) gives its cells. */
export function roleOf(title: string): CellRole {
  const t = title.replace(/[：:]$/, '');
  if (/^(?:序号|编号|排序)$/.test(t)) return 'number';
  if (/(?:名称|名单)$/.test(t)) return 'name';
  if (/牵头/.test(t)) return 'lead';
  if (/(?:共建|合作|参建|联合)/.test(t)) return 'partner';
  if (/^(?:依托|建设|承担|申报|支撑|主管)(?:单位|机构|主体)?$/.test(t)) return 'host';
  if (/^(?:所在|所属)?(?:市|地|地区|地市|城市|区域|县区|地点)$|^(?:所在地|所在市|所在地区)$/.test(t))
    return 'place';
  if (/(?:状态|进度|进展)$/.test(t)) return 'status';
  if (/^(?:级别|层级)$/.test(t)) return 'level';
  return 'other';
}

const CELL_SPLIT = /[\s\u3000]+/;
const LABELLED = /^([^：:]{2,6})[：:](.+)$/;
const MARKER = /^(?:\d+[.．、]|[\uFF10-\uFF19]+[．.、]|[\u2460-\u2487])\s*/;

const fold = (s: string): string =>
  s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Builds a row paragraph from (role, value) cells. */
function rowOf(cells: readonly { role: CellRole; value: string }[]): TableRow {
  let text = '';
  const out: TableCell[] = [];
  for (const c of cells) {
    if (c.role === 'number' || c.value === '') continue;
    if (text !== '') text += '；';
    out.push({ start: text.length, end: text.length + c.value.length, role: c.role });
    text += c.value;
  }
  return { text: `${text}。`, cells: out };
}

export const isHeader = (cells: readonly string[]): boolean =>
  cells.length >= 3 &&
  cells.every((c) => c.length <= 8) &&
  cells.some((c) => roleOf(c) === 'name') &&
  cells.filter((c) => roleOf(c) !== 'other').length >= 3;

/**
 * The table rows of a document, by 1-based line: rows under a header (as many cells as the header
 * or fewer, blank lines between allowed), and labelled list rows (a first cell, then cells such
 * as 牵头单位：Y whose label is a column title).
 */
export function tableRows(lines: readonly string[]): Map<number, TableRow> {
  const out = new Map<number, TableRow>();
  let header: CellRole[] | undefined;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') return;
    const cells = t.split(CELL_SPLIT);
    if (isHeader(cells)) {
      header = cells.map(roleOf);
      return;
    }
    if (header) {
      const numbered = header[0] !== 'number' || /^\d+$/.test(fold(cells[0] ?? ''));
      if (cells.length >= 2 && cells.length <= header.length && numbered) {
        const h = header;
        out.set(i + 1, rowOf(cells.map((value, k) => ({ role: h[k] ?? 'other', value }))));
        return;
      }
      header = undefined;
    }
    if (cells.length < 2) return;
    const labelled = cells.slice(1).map((c) => LABELLED.exec(c));
    if (!labelled.every((m) => m && roleOf(m[1] ?? '') !== 'other')) return;
    const first = (cells[0] ?? '').replace(MARKER, '');
    out.set(
      i + 1,
      rowOf([
        { role: 'name', value: first },
        ...labelled.map((m) => ({ role: roleOf(m?.[1] ?? ''), value: m?.[2] ?? '' })),
      ]),
    );
  });
  return out;
}
