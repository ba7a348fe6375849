/**
 * A database error is never a statement about the data (issue 20, item 2): when the real
 * driver's pool closes under a resolver, the answer is DATABASE_UNAVAILABLE, not NOT_FOUND for
 * ids that exist, and not a shorter list. The driver is real and really closed; the only
 * wrapper decides *when* (just before a given query), so that earlier queries succeed.
 * A transaction Neo4j terminates under a request (as it does to every open one when it shuts
 * down) is DATABASE_UNAVAILABLE too, not INTERNAL_SERVER_ERROR.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/http/logger.js';
import { startApiServer } from '../../src/http/server.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { seedFreshGraph } from '../support/seeded.js';

interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(url: string, query: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const codes = (a: Answer): (string | undefined)[] => (a.body.errors ?? []).map((e) => e.extensions?.code);

/** The real database, whose driver is closed just before the first query with this Cypher text. */
function closingBefore(real: Database, text: string): Database {
  return {
    driver: real.driver,
    connection: real.connection,
    async read(c, params, options) {
      if (c === text) await real.close();
      return real.read(c, params, options);
    },
    write: (c, params) => real.write(c, params),
    close: () => real.close(),
  };
}

/** Runs in place of the first read: a query that runs until it is terminated (or 60 s pass). */
const TAG = 'innograph-db-errors-terminate-me';
const LONG = `WITH '${TAG}' AS tag UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n`;
function longFirstRead(real: Database): Database {
  let first = true;
  return {
    driver: real.driver,
    connection: real.connection,
    read(c, params, options) {
      if (!first) return real.read(c, params, options);
      first = false;
      return real.read(LONG, {}, { timeoutMs: 60_000 });
    },
    write: (c, params) => real.write(c, params),
    close: () => real.close(),
  };
}

const PATHS = '{ paths(from: "uni:dlut", to: "uni:neu", maxHops: 4) { length } }';
const HISTORY =
  '{ history(id: "chain:plan14-nuclear-power-equipment") { entity { id } entries { document { id } } } }';

describe('database errors are not data (issue 20, item 2)', () => {
  beforeAll(seedFreshGraph);

  it('paths: DATABASE_UNAVAILABLE, not NOT_FOUND, for existing ids when the pool is closed', async () => {
    const db = openDatabase(inject('neo4j'), { maxRetryTimeMs: 0 });
    const api = await startApiServer({ db, port: 0, log: silentLogger });
    try {
      // Both ends exist.
      const before = await ask(api.url, '{ a: node(id: "uni:dlut") { id } b: node(id: "uni:neu") { id } }');
      expect(before.body).toEqual({ data: { a: { id: 'uni:dlut' }, b: { id: 'uni:neu' } } });
      await db.close();
      const after = await ask(api.url, PATHS);
      expect(codes(after)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(after.status).toBe(503);
    } finally {
      await api.close();
    }
  });

  it('history: DATABASE_UNAVAILABLE, not fewer entries, when the pool closes before the mentions are read', async () => {
    const plain = openDatabase(inject('neo4j'), { maxRetryTimeMs: 0 });
    const healthy = await startApiServer({ db: plain, port: 0, log: silentLogger });
    const full = await ask(healthy.url, HISTORY);
    await healthy.close();
    await plain.close();
    expect(codes(full)).toEqual([]);
    expect((full.body.data as { history: { entries: unknown[] } }).history.entries.length).toBeGreaterThan(0);

    const real = openDatabase(inject('neo4j'), { maxRetryTimeMs: 0 });
    const api = await startApiServer({
      db: closingBefore(real, cypher('api/mentions')),
      port: 0,
      log: silentLogger,
    });
    try {
      const broken = await ask(api.url, HISTORY);
      expect(codes(broken)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(broken.body.data ?? null).toBeNull();
    } finally {
      await api.close();
      await real.close();
    }
  });

  it('a transaction terminated by Neo4j under a request: DATABASE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', async () => {
    const real = openDatabase(inject('neo4j'), { maxRetryTimeMs: 0 });
    const api = await startApiServer({ db: longFirstRead(real), port: 0, log: silentLogger });
    try {
      const answer = ask(api.url, '{ node(id: "uni:dlut") { id } }');
      // Wait until the request's transaction runs in Neo4j, then terminate it there.
      const running = async (): Promise<string[]> =>
        (
          await real.write(
            'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $tag RETURN transactionId',
            { tag: TAG },
          )
        ).records.map((r) => String(r.get('transactionId')));
      await expect.poll(running, { timeout: 30_000 }).not.toEqual([]);
      await real.write('TERMINATE TRANSACTIONS $ids', { ids: await running() });
      const terminated = await answer;
      expect(codes(terminated)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(terminated.status).toBe(503);
    } finally {
      await api.close();
      await real.close();
    }
  });
});
