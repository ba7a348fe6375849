/**
 * The abuse suite: what an attacker or a careless client sends, class by class. Every answer
 * must be a coded 4xx (or a normal answer), the server must keep serving, and a request over
 * budget must never reach Neo4j.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDatabase } from '../../src/loader/seed.js';
import { formatProblem } from '../../src/seed/model.js';
import { silentLogger } from '../../src/http/logger.js';
import { startApiServer, type ApiServer } from '../../src/http/server.js';
import { openDatabase, type Database, type ReadOptions } from '../../src/neo4j/driver.js';
import { codes } from '../support/api.js';
import { get, rawHttp } from '../support/raw-http.js';
import { seedFixture, VALID } from '../support/seed-fixture.js';
import { seedFresh } from '../support/seeded.js';

/** The run's Neo4j, counting the Cypher it is sent. */
function counting(db: Database): Database & { reads: number } {
  const c = {
    reads: 0,
    driver: db.driver,
    connection: db.connection,
    read: ((cypher: string, params?: Record<string, unknown>, options?: ReadOptions) => {
      c.reads += 1;
      return db.read(cypher, params, options);
    }) as Database['read'],
    write: db.write.bind(db),
    close: () => db.close(),
  };
  return c;
}

let db: ReturnType<typeof counting>;
let api: ApiServer;

beforeAll(async () => {
  db = counting(openDatabase(inject('neo4j'), { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 }));
  await seedFresh(db);
  api = await startApiServer({ db, port: 0, log: silentLogger });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let errors: Answer['errors'];
  try {
    errors = (JSON.parse(text) as { errors?: Answer['errors'] }).errors;
  } catch {
    errors = undefined;
  }
  return { status: res.status, headers: res.headers, text, ...(errors ? { errors } : {}) };
}

const healthy = async (): Promise<void> => {
  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
};

/** Sends `query`, expects a 400 with `code`, and that no Cypher ran for it. */
async function refusedBeforeCypher(query: string, code: string, variables: object = {}): Promise<Answer> {
  const before = db.reads;
  const r = await post({ query, variables });
  expect(r.status).toBe(400);
  expect(codes(r)).toEqual([code]);
  expect(db.reads).toBe(before);
  return r;
}

describe('malformed HTTP (raw sockets)', () => {
  it('answers `GET //x:99999/` and an absolute-form target with a bad port, and stays up (D1)', async () => {
    expect((await rawHttp(api.url, get('//x:99999/'))).status).toBe(404);
    expect((await rawHttp(api.url, get('http://127.0.0.1:99999/healthz'))).status).toBe(400);
    expect((await rawHttp(api.url, get('http://127.0.0.1/healthz'))).status).toBe(200);
    await healthy();
  });

  it.each([
    ['a garbage request line', 400, 'GARBAGE\r\n\r\n'],
    ['a space in the target', 400, 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a header line without a colon', 400, 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'],
    ['HTTP/1.1 without Host', 400, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'],
    ['a 20 KB header', 431, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['an asterisk target', 400, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    [
      'broken chunked framing',
      400,
      'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ],
    [
      'both Content-Length and Transfer-Encoding',
      400,
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
  ])('answers %s with %i and keeps serving', async (_what, status, request) => {
    expect((await rawHttp(api.url, request)).status).toBe(status);
    await healthy();
  });
});

describe('paths and methods', () => {
  it.each([
    ['/%', 400],
    ['/%E0%A4%A', 400],
    ['/%00', 400],
    ['/ide/__proto__', 404],
    ['/ide/constructor', 404],
    ['/ide/hasOwnProperty', 404],
    ['/ide/../../package.json', 404],
    ['/../../../etc/passwd', 404],
    ['/assets/%2e%2e/%2e%2e/package.json', 404],
    ['/no-such-file.js', 404],
  ])('answers %s with %i, not 500 (D9)', async (path, status) => {
    expect((await rawHttp(api.url, get(path))).status).toBe(status);
    await healthy();
  });

  it('refuses other methods with 405 and Allow', async () => {
    const put = await fetch(`${api.url}/graphql`, { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect((await fetch(`${api.url}/`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('headers', () => {
  it('sends security headers on every answer, with a CSP that allows only this origin (D10)', async () => {
    for (const path of ['/healthz', '/graphql?query=%7Bstats%7Bentities%7D%7D', '/no-such-file.js']) {
      const res = await fetch(`${api.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves GraphiQL without inline script, so the CSP needs no unsafe-inline script', async () => {
    const page = await (await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline).toEqual([' type="application/json" id="tabs"']);
    expect((await fetch(`${api.url}/ide/start.js`)).status).toBe(200);
  });

  it('answers only the allowed host names when a list is configured (D10)', async () => {
    const strict = await startApiServer({ db, port: 0, log: silentLogger, allowedHosts: ['innograph.test'] });
    try {
      const wrong = await rawHttp(
        strict.url,
        'GET /favicon.ico HTTP/1.1\r\nHost: evil.test\r\nConnection: close\r\n\r\n',
      );
      expect(wrong.status).toBe(421);
      expect(wrong.body).toContain('HOST_NOT_ALLOWED');
      const right = await rawHttp(
        strict.url,
        'GET /favicon.ico HTTP/1.1\r\nHost: InnoGraph.test:4000\r\nConnection: close\r\n\r\n',
      );
      // (Health probes answer whatever the Host: see http-edges.test.ts.)
      expect(right.status).toBe(204);
    } finally {
      await strict.close();
    }
  });

  it('does not echo a hostile request id', async () => {
    const res = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': '<script>x</script>' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('bodies', () => {
  it('answers a body over 1 MB with 413, not a reset (D8)', async () => {
    const r = await post(JSON.stringify({ query: `{ stats { entities } } #${'x'.repeat(1_100_000)}` }));
    expect(r.status).toBe(413);
    expect(codes(r)).toEqual(['PAYLOAD_TOO_LARGE']);
    await healthy();
  });

  it('answers a chunked body over 1 MB with 413', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const r = await rawHttp(
      api.url,
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunks}0\r\n\r\n`,
    );
    expect(r.status).toBe(413);
  });

  it.each([
    ['invalid JSON', '{not json', 'BAD_REQUEST'],
    [
      'JSON nested 100 000 deep',
      `{"query":"{ stats { entities } }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      'BAD_REQUEST',
    ],
    ['a JSON array', '[1,2,3]', 'BAD_REQUEST'],
    ['no query', '{}', 'BAD_REQUEST'],
  ])('answers %s with 400 (D5)', async (_what, body, code) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe(code);
  });

  it('refuses a compressed body it cannot read with 415', async () => {
    const r = await post('{"query":"{ stats { entities } }"}', { 'content-encoding': 'gzip' });
    expect(r.status).toBe(415);
  });

  it('refuses a body with bytes that are not UTF-8, naming the byte offset', async () => {
    const head = Buffer.from('{"query":"{ search(text: \\"');
    const body = Buffer.concat([head, Buffer.from([0xff, 0xfe]), Buffer.from('\\") { entity { id } } }"}')]);
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(res.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.errors?.[0]?.message).toContain(
      `not valid UTF-8 (byte 0xff at byte offset ${head.length})`,
    );
    // Chinese sent as UTF-8 is still read.
    const ok = await post({ query: '{ search(text: "大连理工") { entity { id } } }' });
    expect(ok.status).toBe(200);
  });
});

describe('query bombs and budget bypasses', () => {
  it('refuses a fragment bomb at once, and others are served meanwhile (D2)', async () => {
    const n = 40;
    const frags = Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? `fragment F${i} on Entity { id }`
        : `fragment F${i} on Entity { ...F${i + 1} ...F${i + 1} }`,
    );
    const bomb = refusedBeforeCypher(
      `{ node(id: "uni:dlut") { ...F0 } } ${frags.join(' ')}`,
      'QUERY_TOO_COMPLEX',
    );
    await healthy();
    await bomb;
  });

  it('refuses a depth bomb and an alias bomb', async () => {
    let q = '{ id }';
    for (let i = 0; i < 12; i += 1) q = `{ id relationships { node ${q} } }`;
    await refusedBeforeCypher(`{ node(id: "uni:dlut") ${q} }`, 'QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: hosts { id }`).join(' ');
    await refusedBeforeCypher(
      `{ node(id: "lab:new-energy-aircraft") { ... on Laboratory { ${aliases} } } }`,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('does not let a negative page size in one alias pay for the others (D3)', async () => {
    const heavy = Array.from(
      { length: 3 },
      (_, i) => `h${i}: entities(first: 100) { nodes { relationships { node { id name } } } }`,
    ).join(' ');
    await refusedBeforeCypher(
      `{ neg: entities(first: -2147483648) { nodes { id } } ${heavy} }`,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('refuses 400 chainCoverage or 3000 search aliases before any Cypher (D4)', async () => {
    await refusedBeforeCypher(
      `{ ${Array.from({ length: 400 }, (_, i) => `c${i}: chainCoverage { totalCount }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    );
    await refusedBeforeCypher(
      `{ ${Array.from({ length: 3000 }, (_, i) => `s${i}: search(text: "大连", first: 1) { score }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    );
    await refusedBeforeCypher(
      `{ ${Array.from({ length: 11 }, (_, i) => `s${i}: search(text: "大连", first: 1) { score }`).join(' ')} }`,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('refuses a document of more than 10 000 nodes with a code, not a 500 (D5)', async () => {
    await refusedBeforeCypher(`{ stats { ${'entities '.repeat(12_000)} } }`, 'QUERY_TOO_COMPLEX');
  });

  it('answers mutations and subscriptions with 400 BAD_REQUEST (D6)', async () => {
    await refusedBeforeCypher('mutation { stats { entities } }', 'BAD_REQUEST');
    await refusedBeforeCypher('subscription { stats { entities } }', 'BAD_REQUEST');
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { stats { entities } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(405);
  });
});

describe('variables', () => {
  const Q =
    'query($id: ID!, $first: Int) { node(id: $id) { id } search(text: "大连", first: $first) { score } }';
  it.each([
    ['a wrong type', { id: 'uni:dlut', first: 'ten' }],
    ['a missing required variable', { first: 5 }],
    ['an object where a scalar goes', { id: { a: [1, 2, { b: 3 }] } }],
    ['a nested list where a scalar goes', { id: [[[[[['deep']]]]]] }],
  ])('answers %s with 400 BAD_USER_INPUT before any Cypher (D5)', async (_what, variables) => {
    await refusedBeforeCypher(Q, 'BAD_USER_INPUT', variables);
  });

  it('answers a variables value that is not an object with 400', async () => {
    const r = await post({ query: '{ stats { entities } }', variables: 'nope' });
    expect(r.status).toBe(400);
  });
});

describe('arguments', () => {
  it('refuses a forged cursor that encodes a real id (D11)', async () => {
    const forged = Buffer.from('e:uni:dlut', 'utf8').toString('base64url');
    const r = await post({
      query: 'query($a: String) { entities(first: 2, after: $a) { totalCount } }',
      variables: { a: forged },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const issued = await post({ query: '{ entities(first: 2) { pageInfo { endCursor } } }' });
    const cursor = (JSON.parse(issued.text) as { data: { entities: { pageInfo: { endCursor: string } } } })
      .data.entities.pageInfo.endCursor;
    const next = await post({
      query: 'query($a: String) { entities(first: 2, after: $a) { totalCount } }',
      variables: { a: cursor },
    });
    expect(next.errors).toBeUndefined();
    const tampered = `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}`;
    const bad = await post({
      query: 'query($a: String) { entities(first: 2, after: $a) { totalCount } }',
      variables: { a: tampered },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('counts search text in characters, not UTF-16 units (D12)', async () => {
    const Q = 'query($t: String!) { search(text: $t) { score } }';
    // U+20000 is one character and two UTF-16 units: 150 of them are within the 200-character limit.
    const ok = await post({ query: Q, variables: { t: '𠀀'.repeat(150) } });
    expect(ok.errors).toBeUndefined();
    const long = await post({ query: Q, variables: { t: '𠀀'.repeat(201) } });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
  });

  it('does not echo a 900 KB id back (D13)', async () => {
    const id = 'x'.repeat(900_000);
    const r = await post({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.text.length).toBeLessThan(1000);
    expect(r.errors?.[0]?.message).toBe(`no entity with id "${'x'.repeat(100)}…"`);
  });
});

describe('seed files (encodings, links, sizes) write nothing', () => {
  const count = async (): Promise<number> =>
    Number((await db.read('MATCH (n:Entity) RETURN count(n) AS n')).records[0]?.get('n'));

  it.each([
    [
      'a non-UTF-8 byte in a note (D14)',
      (dir: string) => {
        const bytes = Buffer.from(
          VALID.replace('    name: 沈阳航空航天大学\n', '    name: 沈阳航空航天大学\n    note: X\n'),
        );
        bytes[bytes.indexOf('X')] = 0xb2;
        writeFileSync(join(dir, 'a.yaml'), bytes);
      },
      /^a\.yaml:11: not UTF-8: byte 0xB2/,
    ],
    [
      'a link to a file outside seed/ (D15)',
      (dir: string) => {
        const outside = mkdtempSync(join(tmpdir(), 'innograph-outside-'));
        writeFileSync(join(outside, 'x.yaml'), VALID);
        symlinkSync(join(outside, 'x.yaml'), join(dir, 'x.yaml'));
      },
      /^x\.yaml:1: symbolic link to .*, outside the seed folder/,
    ],
    [
      'a 3 MiB file (D17)',
      (dir: string) => {
        writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(3 * 1024 * 1024)}\n`);
      },
      /^big\.yaml:1: the file is 3\.0 MiB; a seed file may be at most 2\.0 MiB/,
    ],
  ])('%s', async (_what, spoil, message) => {
    const dir = seedFixture({
      'ok.yaml': VALID.replace(/uni:sau/g, 'uni:sau2').replace('lab:new-energy-aircraft', 'lab:x'),
    });
    spoil(dir);
    const before = await count();
    const outcome = await seedDatabase(db, { dir });
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok
      ? []
      : outcome.problems.map((p) => formatProblem(p).replace(/innograph-seed-[^/]+\//, ''));
    expect(problems.some((p) => message.test(p))).toBe(true);
    expect(await count()).toBe(before);
  });
});

describe('shutdown', () => {
  /** The run's Neo4j behind a gate: reads wait until the test opens it. */
  function gated(): { db: Database; waiting: () => number; open: () => void } {
    let open = (): void => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let waiting = 0;
    return {
      db: {
        ...db,
        read: async (cypher: string, params?: Record<string, unknown>, options?: ReadOptions) => {
          waiting += 1;
          await gate;
          return db.read(cypher, params, options);
        },
      },
      waiting: () => waiting,
      open,
    };
  }

  const refused = (url: string): Promise<string> =>
    fetch(`${url}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );

  it('stops accepting at once but lets an in-flight request finish', async () => {
    const g = gated();
    const server = await startApiServer({ db: g.db, port: 0, log: silentLogger });
    const inFlight = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    });
    await expect.poll(g.waiting).toBeGreaterThan(0);
    const closed = server.close(120_000);
    await expect.poll(() => refused(server.url)).toBe('refused');
    g.open();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { data: { stats: { entities: number } } }).data.stats.entities,
    ).toBeGreaterThan(500);
    await closed;
  });

  it('cuts a request that outlasts the grace period, and still closes', async () => {
    const g = gated();
    const server = await startApiServer({ db: g.db, port: 0, log: silentLogger });
    const inFlight = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    }).then(
      () => 'answered',
      () => 'cut',
    );
    await expect.poll(g.waiting).toBeGreaterThan(0);
    await server.close(100);
    expect(await inFlight).toBe('cut');
    g.open();
  });
});

describe('status codes', () => {
  it('answers 400 when the arguments are at fault, with the code and the argument', async () => {
    const bad = await post({ query: '{ search(text: "大连", first: 100000) { score } }' });
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });
});
