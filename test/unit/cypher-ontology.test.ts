/**
 * Every label and relationship type written in cypher/ must exist in the ontology: a renamed
 * kind or type cannot leave a query silently matching nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/config/paths.js';
import {
  DERIVED_RELS,
  GROUPS,
  KIND_NAMES,
  KINDS,
  LOAD_MARK_LABEL,
  REL_TYPES,
  SEARCH_KEY_LABEL,
} from '../../src/ontology/ontology.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.cypher') ? [join(dir, d.name)] : [],
  );

/** Cypher without comments and string literals. */
const code = (text: string): string =>
  text
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/`[^`]*`/g, '``');

const LABELS = new Set<string>([
  'Entity',
  SEARCH_KEY_LABEL,
  LOAD_MARK_LABEL,
  ...GROUPS,
  ...KIND_NAMES.map((k) => KINDS[k].label),
]);
const TYPES = new Set<string>([...REL_TYPES, ...DERIVED_RELS]);

export function labelsAndTypes(text: string): { labels: string[]; types: string[] } {
  const c = code(text);
  const types = [...c.matchAll(/\[\s*\w*\s*:\s*([A-Z_][A-Z0-9_|]*)/g)].flatMap((m) =>
    (m[1] ?? '').split('|'),
  );
  const withoutRels = c.replace(/\[[^\]]*\]/g, '[]');
  const labels = [...withoutRels.matchAll(/\b\w*\s*:\s*([A-Z][A-Za-z]+)\b/g)].map((m) => m[1] ?? '');
  return { labels, types };
}

describe('cypher/ speaks the ontology', () => {
  const all = files(CYPHER_DIR);

  it('finds the Cypher files and the names in them', () => {
    expect(all.length).toBeGreaterThan(20);
    const sample = labelsAndTypes(
      'MATCH (p:Platform)-[:SERVES|RELIES_ON*1..2]->(c:Chain {id: $x}) WHERE n:Entity',
    );
    expect(sample).toEqual({ labels: ['Platform', 'Chain', 'Entity'], types: ['SERVES', 'RELIES_ON'] });
  });

  it.each(all.map((f) => [relative(CYPHER_DIR, f), f]))(
    '%s uses only ontology labels and types',
    (_name, f) => {
      const { labels, types } = labelsAndTypes(readFileSync(f, 'utf8'));
      expect(labels.filter((l) => !LABELS.has(l))).toEqual([]);
      expect(types.filter((t) => !TYPES.has(t))).toEqual([]);
    },
  );
});
