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
  const sections: FastSection[] = [];
  let next = 0;
  let starts: number[] | undefined;
  for (const [key, value] of Object.entries(root)) {
    if (!topKeys.has(key)) return undefined;
    if (value === null) {
      sections.push({ key, records: [] });
      continue;
    }
    if (!Array.isArray(value)) return undefined;
    const records: FastRecord[] = [];
    for (const item of value as unknown[]) {
      const position = recordStarts[next];
      next += 1;
      if (!isMap(item) || position === undefined) return undefined;
      starts ??= lineStarts(text);
      records.push({ value: item, line: lineAt(starts, contentStart(text, position)) });
    }
    sections.push({ key, records });
  }
  // Every depth-3 node was a record: otherwise the positions do not line up.
  return next === recordStarts.length ? sections : undefined;
}
