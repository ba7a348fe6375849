import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { PLATFORM_KINDS, KINDS } from '../../src/ontology/ontology.js';
import { GraphRepository } from '../../src/repository/graph-repository.js';
import { codes, useSeededApi, type GraphqlResponse } from '../support/api.js';

const server = useSeededApi();

interface Page {
  entities: {
    totalCount: number;
    nodes: { id: string; name: string }[];
    edges: { cursor: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const PAGE = `query($filter: EntityFilter, $first: Int, $after: String) {
  entities(filter: $filter, first: $first, after: $after) {
    totalCount nodes { id name } edges { cursor } pageInfo { hasNextPage endCursor }
  }
}`;

describe('entities connection', () => {
  it('pages through a filter with stable order, totalCount and cursors, to an empty last page', async () => {
    const filter = { kinds: ['LABORATORY'] };
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 10; i += 1) {
      const r: GraphqlResponse<Page> = await server().gql<Page>(PAGE, {
        filter,
        first: 7,
        after,
      });
      expect(r.errors).toBeUndefined();
      const page: Page['entities'] | undefined = r.data?.entities;
      if (!page) throw new Error('no page');
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    // After the last cursor: an empty page.
    const last = await server().gql<Page>(PAGE, {
      filter,
      first: 7,
      after: (await server().gql<Page>(PAGE, { filter, first: 100 })).data?.entities.pageInfo.endCursor,
    });
    expect(last.data?.entities.nodes).toEqual([]);
    expect(last.data?.entities.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('filters by kind, status, level, region and document', async () => {
    const r = await server().gql<Page>(PAGE, {
      filter: { kinds: ['INFRASTRUCTURE'], statuses: ['PLANNED'], region: 'region:dalian' },
      first: 50,
    });
    // The umbrella 重大科技基础设施集群 is a platform group, not a facility.
    expect(r.data?.entities.totalCount).toBe(6);
    const docs = await server().gql<Page>(PAGE, {
      filter: { kinds: ['CHAIN'], document: 'doc:impl2015' },
      first: 50,
    });
    expect(docs.data?.entities.nodes.map((n) => n.name)).toContain('海洋工程装备产业链');
    const national = await server().gql<Page>(PAGE, {
      filter: { kinds: ['CLINICAL_CENTRE'], levels: ['NATIONAL'] },
      first: 0,
    });
    expect(national.data?.entities.totalCount).toBeGreaterThanOrEqual(4);
    expect(national.data?.entities.nodes).toEqual([]);
  });

  it('returns an empty connection for a filter nothing matches', async () => {
    const r = await server().gql<Page>(PAGE, { filter: { kinds: ['HOSPITAL'], statuses: ['PLANNED'] } });
    expect(r.data?.entities).toEqual({
      totalCount: 0,
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it.each([
    [{ region: 'region:nowhere' }, 'filter.region', 'no entity has the id "region:nowhere"'],
    [{ region: 'zone:dalian-hi-tech-zone' }, 'filter.region', 'is a zone, not a region'],
    [
      { document: 'doc:plan15' },
      'filter.document',
      '"doc:plan15" is not a document; documents are doc:impl2015',
    ],
  ])('rejects the filter %j with BAD_USER_INPUT naming %s', async (filter, argument, message) => {
    const r = await server().gql(PAGE, { filter });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(r.errors?.[0]?.message).toContain(message);
  });

  it.each(['not-a-cursor', 'ZZZZ', '%%%', ''])(
    'rejects the malformed cursor %j with BAD_USER_INPUT',
    async (after) => {
      expect(codes(await server().gql(PAGE, { after }))).toEqual(['BAD_USER_INPUT']);
    },
  );

  it.each([101, 100000, -1])('rejects first: %d with BAD_USER_INPUT', async (first) => {
    expect(codes(await server().gql(PAGE, { first }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('relationship fields', () => {
  it('gives a platform its hosts and chains, and an institution its hosted platforms', async () => {
    const r = await server().gql<{
      lab: { hosts: { name: string }[] };
      uni: { hostedPlatforms: { name: string }[]; chains: { name: string }[] };
    }>(`{
      lab: node(id: "lab:high-end-precision-manufacturing") { ... on Laboratory { hosts { name } } }
      uni: node(id: "uni:dlut") { ... on University { hostedPlatforms { name } chains { name } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.lab.hosts.map((h) => h.name)).toEqual(['大连理工大学']);
    expect(r.data?.uni.hostedPlatforms.map((p) => p.name)).toContain('高端精密制造国家重点实验室');
    expect(r.data?.uni.chains.map((c) => c.name).sort()).toEqual([
      '海洋工程装备产业链',
      '海洋资源利用产业链',
    ]);
  });

  it('gives a chain the units it relies on and a region its platforms', async () => {
    const r = await server().gql<{
      chain: { reliedOn: { name: string }[] };
      region: { platforms: { kind: string }[]; institutions: { kind: string }[] };
    }>(`{
      chain: node(id: "chain:nuclear-power-equipment-industrial-chain") { ... on Chain { reliedOn { name } } }
      region: node(id: "region:dalian") { ... on Region { platforms { kind } institutions { kind } } }
    }`);
    expect(r.data?.chain.reliedOn.map((u) => u.name)).toEqual(['沈鼓集团']);
    expect(r.data?.region.platforms.length).toBeGreaterThan(0);
    expect(
      r.data?.region.platforms.every((p) => (PLATFORM_KINDS as string[]).includes(p.kind.toLowerCase())),
    ).toBe(true);
  });

  it('gives a document the entities it is cited for', async () => {
    const r = await server().gql<{ node: { entities: { id: string }[] } }>(
      '{ node(id: "doc:future2024") { ... on Document { entities { id } } } }',
    );
    expect(r.data?.node.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['dir:new-energy', 'dir:future-industries']),
    );
  });

  it('lists relationships with type, direction, basis and citations', async () => {
    const r = await server().gql<{
      node: {
        relationships: {
          type: string;
          direction: string;
          basis: string;
          node: { id: string };
          citations: { document: string }[];
        }[];
      };
    }>(`{
      node(id: "tic:national-gas-turbine") { relationships(types: [LED_BY, SERVES], direction: OUT) { type direction basis reason node { id } citations { document line } } }
    }`);
    const rels = r.data?.node.relationships ?? [];
    expect(rels).toContainEqual(
      expect.objectContaining({
        type: 'LED_BY',
        direction: 'OUT',
        basis: 'STATED',
        node: { id: 'ent:unnamed-leading-enterprise' },
      }),
    );
    expect(rels.find((x) => x.type === 'SERVES')?.basis).toBe('INFERRED');
    expect(rels.every((x) => x.citations.length > 0)).toBe(true);
  });

  it('batches: 50 platforms with hosts and chains cost a bounded number of Cypher queries', async () => {
    const repo = new GraphRepository(server().db);
    const fragments = PLATFORM_KINDS.map(
      (k) => `... on ${KINDS[k].label} { hosts { id name } chains { id name } }`,
    ).join(' ');
    const result = await graphql({
      schema: graphqlSchema(),
      source: `{ entities(filter: { kinds: [${PLATFORM_KINDS.map((k) => k.toUpperCase()).join(', ')}] }, first: 50) { totalCount nodes { id ${fragments} } } }`,
      contextValue: createContext(repo, 'batching-test'),
    });
    expect(result.errors).toBeUndefined();
    expect((result.data?.entities as { nodes: unknown[] }).nodes).toHaveLength(50);
    // page + count + one batched relationship query (hosts and chains load in the same tick).
    expect(repo.queryCount).toBeLessThanOrEqual(4);
  });
});
