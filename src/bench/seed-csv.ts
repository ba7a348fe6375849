/**
 * The LOAD CSV anchor of `npm run bench:seed`: the loader's rows (rows.ts) written as CSV files
 * into a folder the local Neo4j reads (before the clock starts), and loaded with Neo4j's own
 * `LOAD CSV WITH HEADERS … CALL (row) { … } IN TRANSACTIONS OF n ROWS`
 * (cypher/bench/anchor-csv-*.cypher). Independent of the loader's own write path: Neo4j parses
 * the files itself, no parameter holds the rows.
 *
 * Each file has the row's structural columns (`_labels`, or `_from`, `_type`, `_to`) and one
 * column per property. LOAD CSV reads every field as a string; the statement sets the row as the
 * properties, then gives the columns of other types their type, named by parameter: `numbers`,
 * `booleans`, `lists` (of strings) and `numberLists`. An empty field is null (no property); a
 * list is its items joined by SEP (an empty list: an empty quoted field).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IN_REGION_REL, PROVENANCE_REL } from '../ontology/ontology.js';
import type { LoadPlan } from '../loader/rows.js';

/** Joins list items and labels: a control character no seed text contains (checked). */
export const SEP = '\u001f';

export type ColumnType = 'string' | 'number' | 'boolean' | 'list' | 'numberList';

export interface CsvTable {
  /** Absolute path of the CSV file. */
  readonly path: string;
  readonly rows: number;
  /** The statement's parameters naming the typed columns. */
  readonly types: {
    readonly numbers: string[];
    readonly booleans: string[];
    readonly lists: string[];
    readonly numberLists: string[];
  };
}

export interface CsvAnchorFiles {
  readonly entities: CsvTable;
  readonly relationships: CsvTable;
  readonly provenance: CsvTable;
  readonly regions: CsvTable;
  readonly searchKeys: CsvTable;
}

function typeOf(key: string, v: unknown): ColumnType | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    if (v.every((x) => typeof x === 'string')) return 'list';
    if (v.every((x) => typeof x === 'number')) return 'numberList';
  }
  throw new Error(`csv anchor: property ${key} holds a value it cannot write (${JSON.stringify(v)})`);
}

function text(key: string, s: string): string {
  // LOAD CSV's legacy quote escaping reads \" as a quote: a backslash would change the data.
  if (s.includes('\\') || s.includes(SEP))
    throw new Error(`csv anchor: property ${key} holds a backslash or the list separator: ${s}`);
  return s;
}

const quoted = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function field(key: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return quoted(v.map((x) => text(key, String(x))).join(SEP));
  if (typeof v === 'string') return quoted(text(key, v));
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new Error(`csv anchor: property ${key} holds a value it cannot write (${JSON.stringify(v)})`);
}

/** Writes one table: `records` are flat maps of column → value, structural columns first. */
function table(path: string, structural: string[], records: Record<string, unknown>[]): CsvTable {
  const types = new Map<string, ColumnType | undefined>();
  for (const r of records)
    for (const [k, v] of Object.entries(r)) {
      const t = typeOf(k, v);
      const known = types.get(k);
      if (known !== undefined && t !== undefined && known !== t)
        throw new Error(`csv anchor: column ${k} holds both ${known} and ${t} values`);
      types.set(k, known ?? t);
    }
  const columns = [...structural, ...[...types.keys()].filter((k) => !structural.includes(k)).sort()];
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => field(c, r[c])).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
  const of = (t: ColumnType): string[] =>
    columns.filter((c) => !structural.includes(c) && (types.get(c) ?? 'list') === t);
  return {
    path,
    rows: records.length,
    types: {
      numbers: of('number'),
      booleans: of('boolean'),
      lists: of('list'),
      numberLists: of('numberList'),
    },
  };
}

/** Writes the plan's rows as the anchor's CSV files in `dir` (created). */
export function writeCsvAnchor(plan: LoadPlan, dir: string): CsvAnchorFiles {
  mkdirSync(dir, { recursive: true });
  const rel = ['_from', '_type', '_to'];
  return {
    entities: table(
      join(dir, 'entities.csv'),
      ['_labels'],
      plan.entities.map((r) => ({ _labels: r.labels, ...r.props, hash: r.hash })),
    ),
    relationships: table(
      join(dir, 'relationships.csv'),
      rel,
      plan.relationships.map((r) => ({ _from: r.from, _type: r.type, _to: r.to, ...r.props, hash: r.hash })),
    ),
    provenance: table(
      join(dir, 'provenance.csv'),
      rel,
      plan.provenance.map((r) => ({
        _from: r.id,
        _type: PROVENANCE_REL,
        _to: r.doc,
        ...r.props,
        hash: r.hash,
      })),
    ),
    regions: table(
      join(dir, 'regions.csv'),
      rel,
      plan.regions.map((r) => ({
        _from: r.id,
        _type: IN_REGION_REL,
        _to: r.region,
        ...r.props,
        hash: r.hash,
      })),
    ),
    searchKeys: table(
      join(dir, 'search-keys.csv'),
      [],
      plan.searchKeys.map((r) => ({ ...r })),
    ),
  };
}

/** The URL LOAD CSV reads a file by (the local server reads absolute file URLs). */
export const fileUrl = (path: string): string => `file://${encodeURI(path)}`;
