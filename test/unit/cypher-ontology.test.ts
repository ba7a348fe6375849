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
  GROUP_LABELS,
  GROUPS,
  KIND_NAMES,
  KINDS,
  LOAD_MARK_LABEL,
  REL_TYPES,
  SEARCH_KEY_LABEL,
  SECTION_LABEL,
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
  SECTION_LABEL,
  ...GROUPS.map((g) => GROUP_LABELS[g]),
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

/** A file's Cypher without its comment lines, as the API runs it. */
const api = (name: string): string => code(readFileSync(join(CYPHER_DIR, 'api', `${name}.cypher`), 'utf8'));

describe('Cypher that lists the ontology by hand', () => {
  it('stats counts every kind label and every relationship type, from the count store', () => {
    const text = api('stats');
    const kinds = [...text.matchAll(/MATCH \(n:(\w+)\)/g)].map((m) => m[1]);
    const types = [...text.matchAll(/MATCH \(\)-\[r:(\w+)\]->\(\)/g)].map((m) => m[1]);
    expect(kinds).toEqual(KIND_NAMES.map((k) => KINDS[k].label));
    expect(types).toEqual([...REL_TYPES, 'CITED_IN', 'IN_REGION']);
  });

  it('a count of kinds reads every kind label (and :Entity) from the count store', () => {
    // With its string literals (api() blanks them): each branch names the kind it counts.
    const text = readFileSync(join(CYPHER_DIR, 'api', 'entities-count-labels.cypher'), 'utf8').replace(
      /\/\/.*$/gm,
      '',
    );
    const branches = [...text.matchAll(/MATCH \(n:(\w+)\) WITH count\(n\) AS c RETURN '(\w*)' AS kind/g)];
    expect(branches.map((m) => [m[1], m[2]])).toEqual([
      ['Entity', ''],
      ...KIND_NAMES.map((k) => [KINDS[k].label, k]),
    ]);
  });

  it('a neighbourhood step expands exactly the curated relationship types', () => {
    const patterns = [...api('expand').matchAll(/\[r:([A-Z_|]+)\]/g)].map((m) => m[1]);
    expect(patterns.length).toBe(3);
    for (const p of patterns) expect(p?.split('|')).toEqual(REL_TYPES);
  });

  it('every entities page and count file applies the same filter', () => {
    const filter = (name: string): string => {
      const text = api(name).replace(/\n {2}/g, '\n');
      const from = text.indexOf('($includePlaceholders');
      const to = text.indexOf('IN $levels)', from);
      return text.slice(from, to).replace(/\s+/g, ' ');
    };
    const files = ['page', 'page-kinds', 'page-anchor', 'count', 'count-kinds', 'count-anchor'].map((f) =>
      `entities-${f.replace(/^page$/, 'page').replace(/^count$/, 'count')}`.replace(/-$/, ''),
    );
    const first = filter(files[0] ?? '');
    expect(first.length).toBeGreaterThan(300);
    for (const f of files) expect(filter(f), f).toBe(first);
  });

  it('has one shortest-paths file per bound, each with its bound in the pattern', () => {
    for (let n = 1; n <= 6; n += 1) expect(api(`shortest-paths-${n}`)).toContain(`[rs*..${n}]`);
  });
});
