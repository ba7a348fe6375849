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
      all: { chain: { name: string }; covered: boolean; platformCount: number }[];
      none: { chain: { name: string } }[];
    }>(`{
      all: chainCoverage { chain { name } covered platformCount byKindAndStatus { kind status count } }
      none: chainCoverage(onlyUncovered: true, document: "doc:impl2015") { chain { name } }
    }`);
    const gas = r.data?.all.find((c) => c.chain.name === '燃气轮机产业创新链');
    expect(gas).toMatchObject({ covered: true });
    expect(gas?.platformCount).toBeGreaterThanOrEqual(2);
    expect(r.data?.none.map((c) => c.chain.name)).toEqual(
      expect.arrayContaining(['航空装备产业链', '核电装备产业链']),
    );
    expect(r.data?.none.map((c) => c.chain.name)).not.toContain('海洋工程装备产业链'); // relies on 盘锦海工基地
    expect(r.data?.all.map((c) => c.chain.name)).not.toContain('老字号'); // group nodes are not chains
  });

  it('regionSummary tells what Dalian has built and planned', async () => {
    const r = await server().gql<{
      regionSummary: {
        region: { id: string };
        total: number;
        existing: number;
        planned: number;
        unknown: number;
        byKindAndStatus: { kind: string; status: string; count: number }[];
      }[];
    }>(
      '{ regionSummary(region: "region:dalian") { region { id } total existing planned unknown byKindAndStatus { kind status count } } }',
    );
    const dl = r.data?.regionSummary[0];
    expect(dl?.region.id).toBe('region:dalian');
    expect((dl?.existing ?? 0) + (dl?.planned ?? 0) + (dl?.unknown ?? 0)).toBe(dl?.total);
    expect(dl?.byKindAndStatus).toContainEqual({ kind: 'INFRASTRUCTURE', status: 'PLANNED', count: 6 });
    const all = await server().gql<{ regionSummary: { region: { id: string }; total: number }[] }>(
      '{ regionSummary { region { id } total } }',
    );
    const province = all.data?.regionSummary.find((x) => x.region.id === 'region:liaoning');
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
