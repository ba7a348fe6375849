/**
 * Cypher lives in cypher/*.cypher, named for what it does. This module reads those files
 * (once) so that code refers to queries by name: `cypher('load/reset')`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../config/paths.js';

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, without comment lines. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (schema), split at a `;` that ends a line. */
export const cypherStatements = (name: string): string[] =>
  cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
