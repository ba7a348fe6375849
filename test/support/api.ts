/** Starts the real API over the run's Neo4j on a free port, and a tiny GraphQL client. */
import { afterAll, beforeAll, inject } from 'vitest';
import { Admission, DEFAULT_ADMISSION } from '../../src/graphql/admission.js';
import { startApiServer, type ApiServer, type ServeOptions } from '../../src/http/server.js';
import { silentLogger } from '../../src/http/logger.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { seedFresh } from './seeded.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  readonly db: Database;
  readonly server: ApiServer;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** `options`: server options beyond the database, port and logger (e.g. a paths work bound). */
export async function startTestApi(
  options: Omit<ServeOptions, 'db' | 'port' | 'log'> = {},
): Promise<TestApi> {
  const db = openDatabase(inject('neo4j'), { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 });
  // Admission stays on, but a heavy request (the explorer's overview) waits for its turn however
  // loaded the machine is, instead of SERVER_BUSY after 5 s: a refusal by the clock would make the
  // browser tests depend on timing. admission.test.ts tests the refusals themselves.
  const admission = new Admission({ ...DEFAULT_ADMISSION, waitMs: 300_000 });
  const server = await startApiServer({ admission, ...options, db, port: 0, log: silentLogger });
  return {
    db,
    server,
    gql: (query, variables) => postGraphql(server.url, query, variables),
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** The error codes of a GraphQL response, in order. */
/** POSTs one GraphQL request to the API at `url`; the HTTP status with the JSON answer. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GraphqlResponse<T>, 'status'>) };
}

export const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] =>
  (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * For a test file: the API over a freshly seeded graph, started before its tests and
 * stopped after them. Call at the top level; use the returned getter inside tests.
 */
export function useSeededApi(): () => TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi();
    await seedFresh(api.db);
  });
  afterAll(async () => {
    await api?.close();
  });
  return () => {
    if (!api) throw new Error('the API is not started (beforeAll failed?)');
    return api;
  };
}
