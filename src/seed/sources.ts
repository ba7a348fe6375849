/** The source documents, as lines, for checking citations. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type SourceLines = ReadonlyMap<string, readonly string[]>;

/** Removes all whitespace: the documents break and pad text unpredictably. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Reads each document's file from `dir`. Keys are document ids without the `doc:` prefix.
 * Returns the files it could not find, so that the caller reports them as problems.
 */
export function loadSources(
  dir: string,
  files: ReadonlyMap<string, string>,
): { lines: Map<string, string[]>; missing: string[] } {
  const lines = new Map<string, string[]>();
  const missing: string[] = [];
  for (const [doc, file] of files) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      missing.push(path);
      continue;
    }
    // Lines as grep -n counts them: split on \n, drop a trailing \r.
    const text = readFileSync(path, 'utf8');
    lines.set(
      doc,
      text
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => l.replace(/\r$/, '')),
    );
  }
  return { lines, missing };
}

export interface SourceIndex {
  /** Each line without whitespace. */
  readonly squashed: readonly string[];
  /** For each line, the squashed text of the next non-empty line after it ('' at the end). */
  readonly next: readonly string[];
}

const indexes = new WeakMap<readonly string[], SourceIndex>();

/**
 * A document's lines prepared once for citation checks, so that checking a citation costs
 * the same whatever its line and however many citations a document has.
 */
export function sourceIndex(lines: readonly string[]): SourceIndex {
  let index = indexes.get(lines);
  if (index === undefined) {
    const squashed = lines.map(squash);
    const next = new Array<string>(lines.length);
    let following = '';
    for (let i = lines.length - 1; i >= 0; i -= 1) {
      next[i] = following;
      const here = squashed[i] ?? '';
      if (here !== '') following = here;
    }
    index = { squashed, next };
    indexes.set(lines, index);
  }
  return index;
}
