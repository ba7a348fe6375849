import { describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/http/server.js';
import { jsonLogger } from '../../src/http/logger.js';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();

describe('GraphQL API', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${server().server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server().server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', documents: 5 });
  });

  it('node(id) returns an entity with its kind type, citations and document ids', async () => {
    const r = await server().gql<{ node: Record<string, unknown> }>(
      '{ node(id: "uni:dlut") { __typename id name kind level aliases citations { document section line span } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.node).toMatchObject({
      __typename: 'University',
      id: 'uni:dlut',
      name: '大连理工大学',
      kind: 'UNIVERSITY',
    });
    expect(r.data?.node.citations).toContainEqual(
      expect.objectContaining({ document: 'doc:plan14', line: 143 }),
    );
  });

  it('node(id) of an unknown id is NOT_FOUND', async () => {
    const r = await server().gql('{ node(id: "uni:nobody") { id } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('search finds Chinese names and aliases, best first, filtered by kind', async () => {
    const r = await server().gql<{ search: { entity: { id: string } }[] }>(
      '{ search(text: "大连化物所") { entity { id } } }',
    );
    expect(r.data?.search[0]?.entity.id).toBe('ri:cas-dicp');
    const k = await server().gql<{ search: { entity: { kind: string } }[] }>(
      '{ search(text: "燃气轮机", kinds: [INNOVATION_CENTRE], first: 5) { entity { kind name } } }',
    );
    expect(k.data?.search.length).toBeGreaterThan(0);
    expect(k.data?.search.every((h) => h.entity.kind === 'INNOVATION_CENTRE')).toBe(true);
  });

  it.each(['"', '*', '~', 'AND', '\\', 'a AND (b OR', '[1 TO 2]', '大连" OR "x', '?:^!{}/'])(
    'takes query syntax in search text literally: %s',
    async (text) => {
      const r = await server().gql('query($t: String!) { search(text: $t) { score } }', { t: text });
      expect(r.errors).toBeUndefined();
      expect(Array.isArray((r.data as { search: unknown[] }).search)).toBe(true);
    },
  );

  it.each([
    ['empty text', { t: '' }],
    ['blank text', { t: '   ' }],
    ['10 000 characters', { t: '大'.repeat(10_000) }],
  ])('rejects %s with BAD_USER_INPUT and keeps serving', async (_what, vars) => {
    const r = await server().gql('query($t: String!) { search(text: $t) { score } }', vars);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect((await fetch(`${server().server.url}/healthz`)).status).toBe(200);
  });

  it('rejects a huge first with BAD_USER_INPUT', async () => {
    const r = await server().gql('{ search(text: "大连", first: 100000) { score } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('stats counts the graph by kind and type', async () => {
    const r = await server().gql<{
      stats: { entities: number; byKind: { kind: string; count: number }[]; byType: { type: string }[] };
    }>('{ stats { entities relationships byKind { kind count } byType { type count } } }');
    expect(r.data?.stats.byKind).toContainEqual({ kind: 'LABORATORY', count: expect.any(Number) as number });
    expect(r.data?.stats.byType.map((t) => t.type)).toContain('HOSTED_BY');
    expect(r.data?.stats.entities).toBeGreaterThan(500);
  });

  it('answers malformed queries with a GraphQL error code, never a stack', async () => {
    const r = await server().gql('{ node(id: ) }');
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const bad = await fetch(`${server().server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('logs each request as one JSON line with its GraphQL operation and error codes', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = await startApiServer({
      db: server().db,
      port: 0,
      log: jsonLogger((l) => lines.push(JSON.parse(l) as Record<string, unknown>)),
    });
    try {
      const res = await fetch(`${logged.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
        body: JSON.stringify({ query: 'query Named { node(id: "uni:nobody") { id } }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('req-42');
      await res.json();
      await expect.poll(() => lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.filter((l) => l.requestId === 'req-42')).toEqual([
        expect.objectContaining({
          msg: 'request',
          requestId: 'req-42',
          path: '/graphql',
          status: 200,
          operationName: 'Named',
          errorCodes: ['NOT_FOUND'],
        }),
      ]);
    } finally {
      await logged.close();
    }
  });
});
