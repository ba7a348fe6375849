/**
 * The `where` filter language against the seeded graph: each form answers what its words say,
 * checked against the relationship fields and filters it composes (an independent reading of
 * the same graph), and bad input is BAD_USER_INPUT naming its path.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();
const PLATFORMS = PLATFORM_KINDS.map((k) => k.toUpperCase());

interface Page<N = { id: string; name: string }> {
  entities: { totalCount: number; nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const WHERE = /* GraphQL */ `
  query ($where: EntityWhere, $filter: EntityFilter, $first: Int, $after: String) {
    entities(where: $where, filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

async function ids(where: unknown, filter?: unknown): Promise<string[]> {
  const r = await server().gql<Page>(WHERE, { where, filter, first: 100 });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const page = r.data?.entities;
  expect(page?.pageInfo.hasNextPage).toBe(false);
  expect(page?.totalCount).toBe(page?.nodes.length);
  return (page?.nodes ?? []).map((n) => n.id);
}

/** Every platform with its hosts (id order), read through the relationship field. */
async function platformsWithHosts(
  args = '',
): Promise<{ id: string; hosts: { id: string; name: string }[] }[]> {
  type Node = { id: string; hosts?: { id: string; name: string }[] };
  type Answer = { entities: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const spreads = PLATFORM_KINDS.map((k) => `... on ${KINDS[k].label} { hosts${args} { id name } }`).join(
    ' ',
  );
  const query = `query($after: String) {
    entities(filter: {kinds: [${PLATFORMS.join(',')}]}, first: 100, after: $after) {
      nodes { id ${spreads} } pageInfo { hasNextPage endCursor } } }`;
  const out: { id: string; hosts: { id: string; name: string }[] }[] = [];
  let after: string | null = null;
  for (;;) {
    const r: { data?: Answer | null } = await server().gql<Answer>(query, { after });
    const page = r.data?.entities;
    if (!page) throw new Error('no page');
    out.push(...page.nodes.map((n) => ({ id: n.id, hosts: n.hosts ?? [] })));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

describe('where on entities', () => {
  it('matches names by eq, contains and startsWith, and aliases', async () => {
    expect(await ids({ name: { eq: '大连理工大学' } })).toEqual(['uni:dlut']);
    const cas = await ids({ name: { startsWith: '中国科学院' }, kind: { in: ['RESEARCH_INSTITUTE'] } });
    expect(cas).toContain('ri:cas-dicp');
    expect(cas).toContain('ri:cas-sia');
    const dalian = await ids({ name: { contains: '大连' }, kind: { eq: 'UNIVERSITY' } });
    expect(dalian).toContain('uni:dlut');
    expect(dalian.every((id) => id.startsWith('uni:'))).toBe(true);
    expect(await ids({ alias: { eq: '大工' } })).toEqual(['uni:dlut']);
  });

  it('counts hosts: platforms hosted by more than one institution, and platforms with no host', async () => {
    const all = await platformsWithHosts();
    const many = all
      .filter((p) => p.hosts.length > 1)
      .map((p) => p.id)
      .sort();
    const none = all
      .filter((p) => p.hosts.length === 0)
      .map((p) => p.id)
      .sort();
    expect(many.length).toBeGreaterThan(0);
    expect(await ids({ kind: { in: PLATFORMS }, hosts: { count: { gt: 1 } } })).toEqual(many);
    const noHost = await server().gql<Page>(WHERE, {
      where: { kind: { in: PLATFORMS }, hosts: { none: {} } },
      first: 100,
    });
    expect(noHost.data?.entities.totalCount).toBe(none.length);
  });

  it('narrows a relationship predicate by document and basis, as the relationship field does', async () => {
    const stated = await platformsWithHosts('(document: "doc:plan14", basis: [STATED])');
    const want = stated
      .filter((p) => p.hosts.some((h) => h.name.includes('大学')))
      .map((p) => p.id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(
      await ids({
        kind: { in: PLATFORMS },
        hosts: { document: 'doc:plan14', basis: ['STATED'], some: { name: { contains: '大学' } } },
      }),
    ).toEqual(want);
  });

  it('composes with the filter (AND) and pages in id order with a totalCount', async () => {
    const filter = { kinds: ['LABORATORY'] };
    const where = { name: { contains: '辽宁' } };
    const both = await ids(where, filter);
    const onlyWhere = await ids({ ...where, kind: { eq: 'LABORATORY' } });
    expect(both).toEqual(onlyWhere);
    expect(both).toEqual([...both].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { data?: Page | null } = await server().gql<Page>(WHERE, { where, filter, first: 3, after });
      const page = r.data?.entities;
      if (!page) throw new Error('no page');
      expect(page.totalCount).toBe(both.length);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(both);
  });

  it('finds what all of several documents cite, and what none does', async () => {
    const docs = ['doc:impl2015', 'doc:plan14', 'doc:dalian14'];
    const inAll = await ids({ kind: { in: PLATFORMS }, documents: { all: docs } });
    const each = await Promise.all(docs.map((d) => ids({ kind: { in: PLATFORMS } }, { document: d })));
    const want = (each[0] ?? []).filter((id) => each.every((e) => e.includes(id)));
    expect(inAll).toEqual(want);
    const notIn2015 = await ids({
      kind: { in: PLATFORMS },
      documents: { some: ['doc:plan14'], none: ['doc:impl2015'] },
    });
    expect(notIn2015.some((id) => (each[0] ?? []).includes(id))).toBe(false);
  });

  it('combines OR and NOT', async () => {
    const a = await ids({
      kind: { eq: 'UNIVERSITY' },
      OR: [{ name: { startsWith: '大连' } }, { name: { startsWith: '沈阳' } }],
    });
    const b = await ids({ kind: { eq: 'UNIVERSITY' }, name: { startsWith: '大连' } });
    const c = await ids({ kind: { eq: 'UNIVERSITY' }, name: { startsWith: '沈阳' } });
    expect(a).toEqual([...b, ...c].sort());
    const notDalian = await ids({ kind: { eq: 'UNIVERSITY' }, NOT: { name: { startsWith: '大连' } } });
    const allUni = await ids({ kind: { eq: 'UNIVERSITY' } });
    expect(notDalian).toEqual(allUni.filter((id) => !b.includes(id)));
  });

  it('filters a relationship field by a nested where', async () => {
    const r = await server().gql<{ node: { reliedOn: { id: string; kind: string }[] } }>(
      `{ node(id: "chain:marine-engineering-equipment-industrial-chain") {
          ... on Chain { reliedOn(where: {kind: {eq: UNIVERSITY}}) { id kind } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const got = r.data?.node.reliedOn ?? [];
    expect(got.map((u) => u.id).sort()).toEqual(['uni:dlmu', 'uni:dlut']);
  });

  it('answers wheres nested three to five levels through names of several meanings (review s24, H1)', async () => {
    // Institutions behind chains served by a platform DLUT hosts: `chains` of an institution
    // (RELIES_ON in), `platforms` of a chain (SERVES in), `hosts` of a platform (HOSTED_BY out).
    const read = async (cypher: string): Promise<string[]> =>
      (await server().db.read(cypher)).records.map((x) => String(x.get('id')));
    const got = await ids({
      kind: { in: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] },
      chains: { some: { platforms: { some: { hosts: { some: { id: { eq: 'uni:dlut' } } } } } } },
    });
    expect([...got].sort()).toEqual(
      await read(`MATCH (e:Actor) WHERE e.kind IN ['university', 'research_institute']
         AND NOT coalesce(e.placeholder, false)
         AND EXISTS { MATCH (e)<-[:RELIES_ON]-(:IndustryGroup)<-[:SERVES]-(:Platform)-[:HOSTED_BY]->(:Entity {id: 'uni:dlut'}) }
       RETURN e.id AS id ORDER BY id`),
    );
    // The deepest the language allows answers (no QUERY_TIMEOUT from the planner).
    let deep: Record<string, unknown> = { count: { gt: 1 } };
    for (let i = 1; i < 5; i += 1) deep = { some: { chains: deep } };
    const r = await server().gql<Page>(WHERE, { where: { chains: deep }, first: 1 });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    // Six distinct three-level conditions compile to 18 subqueries: refused up front, by name.
    const many = Array.from({ length: 6 }, (_, i) => ({
      chains: { some: { platforms: { some: { hosts: { count: { gt: i } } } } } },
    }));
    const refused = await server().gql<Page>(WHERE, { where: { OR: many } });
    expect(codes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.errors?.[0]?.message).toMatch(
      /Query\.entities\(where:\) compiles to 18 relationship subqueries/,
    );
  });

  it('rejects unknown documents, regions and sections, and too deep a where, naming the path', async () => {
    const bad = async (where: unknown): Promise<unknown> => {
      const r = await server().gql(WHERE, { where, first: 1 });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      return r.errors?.[0]?.extensions?.argument;
    };
    expect(await bad({ documents: { all: ['doc:nope'] } })).toBe('where.documents.all[0]');
    expect(await bad({ region: { id: 'uni:dlut' } })).toBe('where.region.id');
    expect(
      await bad({ hosts: { some: { citedIn: { document: 'doc:plan14', section: '第九十九章' } } } }),
    ).toBe('where.hosts.some.citedIn.section');
    let deep: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 0; i < 6; i += 1) deep = { hosts: { some: deep } };
    expect(await bad(deep)).toMatch(/^where(\.hosts\.some)+$/);
  });
});
