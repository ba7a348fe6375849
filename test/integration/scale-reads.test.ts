/**
 * The reads rewritten for national scale (issue 10), on a small factor of the synthetic data
 * (hubs with many links, dense documents, a long PART_OF chain kept apart) and on the curated
 * seed: the counts derived at load time must equal what the live queries they replaced
 * computed (kept below as oracles); paging by seek must walk every entity once in id order;
 * neighbourhood stays within its limit around a hub; paths beyond the bound answer "none"
 * instead of failing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../../src/loader/load.js';
import { seedDatabase } from '../../src/loader/seed.js';
import type { Database } from '../../src/neo4j/driver.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { BASES, KIND_NAMES, type Basis } from '../../src/ontology/ontology.js';
import {
  countsByLabel,
  GraphRepository,
  type EntityFilter,
  type KindStatusCount,
} from '../../src/repository/graph-repository.js';
import { generateScale, type ScaleManifest } from '../../src/scale/generate.js';
import { codes, startTestApi, type TestApi } from '../support/api.js';
import { seedFresh } from '../support/seeded.js';

/** hubs as it was computed live, before the counts were derived at load. */
const HUBS_LIVE = `
MATCH (i:Actor) WHERE NOT coalesce(i.placeholder, false)
OPTIONAL MATCH (p:Platform)-[x:HOSTED_BY|LED_BY|CO_BUILT_WITH]->(i)
WHERE ($document IS NULL OR $document IN x.docs) AND (size($basis) = 0 OR x.basis IN $basis)
WITH i, collect(DISTINCT p) AS platforms
OPTIONAL CALL (i, platforms) {
  MATCH (c:Chain)-[y:RELIES_ON]->(i)
  WHERE ($document IS NULL OR $document IN y.docs) AND (size($basis) = 0 OR y.basis IN $basis)
  RETURN c
  UNION
  UNWIND platforms AS p
  MATCH (p)-[z:SERVES]->(c:Chain)
  WHERE ($document IS NULL OR $document IN z.docs) AND (size($basis) = 0 OR z.basis IN $basis)
  RETURN c
}
WITH i, size(platforms) AS platformCount, count(DISTINCT c) AS chainCount
WHERE platformCount + chainCount > 0
RETURN i.id AS id, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id`;

/** chainCoverage as it was computed live. */
const COVERAGE_LIVE = `
MATCH (c:Chain)
WHERE NOT EXISTS { (:Chain)-[:PART_OF]->(c) } AND ($document IS NULL OR $document IN c.docs)
OPTIONAL CALL (c) {
  MATCH (p:Platform)-[s:SERVES]->(c)
  WHERE ($document IS NULL OR $document IN s.docs) AND (size($basis) = 0 OR s.basis IN $basis)
  RETURN p
  UNION
  MATCH (c)-[s:RELIES_ON]->(p:Platform)
  WHERE ($document IS NULL OR $document IN s.docs) AND (size($basis) = 0 OR s.basis IN $basis)
  RETURN p
}
OPTIONAL MATCH (p)-[ci:CITED_IN]->(:Document {id: $document})
WITH c, p.kind AS kind, coalesce(ci.status, p.status) AS status, count(DISTINCT p) AS n
WITH c, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN c.id AS id, counts
ORDER BY c.name, c.id`;

/** regionSummary as it was computed live. */
const REGIONS_LIVE = `
MATCH (r:Region)
OPTIONAL MATCH (p:Platform)-[m:IN_REGION]->(r)
WHERE (size($basis) = 0 OR m.basis IN $basis)
  AND ($document IS NULL OR EXISTS { (p)-[:CITED_IN]->(:Document {id: $document}) })
  // With a document, only memberships it places (the rule of entities(filter: {document, region})).
  AND ($document IS NULL OR $document IN coalesce(m.docs, []))
OPTIONAL MATCH (p)-[ci:CITED_IN]->(:Document {id: $document})
WITH r, p.kind AS kind, coalesce(ci.status, p.status) AS status, count(DISTINCT p) AS n
RETURN r.id AS id, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
ORDER BY r.id`;

const sorted = (counts: readonly KindStatusCount[]): string[] =>
  counts.map((c) => `${c.kind}|${c.status}|${String(c.count)}`).sort();

interface LiveRow {
  id: string;
  counts: string[];
}
async function live(
  db: Database,
  cypher: string,
  document: string | null,
  basis: readonly Basis[],
): Promise<LiveRow[]> {
  const r = await db.read(cypher, { document, basis });
  return r.records.map((rec) => ({
    id: String(rec.get('id')),
    counts: sorted(
      (rec.get('counts') as { kind: string; status: string; count: unknown }[]).map((c) => ({
        kind: c.kind,
        status: c.status,
        count: Number(c.count),
      })) as KindStatusCount[],
    ),
  }));
}

/** Every analytic, derived or live per document, equals its oracle for every basis. */
function analyticsEqualTheirOracles(
  ctx: () => { db: Database; documents: (string | null)[]; gql: TestApi['gql'] },
): void {
  // Every set of bases (the empty set: any), as a `basis` list argument may ask.
  const variants: Basis[][] = BASES.reduce<Basis[][]>(
    (acc, b) => [...acc, ...acc.map((v) => [...v, b])],
    [[]],
  );

  it('hubs: the derived counts equal the live ones, for any basis and document', async () => {
    const { db, documents } = ctx();
    const repo = new GraphRepository(db);
    for (const document of documents)
      for (const basis of variants) {
        const want = await db.read(HUBS_LIVE, { document, basis });
        const got = await repo.hubs([], 100_000, { document, basis }, false);
        expect(
          got.map((h) => [h.institution.id, h.platformCount, h.chainCount]),
          `hubs document=${String(document)} basis=${basis.join('+')}`,
        ).toEqual(
          want.records.map((r) => [
            String(r.get('id')),
            Number(r.get('platformCount')),
            Number(r.get('chainCount')),
          ]),
        );
      }
  });

  it('chainCoverage: the derived counts equal the live ones, for any basis and document', async () => {
    const { db, documents } = ctx();
    const repo = new GraphRepository(db);
    for (const document of documents)
      for (const basis of variants) {
        const want = await live(db, COVERAGE_LIVE, document, basis);
        const got = await repo.chainCoverage(document, basis);
        expect(
          got.map((c) => ({ id: c.entity.id, counts: sorted(c.counts) })),
          `chainCoverage document=${String(document)} basis=${basis.join('+')}`,
        ).toEqual(want);
      }
  });

  it('regionSummary: the derived counts equal the live ones, for any basis and document', async () => {
    const { db, documents } = ctx();
    const repo = new GraphRepository(db);
    for (const document of documents)
      for (const basis of variants) {
        const want = await live(db, REGIONS_LIVE, document, basis);
        const got = await repo.regionSummary({ region: null, levels: [], within: null }, document, basis);
        expect(
          got.map((c) => ({ id: c.entity.id, counts: sorted(c.counts) })),
          `regionSummary document=${String(document)} basis=${basis.join('+')}`,
        ).toEqual(want);
      }
  });

  it('a count of kinds only, read from the count store, equals the filtered count it replaces', async () => {
    const { db } = ctx();
    const repo = new GraphRepository(db);
    const plain: EntityFilter = {
      kinds: [],
      levels: [],
      statuses: [],
      region: null,
      regionBasis: null,
      zone: null,
      field: null,
      document: null,
      includePlaceholders: true,
    };
    // Every kind alone, two together, and none (every entity).
    for (const kinds of [...KIND_NAMES.map((k) => [k]), ['laboratory', 'zone'], []]) {
      const filter = { ...plain, kinds };
      expect(countsByLabel(filter)).toBe(true);
      const file = kinds.length > 0 ? 'entities-count-kinds' : 'entities-count';
      const want = await db.read(cypher(`api/${file}`), {
        ...filter,
        anchorType: null,
        anchor: null,
        after: '',
      });
      const got = await repo.entitiesCount(filter, { from: kinds.length > 0 ? 'kinds' : 'all' });
      expect(got, kinds.join('+') || 'every kind').toBe(Number(want.records[0]?.get('total')));
    }
    // Anything else in the filter keeps the filtered count.
    for (const f of [{ includePlaceholders: false }, { statuses: ['existing'] }, { region: 'region:x' }])
      expect(countsByLabel({ ...plain, kinds: ['laboratory'], ...f })).toBe(false);
  });

  it('a page with its totalCount in one statement answers as the page and the count it replaces', async () => {
    const { db } = ctx();
    const repo = new GraphRepository(db);
    const plain: EntityFilter = {
      kinds: [],
      levels: [],
      statuses: [],
      region: null,
      regionBasis: null,
      zone: null,
      field: null,
      document: null,
      includePlaceholders: true,
    };
    for (const kinds of [['laboratory'], ['zone', 'laboratory'], []]) {
      const filter = { ...plain, kinds };
      const scan = { from: kinds.length > 0 ? 'kinds' : 'all' } as const;
      const total = await repo.entitiesCount(filter, scan);
      const walked: { id: string; name: string; kind: string }[] = [];
      let after: string | null = null;
      // Pages of 40 up to 200 entities (every one for a small graph), each with the count.
      for (let i = 0; i < 5; i += 1) {
        const want = await repo.entitiesPage(filter, scan, after, 40);
        const got = await repo.entitiesPageCounted(filter, scan, after, 40, ['name']);
        expect(got?.total, kinds.join('+') || 'every kind').toBe(total);
        expect(got?.hasNext).toBe(want.hasNext);
        expect(got?.items.map((e) => [e.id, e.name, e.kind])).toEqual(
          want.items.map((e) => [e.id, e.name, e.kind]),
        );
        walked.push(...(got?.items ?? []));
        if (!want.hasNext) break;
        after = want.items.at(-1)?.id ?? null;
      }
      if (walked.length < 200) expect(walked.length).toBe(total);
      // Past the last entity: an empty page, still counted.
      const empty = await repo.entitiesPageCounted(filter, scan, '\uffff', 40, ['name']);
      expect(empty).toEqual({ items: [], hasNext: false, total });
    }
  });

  it('regionSummary of every region: its pages, concatenated, are the one full read in its order', async () => {
    const { db, gql } = ctx();
    const repo = new GraphRepository(db);
    const all = { region: null, levels: [], within: null };
    // The oracle: the whole list in one read, ordered by the rule the field states.
    const pinyin = new Intl.Collator('zh-u-co-pinyin');
    type Item = {
      region: { id: string; name: string };
      total: number;
      existing: number;
      byKindAndStatus: unknown[];
    };
    const oracle = async (basis: Basis[], levels: string[], orderBy: string): Promise<Item[]> => {
      const rows = await repo.regionSummary({ ...all, levels }, null, basis);
      const items = rows.map((r) => ({
        region: { id: r.entity.id, name: r.entity.name },
        total: r.counts.reduce((n, c) => n + c.count, 0),
        existing: r.counts.filter((c) => c.status === 'existing').reduce((n, c) => n + c.count, 0),
        byKindAndStatus: r.counts.map((c) => ({
          kind: c.kind.toUpperCase(),
          status: c.status.toUpperCase(),
          count: c.count,
        })),
      }));
      const byName = (a: Item, b: Item): number =>
        pinyin.compare(a.region.name, b.region.name) || a.region.id.localeCompare(b.region.id);
      if (orderBy === 'NAME') items.sort(byName);
      if (orderBy === 'TOTAL') items.sort((a, b) => b.total - a.total || byName(a, b));
      return items;
    };
    const Q = `query($after: String, $basis: [Basis!], $levels: [Level!], $orderBy: RegionOrder) {
      regionSummary(first: 50, after: $after, basis: $basis, levels: $levels, orderBy: $orderBy) {
        totalCount nodes { region { id name } total existing byKindAndStatus { kind status count } }
        pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      totalCount: number;
      nodes: Item[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    for (const basis of [[], ['stated'], ['named', 'inferred']] as Basis[][])
      for (const levels of [[], ['municipal']])
        for (const orderBy of ['TOTAL', 'NAME', 'ID']) {
          const want = await oracle(basis, levels, orderBy);
          const got: Item[] = [];
          let after: string | null = null;
          for (let i = 0; i < 10_000; i += 1) {
            const r: { data?: { regionSummary: Page } | null } = await gql<{ regionSummary: Page }>(Q, {
              after,
              basis: basis.map((b) => b.toUpperCase()),
              levels: levels.map((l) => l.toUpperCase()),
              orderBy,
            });
            const page: Page | undefined = r.data?.regionSummary;
            if (!page) throw new Error(`no page: ${JSON.stringify(r).slice(0, 300)}`);
            expect(page.totalCount).toBe(want.length);
            expect(page.nodes.length).toBeLessThanOrEqual(50);
            got.push(...page.nodes);
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          expect(got, `${basis.join('+') || 'any'} ${levels.join('+') || 'any level'} ${orderBy}`).toEqual(
            want,
          );
        }
  });

  it('stats, read from the count store, equals a count of the graph', async () => {
    const { db } = ctx();
    const repo = new GraphRepository(db);
    const { byKind, byType } = await repo.stats();
    const kinds = await db.read('MATCH (n:Entity) RETURN n.kind AS k, count(*) AS n');
    const types = await db.read(
      'MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> "CITED_IN" RETURN type(r) AS k, count(*) AS n',
    );
    const map = (rs: typeof kinds): Map<string, number> =>
      new Map(rs.records.map((r) => [String(r.get('k')), Number(r.get('n'))]));
    expect(Object.fromEntries([...byKind].filter(([, n]) => n > 0))).toEqual(Object.fromEntries(map(kinds)));
    for (const [type, n] of map(types)) expect(byType.get(type), type).toBe(n);
  });
}

describe('reads on the curated seed', () => {
  let api: TestApi | undefined;
  let documents: (string | null)[] = [null];
  beforeAll(async () => {
    api = await startTestApi();
    await seedFresh(api.db);
    const docs = await api.db.read('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
    documents = [null, ...docs.records.map((r) => String(r.get('id')))];
  });
  afterAll(async () => {
    await api?.close();
  });
  analyticsEqualTheirOracles(() => {
    if (!api) throw new Error('not started');
    const served = api;
    return { db: served.db, documents, gql: (q, v) => served.gql(q, v) };
  });
});

describe('reads on synthetic national-scale data (small factor)', () => {
  let api: TestApi | undefined;
  let m: ScaleManifest;
  let documents: (string | null)[] = [null];
  const gql = (q: string, v: Record<string, unknown> = {}) => {
    if (!api) throw new Error('not started');
    return api.gql(q, v);
  };

  beforeAll(async () => {
    api = await startTestApi();
    m = generateScale({ factor: 10 }, mkdtempSync(join(tmpdir(), 'innograph-reads-')));
    await clearGraph(api.db);
    const seeded = await seedDatabase(api.db, { dir: m.seedDir, sources: m.sourcesDir });
    if (!seeded.ok) throw new Error(`the generated seed did not load: ${JSON.stringify(seeded)}`);
    const docs = await api.db.read(
      'MATCH (d:Document)<-[c:CITED_IN]-() WITH d, count(c) AS n RETURN d.id AS id ORDER BY n DESC, id LIMIT 2',
    );
    documents = [null, ...docs.records.map((r) => String(r.get('id')))];
  }, 300_000);
  afterAll(async () => {
    if (api) {
      await clearGraph(api.db);
      await api.close();
    }
  });

  analyticsEqualTheirOracles(() => {
    if (!api) throw new Error('not started');
    const served = api;
    return { db: served.db, documents, gql: (q, v) => served.gql(q, v) };
  });

  it('pages of 50 walk every laboratory once, in id order, with the right totalCount', async () => {
    const all = await api?.db.read('MATCH (n:Laboratory) RETURN n.id AS id ORDER BY id');
    const want = all?.records.map((r) => String(r.get('id'))) ?? [];
    expect(want.length).toBeGreaterThan(100);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const r = await gql(
        `query($after: String) { entities(filter: { kinds: [LABORATORY] }, first: 50, after: $after) {
          totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      const c = (
        r.data as {
          entities: {
            totalCount: number;
            nodes: { id: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }
      ).entities;
      expect(c.totalCount).toBe(want.length);
      seen.push(...c.nodes.map((n) => n.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(want);
    // Past the last page (page and count in one statement): no entity, the same count.
    const past = await gql(
      `query($after: String) { entities(filter: { kinds: [LABORATORY] }, first: 50, after: $after) {
        totalCount nodes { id } } }`,
      { after: after === null ? null : await lastCursor(after) },
    );
    expect(codes(past)).toEqual([]);
    expect(past.data).toEqual({ entities: { totalCount: want.length, nodes: [] } });
    // Every entity (no kinds): the count store's :Entity count, beside the first page.
    const every = await api?.db.read('MATCH (n:Entity) RETURN n.id AS id ORDER BY id LIMIT 3');
    const n = await api?.db.read('MATCH (n:Entity) RETURN count(n) AS n');
    const r = await gql('{ entities(first: 3) { totalCount nodes { id } } }');
    expect(codes(r)).toEqual([]);
    expect(r.data).toEqual({
      entities: {
        totalCount: Number(n?.records[0]?.get('n')),
        nodes: every?.records.map((x) => ({ id: String(x.get('id')) })),
      },
    });
  });

  /** The endCursor of the page after the one `after` starts (the last page's own cursor). */
  async function lastCursor(after: string): Promise<string | null> {
    const r = await gql(
      `query($after: String) { entities(filter: { kinds: [LABORATORY] }, first: 50, after: $after) {
        pageInfo { endCursor } } }`,
      { after },
    );
    return (r.data as { entities: { pageInfo: { endCursor: string | null } } }).entities.pageInfo.endCursor;
  }

  it('a region filter pages the platforms the region rule places there, and no other', async () => {
    const want = await api?.db.read(
      'MATCH (p:Platform)-[:IN_REGION]->(:Entity {id: "region:g1"}) RETURN p.id AS id ORDER BY id',
    );
    const ids = want?.records.map((r) => String(r.get('id'))) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const r = await gql(
      `{ entities(filter: { region: "region:g1", kinds: [LABORATORY, INNOVATION_CENTRE, CLINICAL_CENTRE,
         RESEARCH_CENTRE, INFRASTRUCTURE, INNOVATION_INSTITUTE, PILOT_BASE, ZONE] }, first: 100) {
         totalCount nodes { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    const c = (r.data as { entities: { totalCount: number; nodes: { id: string }[] } }).entities;
    expect(c.totalCount).toBe(ids.length);
    expect(c.nodes.map((n) => n.id)).toEqual(ids.slice(0, 100));
  });

  it('neighbourhood of the biggest hub stays within its limit and says it is truncated', async () => {
    const hub = await api?.db.read(
      `MATCH (n:Entity)
       RETURN n.id AS id
       ORDER BY COUNT { (n)-[:HOSTED_BY|LED_BY|CO_BUILT_WITH|RELIES_ON|SERVES|FOCUSES_ON|LOCATED_IN|PART_OF|ADDRESSES|CONTINUES]-() } DESC
       LIMIT 1`,
    );
    const id = String(hub?.records[0]?.get('id'));
    const r = await gql(
      `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) {
        truncated nodes { id } edges { source target } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const sub = (
      r.data as {
        neighbourhood: {
          truncated: boolean;
          nodes: { id: string }[];
          edges: { source: string; target: string }[];
        };
      }
    ).neighbourhood;
    expect(sub.truncated).toBe(true);
    expect(sub.nodes.length).toBeLessThanOrEqual(100);
    expect(sub.nodes.map((n) => n.id)).toContain(id);
    const ids = new Set(sub.nodes.map((n) => n.id));
    expect(sub.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('paths: none within a bound shorter than the distance is an empty answer, not an error', async () => {
    // The long chain is kept apart: its ends are exactly chain.length - 1 hops apart (8 > 6).
    const chain = m.longChain;
    expect(chain.length).toBeGreaterThan(7);
    const Q = `query($a: ID!, $b: ID!, $h: Int) { paths(from: $a, to: $b, maxHops: $h) { length nodes { id } } }`;
    const none = await gql(Q, { a: chain[0], b: chain.at(-1), h: 6 });
    expect(codes(none)).toEqual([]);
    expect((none.data as { paths: unknown[] }).paths).toEqual([]);
    const found = await gql(Q, { a: chain[0], b: chain[6], h: 6 });
    expect(codes(found)).toEqual([]);
    const paths = (found.data as { paths: { length: number; nodes: { id: string }[] }[] }).paths;
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([chain.slice(0, 7)]);
    expect(paths[0]?.length).toBe(6);
  });

  it('chainCoverage in two reads (order, then the page) answers as the one full read, for every option', async () => {
    type Row = { chain: { id: string }; covered: boolean; platformCount: number; reliedOnUnitCount: number };
    const Q = `query($by: [CoverageSource!], $only: Boolean, $first: Boolean, $b: [Basis!], $after: String) {
      chainCoverage(first: 200, after: $after, coveredBy: $by, onlyUncovered: $only, uncoveredFirst: $first, basis: $b) {
        totalCount nodes { chain { id } covered platformCount reliedOnUnitCount } pageInfo { hasNextPage endCursor } } }`;
    const repo = new GraphRepository(api?.db as Database);
    for (const basis of [[], ['STATED']])
      for (const by of [['PLATFORMS'], ['RELIED_ON_UNITS'], ['PLATFORMS', 'RELIED_ON_UNITS']])
        for (const [only, first] of [
          [false, false],
          [true, false],
          [false, true],
        ]) {
          const rows: Row[] = [];
          let after: string | null = null;
          let totalCount = -1;
          for (let page = 0; page < 1000; page += 1) {
            const r = await gql(Q, { by, only, first, b: basis, after });
            expect(codes(r)).toEqual([]);
            const c = (
              r.data as {
                chainCoverage: {
                  totalCount: number;
                  nodes: Row[];
                  pageInfo: { hasNextPage: boolean; endCursor: string | null };
                };
              }
            ).chainCoverage;
            totalCount = c.totalCount;
            rows.push(...c.nodes);
            if (!c.pageInfo.hasNextPage) break;
            after = c.pageInfo.endCursor;
          }
          // The oracle: the one full read (chain-coverage.cypher) and the rules of the API.
          const full = await repo.chainCoverage(
            null,
            basis.map((b) => b.toLowerCase() as Basis),
          );
          let want = full
            .map((f) => {
              const platforms = f.counts.reduce((n, x) => n + x.count, 0);
              const units = f.reliedOnUnits ?? 0;
              return {
                chain: { id: f.entity.id },
                covered:
                  (by.includes('PLATFORMS') && f.counts.length > 0) ||
                  (by.includes('RELIED_ON_UNITS') && units > 0),
                platformCount: platforms,
                reliedOnUnitCount: units,
              };
            })
            .filter((w) => !only || !w.covered);
          if (first) want = [...want.filter((w) => !w.covered), ...want.filter((w) => w.covered)];
          const what = `basis=${basis.join('+')} by=${by.join('+')} only=${String(only)} first=${String(first)}`;
          expect(rows, what).toEqual(want);
          expect(totalCount, what).toBe(want.length);
        }
  });

  it("chainCoverage pages count the relied-on units of the page's chains as the full read does", async () => {
    // With RELIED_ON_UNITS in coveredBy every chain's units are read with the chains; without,
    // only the page's, by a second read: both must give every chain the same count, on every
    // page, with and without a document.
    type Row = { chain: { id: string }; reliedOnUnitCount: number };
    const Q = `query($by: [CoverageSource!], $d: ID, $after: String) {
      chainCoverage(first: 200, after: $after, coveredBy: $by, document: $d) {
        nodes { chain { id } reliedOnUnitCount } pageInfo { hasNextPage endCursor } } }`;
    const all = async (by: string[], d: string | null): Promise<Row[]> => {
      const rows: Row[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page += 1) {
        const r = await gql(Q, { by, d, after });
        expect(codes(r)).toEqual([]);
        const c = (
          r.data as {
            chainCoverage: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          }
        ).chainCoverage;
        rows.push(...c.nodes);
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      return rows;
    };
    for (const d of documents) {
      const full = await all(['PLATFORMS', 'RELIED_ON_UNITS'], d);
      expect(full.length).toBeGreaterThan(0);
      // The same chains in the same order (by name), each with the same count.
      expect(await all(['PLATFORMS'], d)).toEqual(full);
      if (d === null) expect(full.some((r) => r.reliedOnUnitCount > 0)).toBe(true);
    }
  });
});
