/**
 * The direct path (src/graphql/direct.ts): a request Apollo has answered once is answered again
 * without its pipeline, and must answer the same: status, content type, Retry-After, body and
 * the request's log line (operation name, error codes). Each case is sent twice; the first goes
 * through Apollo, the second (when it qualifies) directly.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Logger, LogFields } from '../../src/http/logger.js';
import { startApiServer, type ApiServer } from '../../src/http/server.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { seedFresh } from '../support/seeded.js';

const lines: LogFields[] = [];
const log: Logger = {
  info: (msg, fields) => {
    if (msg === 'request') lines.push(fields ?? {});
  },
  error: () => {},
};

let db: Database;
let api: ApiServer;

beforeAll(async () => {
  db = openDatabase(inject('neo4j'), { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 });
  await seedFresh(db);
  api = await startApiServer({ db, port: 0, log });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

interface Answer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly retryAfter: string | undefined;
  readonly body: string;
  readonly logged: { operationName: unknown; errorCodes: unknown };
}

/** POSTs `body` with exactly the headers given (no Accept unless given), and its log line. */
function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL('/graphql', api.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          // The log line is written when the response closes, right after the body ends.
          setImmediate(() => {
            const line = lines.at(-1) ?? {};
            resolve({
              status: res.statusCode ?? 0,
              contentType: res.headers['content-type'],
              retryAfter: res.headers['retry-after'],
              body: Buffer.concat(chunks).toString('utf8'),
              logged: { operationName: line.operationName, errorCodes: line.errorCodes },
            });
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const NODE = 'query Node($id: ID!) { node(id: $id) { id name kind status level } }';
const TWO = `query A { stats { entities } } query B { entities(filter: { kinds: [LABORATORY] }, first: 0) { totalCount } }`;

const direct: [string, unknown, Record<string, string>?][] = [
  ['an entity by id', { query: NODE, variables: { id: 'uni:dlut' } }],
  ['an unknown id (NOT_FOUND, data null)', { query: NODE, variables: { id: 'uni:nowhere' } }],
  [
    'no variables, no name',
    { query: '{ entities(filter: { kinds: [LABORATORY] }, first: 0) { totalCount } }' },
  ],
  [
    'variables and operationName null',
    { query: '{ stats { entities } }', variables: null, operationName: null },
  ],
  ['one of two operations by name', { query: TWO, operationName: 'B' }],
  ['a bad argument (BAD_USER_INPUT, 400)', { query: '{ entities(first: 5000) { totalCount } }' }],
  [
    'a bad document on a nested field (partial answer)',
    { query: '{ node(id: "uni:dlut") { id statusIn(document: "doc:zzz") { status } } }' },
  ],
  ['Accept: */*', { query: NODE, variables: { id: 'uni:dlut' } }, { accept: '*/*' }],
  [
    'Accept: application/json',
    { query: NODE, variables: { id: 'uni:dlut' } },
    { accept: 'application/json' },
  ],
];

const viaApollo: [string, unknown, Record<string, string>?][] = [
  [
    'over budget (QUERY_TOO_COMPLEX)',
    { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }` },
  ],
  ['invalid variables', { query: NODE, variables: { id: 5.5 } }],
  ['missing variables', { query: NODE }],
  ['several operations and no name', { query: TWO }],
  ['an unknown operation name', { query: TWO, operationName: 'C' }],
  ['a validation error', { query: '{ nothing }' }],
  ['a syntax error', { query: '{ node(' }],
  ['extensions', { query: '{ stats { entities } }', extensions: {} }],
  [
    'Accept: application/graphql-response+json',
    { query: NODE, variables: { id: 'uni:dlut' } },
    { accept: 'application/graphql-response+json' },
  ],
];

describe('the direct path answers as Apollo does', () => {
  it.each(direct)('%s', async (_name, body, headers) => {
    const text = JSON.stringify(body);
    const first = await post(text, headers);
    const before = api.directAnswers();
    const second = await post(text, headers);
    expect(api.directAnswers()).toBe(before + 1);
    expect(second).toEqual(first);
  });

  it.each(viaApollo)('%s: stays with Apollo', async (_name, body, headers) => {
    const text = JSON.stringify(body);
    const first = await post(text, headers);
    const before = api.directAnswers();
    const second = await post(text, headers);
    expect(api.directAnswers()).toBe(before);
    expect(second).toEqual(first);
  });

  it('other variables get their own budget verdict first (through Apollo), then go direct', async () => {
    const before = api.directAnswers();
    const a = await post(JSON.stringify({ query: NODE, variables: { id: 'lab:nowhere-new' } }));
    expect(api.directAnswers()).toBe(before);
    const b = await post(JSON.stringify({ query: NODE, variables: { id: 'lab:nowhere-new' } }));
    expect(api.directAnswers()).toBe(before + 1);
    expect(b).toEqual(a);
    expect(a.logged).toEqual({ operationName: 'Node', errorCodes: ['NOT_FOUND'] });
  });
});
