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
