/**
 * Every error code the server can send is in docs/api.md's error table, so a client meeting
 * one can look it up. The codes are read from the source: the ErrorCode vocabulary, the codes
 * passed through from Apollo, and every code the HTTP layer refuses with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';
import { ErrorCode } from '../../src/graphql/errors.js';

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

function sentCodes(): Set<string> {
  const codes = new Set<string>(Object.values(ErrorCode));
  // Apollo's codes let through to clients (CLIENT_CODES) and the HTTP layer's refusals.
  const sources = ['src/graphql/server.ts', 'src/http/server.ts', 'src/http/body.ts'].map(read);
  for (const text of sources) {
    for (const m of text.matchAll(/^\s+'([A-Z][A-Z_]+)',$/gm)) codes.add(m[1] ?? '');
    for (const m of text.matchAll(/refuse\(res, \d{3}, '([A-Z_]+)'/g)) codes.add(m[1] ?? '');
    for (const m of text.matchAll(/BodyError\(\s*\d{3},\s*'([A-Z_]+)'/g)) codes.add(m[1] ?? '');
    for (const m of text.matchAll(/code: '([A-Z_]+)'/g)) codes.add(m[1] ?? '');
  }
  return codes;
}

function tableCodes(): Set<string> {
  const api = read('docs/api.md');
  const start = api.indexOf('**Error codes.**');
  const table = api.slice(start).split('\n\n')[1] ?? '';
  const codes = new Set<string>();
  for (const row of table.split('\n').filter((l) => l.startsWith('| `')))
    for (const m of (row.split(' | ')[0] ?? '').matchAll(/`([A-Z_]+)`/g)) codes.add(m[1] ?? '');
  return codes;
}

describe("docs/api.md's error table", () => {
  it('lists every code the server sends', () => {
    const sent = sentCodes();
    expect(sent).toContain('UNSUPPORTED_MEDIA_TYPE');
    expect(sent).toContain('PERSISTED_QUERY_NOT_FOUND');
    const documented = tableCodes();
    expect(documented.size).toBeGreaterThan(10);
    expect([...sent].filter((c) => !documented.has(c)).sort()).toEqual([]);
  });
});
