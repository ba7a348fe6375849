/**
 * The low items of issue 20 (item 5) at the HTTP edge: persisted-query mistakes, media types
 * in any case, a bad document on a nested field, duplicate Host headers, and health probes
 * that do not depend on the Host check.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Logger } from '../../src/http/logger.js';
import { startApiServer, type ApiServer } from '../../src/http/server.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { rawHttp } from '../support/raw-http.js';
import { seedFresh } from '../support/seeded.js';

const logged: string[] = [];
const log: Logger = {
  info: () => {},
  error: (message, fields) => {
    logged.push(`${message} ${JSON.stringify(fields ?? {})}`);
  },
};

let db: Database;
let api: ApiServer;

beforeAll(async () => {
  db = openDatabase(inject('neo4j'), { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 });
  await seedFresh(db);
  api = await startApiServer({ db, port: 0, log, allowedHosts: ['127.0.0.1', 'innograph.example.org'] });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; codes: unknown[]; text: string }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let codes: unknown[] = [];
  try {
    codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
      (e) => e.extensions?.code,
    );
  } catch {
    codes = ['(not JSON)'];
  }
  return { status: res.status, codes, text };
}

describe('persisted queries', () => {
  it.each([
    [
      'a hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    ],
    ['an unknown version', { extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
    ['a persistedQuery that is a string', { query: '{ __typename }', extensions: { persistedQuery: 'x' } }],
    [
      'a persistedQuery without a hash',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1 } } },
    ],
    ['a hash that is a number', { extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } }],
  ])('answers %s with a 4xx and a code, and logs no stack', async (_what, body) => {
    logged.length = 0;
    const r = await post(body);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.codes).toHaveLength(1);
    expect(r.codes[0]).not.toBe('INTERNAL_SERVER_ERROR');
    expect(r.text).not.toMatch(/\bat .+:\d+/);
    expect(logged.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, as Apollo clients expect', async () => {
    const r = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(r.codes).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('media types', () => {
  it.each(['application/JSON', 'Application/Json; charset=UTF-8'])('accepts %s', async (type) => {
    const r = await post({ query: '{ node(id: "uni:dlut") { id } }' }, { 'content-type': type });
    expect(r.status).toBe(200);
    expect(r.codes).toEqual([]);
  });
});

describe('a bad document on a nested field', () => {
  it('answers statusIn(document: "doc:zzz") with 400 BAD_USER_INPUT, like other bad documents', async () => {
    const r = await post({
      query: '{ node(id: "uni:dlut") { id statusIn(document: "doc:zzz") { status } } }',
    });
    expect(r.codes).toEqual(['BAD_USER_INPUT']);
    expect(r.status).toBe(400);
  });
});

describe('Host', () => {
  it('refuses a request with two Host headers', async () => {
    const r = await rawHttp(
      api.url,
      'GET /healthz HTTP/1.1\r\nHost: innograph.example.org\r\nHost: evil.example.com\r\nConnection: close\r\n\r\n',
    );
    expect(r.status).toBe(400);
    const g = await rawHttp(
      api.url,
      'GET / HTTP/1.1\r\nHost: evil.example.com\r\nHost: innograph.example.org\r\nConnection: close\r\n\r\n',
    );
    expect(g.status).toBe(400);
  });

  it('answers /healthz and /readyz whatever the Host (a load balancer probes by IP)', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const r = await rawHttp(
        api.url,
        `GET ${path} HTTP/1.1\r\nHost: 10.0.0.7:4000\r\nConnection: close\r\n\r\n`,
      );
      expect(r.status, path).toBe(200);
    }
    // Everything else still checks it.
    const g = await rawHttp(
      api.url,
      'GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: 10.0.0.7\r\nConnection: close\r\n\r\n',
    );
    expect(g.status).toBe(421);
  });
});
