/**
 * When Neo4j cannot answer, clients get a retryable DATABASE_UNAVAILABLE (HTTP 503 with
 * Retry-After), never INTERNAL_SERVER_ERROR; when it is back, the same API process serves
 * again. Behaviour only: no timings are asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { localServerSettings } from '../../src/config/neo4j.js';
import { formatError } from '../../src/graphql/server.js';
import { silentLogger } from '../../src/http/logger.js';
import { startApiServer } from '../../src/http/server.js';
import { openDatabase } from '../../src/neo4j/driver.js';
import { startLocalServer } from '../../src/neo4j/local/server.js';
import { seedFreshGraph } from '../support/seeded.js';

const QUERY = JSON.stringify({ query: '{ node(id: "uni:dlut") { id name } }' });

async function ask(url: string): Promise<{ status: number; retryAfter: string | null; codes: unknown[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUERY,
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
  };
}

describe('database faults', () => {
  // Its own graph: /readyz after recovery needs the seeded documents, whatever ran before.
  beforeAll(seedFreshGraph);

  it('answers 503 DATABASE_UNAVAILABLE when no pooled connection frees up in time (D7)', async () => {
    const db = openDatabase(inject('neo4j'), { poolSize: 1, acquisitionTimeoutMs: 300, maxRetryTimeMs: 500 });
    const api = await startApiServer({ db, port: 0, log: silentLogger });
    // Hold the pool's only connection in an open transaction.
    const holder = db.driver.session({ database: inject('neo4j').database });
    const tx = await holder.beginTransaction();
    try {
      await tx.run('RETURN 1');
      expect(await ask(api.url)).toEqual({ status: 503, retryAfter: '5', codes: ['DATABASE_UNAVAILABLE'] });
    } finally {
      await tx.rollback();
      await holder.close();
    }
    expect(await ask(api.url)).toEqual({ status: 200, retryAfter: null, codes: [] });
    await api.close();
    await db.close();
  });

  it('maps a real Neo4j transaction timeout to QUERY_TIMEOUT (not retryable), neither DATABASE_UNAVAILABLE nor INTERNAL_SERVER_ERROR (D7, review s23)', async () => {
    const db = openDatabase(inject('neo4j'), { transactionTimeoutMs: 1, maxRetryTimeMs: 0 });
    try {
      // Long enough for Neo4j's transaction monitor (it checks every couple of seconds) to stop it.
      const error = await db.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { code?: string }).code).toMatch(
        /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
      );
      const formatted = formatError(
        { message: 'x', path: ['entities'], extensions: {} },
        error,
        silentLogger,
      );
      expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT', retryable: false });
    } finally {
      await db.close();
    }
  }, 120_000);

  it.skipIf(!inject('neo4j').local)(
    'answers DATABASE_UNAVAILABLE while Neo4j is killed, and recovers without restarting the API',
    async () => {
      const env = {
        ...process.env,
        INNOGRAPH_NEO4J_DIR: process.env.INNOGRAPH_TEST_NEO4J_DIR ?? '.neo4j/test',
        INNOGRAPH_NEO4J_PORT: process.env.INNOGRAPH_TEST_NEO4J_PORT ?? '17687',
      };
      const settings = localServerSettings(env);
      const db = openDatabase(inject('neo4j'), { maxRetryTimeMs: 1000, acquisitionTimeoutMs: 2000 });
      const api = await startApiServer({ db, port: 0, log: silentLogger });
      try {
        expect((await ask(api.url)).status).toBe(200);
        const { pid } = JSON.parse(readFileSync(join(settings.dir, 'neo4j.pid.json'), 'utf8')) as {
          pid: number;
        };
        process.kill(pid, 'SIGKILL');
        await expect
          .poll(
            () => {
              try {
                process.kill(pid, 0);
                return true;
              } catch {
                return false;
              }
            },
            { timeout: 30_000 },
          )
          .toBe(false);

        expect(await ask(api.url)).toEqual({ status: 503, retryAfter: '5', codes: ['DATABASE_UNAVAILABLE'] });
        expect((await fetch(`${api.url}/readyz`)).status).toBe(503);
        expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

        await startLocalServer(settings);
        // The same API process, the same driver: served again once Neo4j answers.
        await expect
          .poll(async () => (await ask(api.url)).status, { timeout: 120_000, interval: 500 })
          .toBe(200);
        expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      } finally {
        await api.close();
        await db.close();
      }
    },
    400_000,
  );
});
