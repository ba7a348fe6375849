import { describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/http/logger.js';
import { openDatabase } from '../../src/neo4j/driver.js';
import { codes, useSeededApi } from '../support/api.js';
import { MARINE_CHAIN_UNITS } from '../support/planner-answers.js';

const server = useSeededApi();

const names = (xs: { name: string }[] | undefined): string[] => (xs ?? []).map((x) => x.name).sort();

describe('traceChain', () => {
  it('traces the gas-turbine chain to its platforms, their leads, grouped by kind, with stated/inferred marks', async () => {
    const r = await server().gql<{
      traceChain: {
        chain: { name: string };
        platforms: { platform: { name: string }; basis: string; leads: { name: string }[] }[];
        platformsByKind: { kind: string; platforms: unknown[] }[];
        institutions: { name: string }[];
      };
    }>(`{ traceChain(chainId: "chain:plan14-gas-turbine") {
      chain { name } platforms { platform { name } basis reason leads { name } hosts { name } }
      platformsByKind { kind platforms { platform { id } } } institutions { name } reliedOn { unit { name } basis } } }`);
    expect(r.errors).toBeUndefined();
    const t = r.data?.traceChain;
    expect(t?.chain.name).toBe('燃气轮机产业创新链');
    expect(t?.platforms.map((p) => p.platform.name)).toEqual(
      expect.arrayContaining(['国家燃气轮机技术创新中心', '高效低碳燃气轮机试验装置']),
    );
    expect(t?.platforms.find((p) => p.platform.name === '国家燃气轮机技术创新中心')).toMatchObject({
      basis: 'INFERRED',
      leads: [{ name: '我省优势企业' }],
    });
    expect(t?.platformsByKind.map((g) => g.kind)).toEqual(
      expect.arrayContaining(['INNOVATION_CENTRE', 'INFRASTRUCTURE']),
    );
    expect(names(t?.institutions)).toContain('我省优势企业');
  });

  it('lists the units a 2015 chain relies on, stated', async () => {
    const r = await server().gql<{
      traceChain: { platforms: unknown[]; reliedOn: { unit: { name: string }; basis: string }[] };
    }>(
      '{ traceChain(chainId: "chain:marine-engineering-equipment-industrial-chain") { platforms { platform { id } } reliedOn { unit { name } basis } } }',
    );
    expect(r.data?.traceChain.reliedOn.map((u) => u.unit.name).sort()).toEqual(
      [...MARINE_CHAIN_UNITS].sort(),
    );
    expect(r.data?.traceChain.reliedOn.every((u) => u.basis === 'STATED')).toBe(true);
  });

  it.each([
    ['chain:nope', 'NOT_FOUND'],
    ['uni:dlut', 'BAD_USER_INPUT'],
  ])('rejects %s with %s', async (id, code) => {
    expect(
      codes(await server().gql('query($id: ID!) { traceChain(chainId: $id) { chain { id } } }', { id })),
    ).toEqual([code]);
  });
});

describe('institutionReach', () => {
  it('reaches chains directly (relied on) and through platforms, and fields through platforms', async () => {
    const r = await server().gql<{
      institutionReach: {
        platforms: { name: string }[];
        chains: { target: { name: string }; direct: boolean; basis: string; via: { name: string }[] }[];
        fields: { target: { name: string } }[];
      };
    }>(
      '{ institutionReach(id: "uni:dlut") { platforms { name } chains { target { name } direct basis via { name } } fields { target { name } } } }',
    );
    const reach = r.data?.institutionReach;
    expect(names(reach?.platforms)).toEqual(
      expect.arrayContaining(['高端精密制造国家重点实验室', '海洋工程环境实验与模拟设施']),
    );
    expect(reach?.chains.find((c) => c.target.name === '海洋工程装备产业链')).toMatchObject({
      direct: true,
      basis: 'STATED',
      via: [],
    });
    const viaPlatform = reach?.chains.find((c) => !c.direct);
    expect(viaPlatform?.via.length).toBeGreaterThan(0);
    expect(reach?.fields.length).toBeGreaterThan(0);
  });

  it.each([
    ['uni:nobody', 'NOT_FOUND'],
    ['lab:high-end-precision-manufacturing', 'BAD_USER_INPUT'],
  ])('rejects %s with %s', async (id, code) => {
    expect(
      codes(
        await server().gql('query($id: ID!) { institutionReach(id: $id) { institution { id } } }', { id }),
      ),
    ).toEqual([code]);
  });
});

describe('planner analytics', () => {
  it('chainCoverage lists chains with no platform, and counts the others by kind and status', async () => {
    const r = await server().gql<{
      all: { nodes: { chain: { name: string }; covered: boolean; platformCount: number }[] };
      none: { nodes: { chain: { name: string } }[] };
    }>(`{
      all: chainCoverage(first: 100) { nodes { chain { name } covered platformCount byKindAndStatus { kind status count } } }
      none: chainCoverage(onlyUncovered: true, document: "doc:impl2015") { nodes { chain { name } } }
    }`);
    const gas = r.data?.all.nodes.find((c) => c.chain.name === '燃气轮机产业创新链');
    expect(gas).toMatchObject({ covered: true });
    expect(gas?.platformCount).toBeGreaterThanOrEqual(2);
    expect(r.data?.none.nodes.map((c) => c.chain.name)).toEqual(
      expect.arrayContaining(['航空装备产业链', '核电装备产业链']),
    );
    expect(r.data?.none.nodes.map((c) => c.chain.name)).not.toContain('海洋工程装备产业链'); // relies on 盘锦海工基地
    expect(r.data?.all.nodes.map((c) => c.chain.name)).not.toContain('老字号'); // group nodes are not chains
  });

  it('chainCoverage: coveredBy chooses what covers a chain; a chain relying only on named units is covered by RELIED_ON_UNITS (issue 16, defect 2)', async () => {
    interface Row {
      chain: { id: string };
      covered: boolean;
      platformCount: number;
      reliedOnUnitCount: number;
    }
    const fields = 'nodes { chain { id } covered platformCount reliedOnUnitCount }';
    const r = await server().gql<{
      plat: { nodes: Row[] };
      units: { nodes: Row[] };
      both: { nodes: Row[] };
    }>(`{
      plat: chainCoverage(first: 200) { ${fields} }
      units: chainCoverage(first: 200, coveredBy: [RELIED_ON_UNITS]) { ${fields} }
      both: chainCoverage(first: 200, coveredBy: [PLATFORMS, RELIED_ON_UNITS]) { ${fields} }
    }`);
    expect(r.errors).toBeUndefined();
    const plat = r.data?.plat.nodes ?? [];
    // The named institutions each chain relies on, counted here from the graph.
    const oracle = await server().db.read(
      `MATCH (c:Chain) WHERE NOT coalesce(c.chainGroup, false)
       RETURN c.id AS id, size(COLLECT { MATCH (c)-[:RELIES_ON]->(u:Actor)
                                         WHERE NOT coalesce(u.placeholder, false) RETURN DISTINCT u }) AS n`,
    );
    const units = new Map(oracle.records.map((x) => [String(x.get('id')), Number(x.get('n'))]));
    expect(plat.length).toBe(units.size);
    for (const c of plat) expect(c.reliedOnUnitCount, c.chain.id).toBe(units.get(c.chain.id));
    // Chains with no platform that rely on named universities or firms: uncovered by default
    // (the description's default), covered once RELIED_ON_UNITS may cover.
    const onlyUnits = plat
      .filter((c) => c.platformCount === 0 && c.reliedOnUnitCount > 0)
      .map((c) => c.chain.id);
    expect(onlyUnits.length).toBeGreaterThan(0);
    const covered = (rows: Row[] | undefined, id: string) => rows?.find((c) => c.chain.id === id)?.covered;
    for (const id of onlyUnits) {
      expect(covered(plat, id), id).toBe(false);
      expect(covered(r.data?.units.nodes, id), id).toBe(true);
      expect(covered(r.data?.both.nodes, id), id).toBe(true);
    }
    for (const c of plat) {
      expect(covered(r.data?.plat.nodes, c.chain.id)).toBe(c.platformCount > 0);
      expect(covered(r.data?.units.nodes, c.chain.id)).toBe(c.reliedOnUnitCount > 0);
      expect(covered(r.data?.both.nodes, c.chain.id)).toBe(c.platformCount > 0 || c.reliedOnUnitCount > 0);
    }
    const none = await server().gql('{ chainCoverage(coveredBy: []) { totalCount } }');
    expect(codes(none)).toEqual(['BAD_USER_INPUT']);
  });

  it('chainCoverage and regionSummary are pages: first/after walk the whole list once, with totalCount and pageInfo', async () => {
    type Page = {
      totalCount: number;
      edges: { cursor: string; node: { id: string; covered?: boolean } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
    const walk = async (
      field: string,
      args: string,
      item: string,
    ): Promise<{ ids: string[]; total: number; covered: boolean[] }> => {
      const ids: string[] = [];
      const covered: boolean[] = [];
      let after: string | null = null;
      let total = -1;
      for (let i = 0; i < 100; i += 1) {
        const q = `query($after: String) { page: ${field}(first: 7, after: $after${args}) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor node { ${item} } } } }`;
        const r: { errors?: unknown[]; data?: { page: Page } | null } = await server().gql<{ page: Page }>(
          q,
          { after },
        );
        expect(r.errors).toBeUndefined();
        const page: Page | undefined = r.data?.page;
        if (!page) throw new Error('no page');
        expect(page.edges.length).toBeLessThanOrEqual(7);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        total = page.totalCount;
        for (const e of page.edges) {
          const node = e.node as unknown as {
            chain?: { id: string };
            region?: { id: string };
            covered?: boolean;
          };
          ids.push(node.chain?.id ?? node.region?.id ?? '');
          if (node.covered !== undefined) covered.push(node.covered);
        }
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return { ids, total, covered };
    };
    const all = await server().gql<{
      c: { nodes: { chain: { id: string }; covered: boolean }[] };
      r: { nodes: { region: { id: string } }[] };
    }>(
      '{ c: chainCoverage(first: 200) { nodes { chain { id } covered } } r: regionSummary(first: 200) { nodes { region { id } } } }',
    );
    const chains = all.data?.c.nodes ?? [];
    const paged = await walk('chainCoverage', '', 'chain { id } covered');
    expect(paged.ids).toEqual(chains.map((c) => c.chain.id));
    expect(paged.total).toBe(chains.length);
    // Uncovered first: the same chains, the uncovered ones (in name order) before the others.
    const first = await walk('chainCoverage', ', uncoveredFirst: true', 'chain { id } covered');
    expect(first.ids).toEqual([
      ...chains.filter((c) => !c.covered).map((c) => c.chain.id),
      ...chains.filter((c) => c.covered).map((c) => c.chain.id),
    ]);
    expect(first.covered.indexOf(true)).toBeGreaterThan(0);
    expect(first.covered.slice(first.covered.indexOf(true)).every(Boolean)).toBe(true);
    const uncovered = await walk('chainCoverage', ', onlyUncovered: true', 'chain { id }');
    expect(uncovered.total).toBe(chains.filter((c) => !c.covered).length);
    const regions = await walk('regionSummary', '', 'region { id }');
    expect(regions.ids).toEqual(all.data?.r.nodes.map((n) => n.region.id));
    expect(regions.total).toBe(regions.ids.length);
    // A cursor of one list is not one of the other's.
    const c1 = await server().gql<{ c: Page }>(
      '{ c: chainCoverage(first: 1) { edges { cursor node { covered } } } }',
    );
    const cursor = c1.data?.c.edges[0]?.cursor ?? '';
    expect(
      codes(
        await server().gql('query($a: String) { regionSummary(after: $a) { totalCount } }', { a: cursor }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await server().gql('{ chainCoverage(first: 201) { totalCount } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('regionSummary tells what Dalian has built and planned', async () => {
    const r = await server().gql<{
      regionSummary: {
        nodes: {
          region: { id: string };
          total: number;
          existing: number;
          planned: number;
          unknown: number;
          byKindAndStatus: { kind: string; status: string; count: number }[];
        }[];
      };
    }>(
      '{ regionSummary(region: "region:dalian") { nodes { region { id } total existing planned unknown byKindAndStatus { kind status count } } } }',
    );
    const dl = r.data?.regionSummary.nodes[0];
    expect(dl?.region.id).toBe('region:dalian');
    expect((dl?.existing ?? 0) + (dl?.planned ?? 0) + (dl?.unknown ?? 0)).toBe(dl?.total);
    expect(dl?.byKindAndStatus).toContainEqual({ kind: 'INFRASTRUCTURE', status: 'PLANNED', count: 6 });
    const all = await server().gql<{ regionSummary: { nodes: { region: { id: string }; total: number }[] } }>(
      '{ regionSummary(first: 200) { nodes { region { id } total } } }',
    );
    const province = all.data?.regionSummary.nodes.find((x) => x.region.id === 'region:liaoning');
    expect(province?.total).toBeGreaterThanOrEqual(dl?.total ?? 0);
  });

  it('hubs ranks institutions by the platforms and chains they connect', async () => {
    const r = await server().gql<{
      hubs: { institution: { id: string }; platformCount: number; chainCount: number; score: number }[];
    }>(
      '{ hubs(first: 5, kinds: [UNIVERSITY, RESEARCH_INSTITUTE]) { institution { id kind } platformCount chainCount score } }',
    );
    const hubs = r.data?.hubs ?? [];
    expect(hubs).toHaveLength(5);
    expect(hubs[0]?.institution.id).toBe('uni:dlut');
    for (let i = 1; i < hubs.length; i += 1)
      expect(hubs[i - 1]?.score).toBeGreaterThanOrEqual(hubs[i]?.score ?? 0);
    expect(hubs.every((h) => h.score === h.platformCount + h.chainCount)).toBe(true);
  });

  it.each([
    ['{ hubs(first: 0) { score } }', 'BAD_USER_INPUT'],
    ['{ hubs(first: 1000) { score } }', 'BAD_USER_INPUT'],
    ['{ hubs(kinds: [LABORATORY]) { score } }', 'BAD_USER_INPUT'],
  ])('rejects %s with %s', async (q, code) => {
    expect(codes(await server().gql(q))).toEqual([code]);
  });
});

describe('a database that is not there', () => {
  it('answers DATABASE_UNAVAILABLE without leaking the URI or credentials, and /readyz says 503', async () => {
    const db = openDatabase(
      {
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: 'secret-password',
        database: 'neo4j',
        local: false,
      },
      { maxRetryTimeMs: 1000 },
    );
    const server = await startApiServer({ db, port: 0, log: silentLogger });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "uni:dlut") { id } }' }),
      });
      const text = await res.text();
      expect(
        (JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('DATABASE_UNAVAILABLE');
      expect(text).not.toMatch(/secret-password|127\.0\.0\.1:1|neo4j:\/\/|bolt:\/\//);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
