/**
 * The fast path for reading well-formed seed files. The `yaml` library's Document API (which
 * gives the exact messages and positions of a malformed file) parses about 2.5 MB/s: 13 s
 * of the 18 s that `seed --check` took on 100× the curated data. js-yaml parses the same
 * files over ten times faster; its parse listener tells where each record starts. Anything
 * unusual (a YAML error, a top-level key or value of the wrong shape, a record that is not a
 * map) returns undefined, and the caller reads the file with the `yaml` library as before,
 * so problems are reported exactly as they always were.
 */
import { CORE_SCHEMA, load, type State } from 'js-yaml';

export interface FastRecord {
  readonly value: Record<string, unknown>;
  /** 1-based line of the record's first character, as the `yaml` library reports it. */
  readonly line: number;
  /** 1-based line of each item of the record's `cite` list, for problems about a citation. */
  readonly citeLines: readonly number[];
}

/**
 * Anchors, aliases, merge keys and tags are the careful reader's business (alias bombs, tags
 * refused, merge keys resolved): a file that may use them never takes the fast path.
 */
const CAREFUL_SYNTAX = /(?:^|[\s[{,:])[&*!][^\s,\]}]|<</m;

/**
 * The lines of the items of the `cite` list of a record spanning lines [first, last] of `lines`
 * (1-based), in the usual layouts: a flow list on the key's line (`cite: [{…}, {…}]`) or a
 * block list below it (`- {…}` or `- doc: …`). Undefined when the layout is another one or the
 * count does not match what was parsed: the caller then takes the careful reader.
 */
function citeItemLines(
  lines: readonly string[],
  first: number,
  last: number,
  count: number,
): number[] | undefined {
  if (count === 0) return [];
  const indent = (l: string): number => l.length - l.trimStart().length;
  const head = lines[first - 1] ?? '';
  const body = head.trimStart().replace(/^- /, '');
  if (body.startsWith('{')) {
    // A flow map on one line (`- { id: …, cite: [{…}] }`): its citations are on that line.
    let depth = 0;
    for (const c of body) depth += c === '{' || c === '[' ? 1 : c === '}' || c === ']' ? -1 : 0;
    return depth === 0 ? Array.from({ length: count }, () => first) : undefined;
  }
  // The record's keys sit where its first key starts (after `- `).
  const keyIndent = indent(head) + (head.trimStart().startsWith('- ') ? 2 : 0);
  for (let n = first; n <= last; n += 1) {
    const l = lines[n - 1] ?? '';
    const m = /^(\s*)(?:- )?cite:\s*(.*)$/.exec(l);
    if (!m) continue;
    const at = (m[1] ?? '').length + (l.trimStart().startsWith('- ') ? 2 : 0);
    if (at !== keyIndent) continue;
    const rest = (m[2] ?? '').trim();
    if (rest.startsWith('[')) {
      // A flow list: every item is on this line when the list closes on it.
      let depth = 0;
      for (const c of rest) depth += c === '[' ? 1 : c === ']' ? -1 : 0;
      return depth === 0 ? Array.from({ length: count }, () => n) : undefined;
    }
    if (rest !== '' && !rest.startsWith('#')) return undefined;
    const items: number[] = [];
    let itemIndent = -1;
    for (let k = n + 1; k <= last; k += 1) {
      const line = lines[k - 1] ?? '';
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      if (indent(line) < keyIndent || (indent(line) === keyIndent && !trimmed.startsWith('- '))) break;
      if (trimmed.startsWith('- ')) {
        if (itemIndent === -1) itemIndent = indent(line);
        if (indent(line) === itemIndent) items.push(k);
      }
    }
    return items.length === count ? items : undefined;
  }
  return undefined;
}

export interface FastSection {
  readonly key: string;
  readonly records: readonly FastRecord[];
}

/** Offsets where each line starts, for turning a position into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] ?? 0) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The first character of a node's content: past blanks, line breaks and comments. */
function contentStart(text: string, position: number): number {
  let i = position;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i += 1;
    else if (c === 0x23 /* # */) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return text.length;
      i = eol + 1;
    } else return i;
  }
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `text` as its top-level lists of records, or undefined when the file needs the careful
 * reader (any error, a key outside `topKeys`, a value that is not a list, a record that is
 * not a map).
 */
export function parseSeedFast(text: string, topKeys: ReadonlySet<string>): FastSection[] | undefined {
  if (CAREFUL_SYNTAX.test(text)) return undefined;
  // Nodes at depth 3 are the records: document root (1) → top-level key/value (2) → item (3).
  const recordStarts: number[] = [];
  let depth = 0;
  let root: unknown;
  try {
    root = load(text, {
      schema: CORE_SCHEMA,
      listener(event: string, state: State) {
        if (event === 'open') {
          depth += 1;
          if (depth === 3) recordStarts.push(state.position);
        } else depth -= 1;
      },
    });
  } catch {
    return undefined;
  }
  if (root === undefined || root === null) return [];
  if (!isMap(root)) return undefined;
  const found: { key: string; items: { value: Record<string, unknown>; line: number }[] }[] = [];
  let next = 0;
  let starts: number[] | undefined;
  for (const [key, value] of Object.entries(root)) {
    if (!topKeys.has(key)) return undefined;
    if (value === null) {
      found.push({ key, items: [] });
      continue;
    }
    if (!Array.isArray(value)) return undefined;
    const items: { value: Record<string, unknown>; line: number }[] = [];
    for (const item of value as unknown[]) {
      const position = recordStarts[next];
      next += 1;
      if (!isMap(item) || position === undefined) return undefined;
      starts ??= lineStarts(text);
      items.push({ value: item, line: lineAt(starts, contentStart(text, position)) });
    }
    found.push({ key, items });
  }
  // Every depth-3 node was a record: otherwise the positions do not line up.
  if (next !== recordStarts.length) return undefined;
  // Each record runs to the line before the next record (or the next top-level key).
  const lines = text.split('\n');
  const recordLines = found.flatMap((f) => f.items.map((it) => it.line)).sort((a, b) => a - b);
  const sections: FastSection[] = [];
  for (const { key, items } of found) {
    const records: FastRecord[] = [];
    for (const it of items) {
      const after = recordLines.find((l) => l > it.line) ?? lines.length + 1;
      let last = after - 1;
      // Not past a top-level key that follows the record.
      for (let k = it.line + 1; k < after; k += 1)
        if (/^\S/.test(lines[k - 1] ?? '') && !(lines[k - 1] ?? '').startsWith('#')) {
          last = k - 1;
          break;
        }
      const cite = it.value.cite;
      const citeLines = citeItemLines(lines, it.line, last, Array.isArray(cite) ? cite.length : 0);
      if (citeLines === undefined) return undefined;
      records.push({ value: it.value, line: it.line, citeLines });
    }
    sections.push({ key, records });
  }
  return sections;
}
