/** Rows of the table view, their order and their CSV. Pure: unit-tested without a browser. */
import { LEVELS, STATUSES } from '../../src/ontology/ontology.js';
import { t, type Lang } from './i18n.js';
import type { TableColumn } from './state.js';
import { kindWord, levelWord, statusWord } from './words.js';

export interface TableRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly status: string;
  readonly level: string;
  readonly degree: number;
}

export interface TableNode {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly status: string;
  readonly level: string;
}

export function tableRows(
  nodes: readonly TableNode[],
  edges: readonly { source: string; target: string }[],
): TableRow[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return nodes.map((n) => ({
    id: n.id,
    name: n.label,
    kind: n.kind,
    status: n.status,
    level: n.level,
    degree: degree.get(n.id) ?? 0,
  }));
}

/** Status and level sort in their natural order (built before planned, national first), not by word. */
const RANK: Partial<Record<TableColumn, readonly string[]>> = { status: STATUSES, level: LEVELS };

export function sortRows(
  rows: readonly TableRow[],
  column: TableColumn,
  descending: boolean,
  lang: Lang,
): TableRow[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const rank = RANK[column];
  const cmp = (a: TableRow, b: TableRow): number => {
    if (column === 'degree') return a.degree - b.degree;
    if (rank) return rank.indexOf(a[column]) - rank.indexOf(b[column]);
    if (column === 'kind') return collator.compare(kindWord(a.kind, lang), kindWord(b.kind, lang));
    return collator.compare(a[column], b[column]);
  };
  return [...rows].sort((a, b) => (descending ? -1 : 1) * cmp(a, b) || collator.compare(a.name, b.name));
}

/** Cells of a row in the chosen language, in column order. */
export function rowCells(r: TableRow, lang: Lang): Record<TableColumn, string> {
  return {
    name: r.name,
    kind: kindWord(r.kind, lang),
    status: statusWord(r.status, lang),
    level: levelWord(r.level, lang),
    degree: String(r.degree),
  };
}

export const COLUMN_KEYS = {
  name: 'colName',
  kind: 'colKind',
  status: 'colStatus',
  level: 'colLevel',
  degree: 'colDegree',
} as const;

const csvCell = (s: string): string => {
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV with a BOM, so spreadsheet programs read the Chinese correctly; ids last. */
export function toCsv(rows: readonly TableRow[], columns: readonly TableColumn[], lang: Lang): string {
  const header = [...columns.map((c) => t(lang, COLUMN_KEYS[c])), 'id'];
  const lines = [header, ...rows.map((r) => [...columns.map((c) => rowCells(r, lang)[c]), r.id])];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
