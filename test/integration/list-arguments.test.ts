/**
 * List arguments (issue 20, items 3 and 4): a value given twice counts once, in the answer and
 * in the budget; a long list costs in proportion to its length, so that 10,000 excludeIds are
 * refused before any Cypher runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { startApiServer, type ApiServer } from '../../src/http/server.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { codes, postGraphql } from '../support/api.js';
import { seedFresh } from '../support/seeded.js';

/** The real database, counting the reads the API makes. */
let reads = 0;
let db: Database;
let server: ApiServer;

beforeAll(async () => {
  const real = openDatabase(inject('neo4j'), { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 });
  db = {
    driver: real.driver,
    connection: real.connection,
    read: (c, p, o) => {
      reads += 1;
      return real.read(c, p, o);
    },
    write: (c, p) => real.write(c, p),
    close: () => real.close(),
  };
  await seedFresh(real);
  server = await startApiServer({ db, port: 0, log: silentLogger });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const api = () => ({
  gql: <T>(query: string, variables?: Record<string, unknown>) =>
    postGraphql<T>(server.url, query, variables),
});

interface Page {
  entities: { totalCount: number; nodes: { id: string }[] };
}

describe('duplicate values in list arguments (issue 20, item 3)', () => {
  it('counts LABORATORY once in kinds: [LABORATORY, LABORATORY], in the document and in variables', async () => {
    const q = `query($kinds: [Kind!]) { entities(filter: { kinds: $kinds }, first: 100) { totalCount nodes { id } } }`;
    const once = await api().gql<Page>(q, { kinds: ['LABORATORY'] });
    const twice = await api().gql<Page>(q, { kinds: ['LABORATORY', 'LABORATORY'] });
    const literal = await api().gql<Page>(
      '{ entities(filter: { kinds: [LABORATORY, LABORATORY] }, first: 100) { totalCount nodes { id } } }',
    );
    expect(codes(once)).toEqual([]);
    const n = once.data?.entities.totalCount ?? 0;
    expect(n).toBeGreaterThan(0);
    for (const r of [twice, literal]) {
      expect(codes(r)).toEqual([]);
      expect(r.data?.entities.totalCount).toBe(n);
      const ids = r.data?.entities.nodes.map((x) => x.id) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(once.data?.entities.nodes.map((x) => x.id));
    }
  });

  it('gives each entity once in search and overview with a kind given twice', async () => {
    const r = await api().gql<{
      search: { entity: { id: string } }[];
      overview: { nodes: { id: string }[] };
    }>(
      '{ search(text: "大连", kinds: [UNIVERSITY, UNIVERSITY], first: 50) { entity { id } } overview(kinds: [UNIVERSITY, UNIVERSITY]) { nodes { id } } }',
    );
    expect(codes(r)).toEqual([]);
    const hits = r.data?.search.map((h) => h.entity.id) ?? [];
    const nodes = r.data?.overview.nodes.map((x) => x.id) ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(hits).size).toBe(hits.length);
    expect(new Set(nodes).size).toBe(nodes.length);
  });
});

describe('list arguments in the budget (issue 20, item 4)', () => {
  const Q = `query($ids: [ID!]) { neighbourhood(id: "uni:dlut", depth: 3, excludeIds: $ids) { nodes { id } } }`;
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `ent:none-${i}`);

  it('refuses 10,000 excludeIds as QUERY_TOO_COMPLEX before any Cypher runs', async () => {
    const before = reads;
    const r = await api().gql(Q, { ids: ids(10_000) });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(reads).toBe(before);
  });

  it('answers 1,000 excludeIds, and the same id 10,000 times as one', async () => {
    expect(codes(await api().gql(Q, { ids: ids(1000) }))).toEqual([]);
    const same = await api().gql<{ neighbourhood: { nodes: { id: string }[] } }>(Q, {
      ids: Array.from({ length: 10_000 }, () => 'uni:neu'),
    });
    expect(codes(same)).toEqual([]);
    expect(same.data?.neighbourhood.nodes.map((n) => n.id)).not.toContain('uni:neu');
  });
});

describe('search text with tone marks and invisible characters (issue 20, item 5)', () => {
  const Q = 'query($t: String!) { search(text: $t, first: 5) { entity { id name } matchType } }';
  type Hits = { search: { entity: { id: string; name: string }; matchType: string }[] };

  it('finds 大连理工大学 by dàliánlǐgōngdàxué as by dalianligongdaxue', async () => {
    const plain = await api().gql<Hits>(Q, { t: 'dalianligongdaxue' });
    const toned = await api().gql<Hits>(Q, { t: 'dàliánlǐgōngdàxué' });
    expect(plain.data?.search[0]?.entity.id).toBe('uni:dlut');
    expect(toned.data?.search).toEqual(plain.data?.search);
  });

  it('finds 大连理工大学 with zero-width characters pasted into the name', async () => {
    const r = await api().gql<Hits>(Q, { t: '\uFEFF大连\u200B理工\u200D大学' });
    expect(codes(r)).toEqual([]);
    expect(r.data?.search[0]).toMatchObject({ entity: { id: 'uni:dlut' }, matchType: 'EXACT' });
  });
});
