import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();

interface Sub {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}
const NB = `query($id: ID!, $depth: Int, $kinds: [Kind!], $types: [RelationshipType!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, kinds: $kinds, relationshipTypes: $types, limit: $limit) {
    truncated nodes { id kind label } edges { id source target type basis }
  }
}`;

describe('neighbourhood', () => {
  it('returns the start, its neighbours and only edges between returned nodes', async () => {
    const r = await server().gql<{ neighbourhood: Sub }>(NB, {
      id: 'lab:high-end-precision-manufacturing',
      depth: 1,
    });
    const sub = r.data?.neighbourhood;
    expect(sub?.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['lab:high-end-precision-manufacturing', 'uni:dlut']),
    );
    expect(sub?.edges).toContainEqual(
      expect.objectContaining({
        source: 'lab:high-end-precision-manufacturing',
        type: 'HOSTED_BY',
        target: 'uni:dlut',
      }),
    );
    const ids = new Set(sub?.nodes.map((n) => n.id));
    expect(sub?.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(sub?.truncated).toBe(false);
  });

  it('grows with depth, filters by kinds and types, and says when it is truncated', async () => {
    const d1 = await server().gql<{ neighbourhood: Sub }>(NB, { id: 'uni:dlut', depth: 1 });
    const d2 = await server().gql<{ neighbourhood: Sub }>(NB, { id: 'uni:dlut', depth: 2, limit: 500 });
    expect(d2.data?.neighbourhood.nodes.length).toBeGreaterThan(d1.data?.neighbourhood.nodes.length ?? 0);
    const hosted = await server().gql<{ neighbourhood: Sub }>(NB, {
      id: 'uni:dlut',
      types: ['HOSTED_BY'],
      kinds: ['LABORATORY'],
    });
    expect(hosted.data?.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
      'lab:high-end-precision-manufacturing',
      'uni:dlut',
    ]);
    const cut = await server().gql<{ neighbourhood: Sub }>(NB, {
      id: 'region:liaoning',
      depth: 3,
      limit: 10,
    });
    expect(cut.data?.neighbourhood.nodes).toHaveLength(10);
    expect(cut.data?.neighbourhood.truncated).toBe(true);
  });

  it.each([
    [{ id: 'uni:nobody' }, 'NOT_FOUND'],
    [{ id: 'uni:dlut', depth: 4 }, 'BAD_USER_INPUT'],
    [{ id: 'uni:dlut', depth: 0 }, 'BAD_USER_INPUT'],
    [{ id: 'uni:dlut', limit: 100000 }, 'BAD_USER_INPUT'],
  ])('rejects %j with %s', async (vars, code) => {
    expect(codes(await server().gql(NB, vars))).toEqual([code]);
  });
});

describe('overview', () => {
  it('returns the curated graph of platforms, institutions, chains, directions and regions, edges among them', async () => {
    const r = await server().gql<{ overview: Sub }>(
      '{ overview { truncated nodes { id kind } edges { id source target type } } }',
    );
    const o = r.data?.overview;
    expect(o?.truncated).toBe(false);
    const kinds = new Set(o?.nodes.map((n) => n.kind));
    expect(kinds.has('FIELD')).toBe(false);
    expect(kinds.has('TOPIC')).toBe(false);
    expect(
      kinds.has('LABORATORY') && kinds.has('UNIVERSITY') && kinds.has('CHAIN') && kinds.has('REGION'),
    ).toBe(true);
    const ids = new Set(o?.nodes.map((n) => n.id));
    expect(o?.edges.length).toBeGreaterThan(100);
    expect(o?.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('truncates at limit and rejects limits out of range', async () => {
    const r = await server().gql<{ overview: Sub }>(
      '{ overview(limit: 10, kinds: [LABORATORY]) { truncated nodes { id } } }',
    );
    expect(r.data?.overview.nodes).toHaveLength(10);
    expect(r.data?.overview.truncated).toBe(true);
    expect(codes(await server().gql('{ overview(limit: 5000) { truncated } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $types) { length nodes { id } edges { source type target } }
}`;

describe('paths', () => {
  it('finds the shortest paths between two entities, in order', async () => {
    const r = await server().gql<{
      paths: { length: number; nodes: { id: string }[]; edges: { type: string }[] }[];
    }>(PATHS, {
      from: 'lab:high-end-precision-manufacturing',
      to: 'chain:marine-engineering-equipment-industrial-chain',
    });
    expect(r.errors).toBeUndefined();
    const paths = r.data?.paths ?? [];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]?.length).toBe(2); // lab → 大连理工大学 ← chain
    expect(paths[0]?.nodes.map((n) => n.id)).toEqual([
      'lab:high-end-precision-manufacturing',
      'uni:dlut',
      'chain:marine-engineering-equipment-industrial-chain',
    ]);
  });

  it('gives one path per sequence of nodes, with every parallel relationship on its step (review s23)', async () => {
    // 东北大学 → 大连化物所 through 沈大鞍 (LOCATED_IN and CO_BUILT_WITH between the same nodes)
    // came back as four paths that differed only in which of the two links each step took.
    const r = await server().gql<{
      paths: {
        length: number;
        nodes: { id: string }[];
        edges: { source: string; type: string; target: string }[];
        hops: { from: string; to: string; edges: { source: string; type: string; target: string }[] }[];
      }[];
    }>(/* GraphQL */ `
      {
        paths(from: "uni:neu", to: "ri:cas-dicp", limit: 20) {
          length
          nodes {
            id
          }
          edges {
            source
            type
            target
          }
          hops {
            from
            to
            edges {
              source
              type
              target
            }
          }
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    const paths = r.data?.paths ?? [];
    expect(paths.length).toBeGreaterThan(1);
    const routes = paths.map((p) => p.nodes.map((n) => n.id).join(' → '));
    expect(new Set(routes).size).toBe(routes.length);
    for (const p of paths) {
      expect(p.hops).toHaveLength(p.length);
      expect(p.nodes).toHaveLength(p.length + 1);
      expect(p.edges).toEqual(p.hops.flatMap((h) => h.edges));
      p.hops.forEach((h, i) => {
        expect([h.from, h.to]).toEqual([p.nodes[i]?.id, p.nodes[i + 1]?.id]);
        expect(h.edges.length).toBeGreaterThan(0);
        for (const e of h.edges) expect([e.source, e.target].sort()).toEqual([h.from, h.to].sort());
      });
    }
    const viaZone = paths.find((p) => p.nodes.some((n) => n.id === 'zone:shendaan-tech-transfer-demo-zone'));
    expect(viaZone?.hops.map((h) => h.edges.map((e) => e.type))).toEqual([
      ['LOCATED_IN'],
      ['CO_BUILT_WITH', 'LOCATED_IN'],
      ['CO_BUILT_WITH', 'LOCATED_IN'],
      ['LOCATED_IN'],
    ]);
  });

  it('returns no path when none exists over the allowed types', async () => {
    const r = await server().gql<{ paths: unknown[] }>(PATHS, {
      from: 'lab:high-end-precision-manufacturing',
      to: 'chain:marine-engineering-equipment-industrial-chain',
      types: ['LED_BY'],
    });
    expect(r.data?.paths).toEqual([]);
  });

  it.each([
    [{ from: 'uni:nobody', to: 'uni:dlut' }, 'NOT_FOUND'],
    [{ from: 'uni:dlut', to: 'uni:nobody' }, 'NOT_FOUND'],
    [{ from: 'uni:dlut', to: 'uni:dlut' }, 'BAD_USER_INPUT'],
    [{ from: 'uni:dlut', to: 'uni:neu', maxHops: 7 }, 'BAD_USER_INPUT'],
  ])('rejects %j with %s', async (vars, code) => {
    expect(codes(await server().gql(PATHS, vars))).toEqual([code]);
  });
});

describe('protection', () => {
  it('rejects a depth bomb with QUERY_TOO_COMPLEX and keeps serving', async () => {
    let q = '{ id }';
    for (let i = 0; i < 12; i += 1) q = `{ id relationships { node ${q} } }`;
    const r = await server().gql(`{ node(id: "uni:dlut") ${q} }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await fetch(`${server().server.url}/healthz`)).status).toBe(200);
  });

  it('rejects a cost bomb with QUERY_TOO_COMPLEX before touching the database', async () => {
    const r = await server().gql(
      '{ entities(first: 100) { nodes { relationships { node { relationships { node { relationships { node { id } } } } } } } } }',
    );
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.message).toMatch(/query cost \d+ exceeds/);
  });

  it('lets the IDE introspect the schema', async () => {
    const r = await server().gql(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
  });

  it('answers a rejected query with HTTP 400 and no internal extensions', async () => {
    let q = '{ id }';
    for (let i = 0; i < 12; i += 1) q = `{ id relationships { node ${q} } }`;
    const r = await server().gql(`{ node(id: "uni:dlut") ${q} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('lets an ordinary planner query through', async () => {
    const r = await server().gql(
      '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { nodes { id ... on Laboratory { hosts { name } chains { name } } } } }',
    );
    expect(r.errors).toBeUndefined();
  });
});
