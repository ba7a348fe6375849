/**
 * Every GraphQL example in README.md and docs/ is valid against the committed schema, so an
 * API change cannot leave a planner copying a query that fails. A block holds one query, or
 * (README) several root fields, one per blank-line-separated snippet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';

const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
const files = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function snippets(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(/\n\s*\n/)
      .map((s) => s.replace(/^\s*#.*$/gm, '').trim())
      .filter((s) => s !== '')
      .map((s) => (/^(query\b|\{)/.test(s) ? s : `{ ${s} }`)),
  );
}

describe('GraphQL examples in the docs', () => {
  const cases = files.flatMap((f) => snippets(f).map((q, i) => [`${f} #${i + 1}`, q] as const));

  it('finds the examples', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('%s is valid against schema.graphql', (_where, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
