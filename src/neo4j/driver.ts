/**
 * The one place that creates neo4j-driver instances. Reads are auto-commit queries in READ
 * sessions (one round trip, retried here like executeRead retries), writes go through
 * executeWrite; both let a cluster (neo4j://) route reads to readers.
 */
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { neo4jConnection, type Neo4jConnection } from '../config/neo4j.js';

export type Params = Record<string, unknown>;

export interface ReadOptions {
  /** This read's own transaction timeout, instead of the connection's (e.g. a search budget). */
  readonly timeoutMs?: number;
}

export interface Database {
  readonly driver: Driver;
  readonly connection: Neo4jConnection;
  read<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Params,
    options?: ReadOptions,
  ): Promise<QueryResult<R>>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  close(): Promise<void>;
}

/**
 * neo4j-driver captures and formats the caller's stack trace for every result it creates
 * (to append to an error the query may end with): on a cheap read that is a tenth of the
 * driver's CPU. Reads go without it; a failed read's error keeps its message and code, which
 * is all that errors.ts classifies and the log line shows.
 */
export function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** neo4j-driver's FETCH_ALL (documented for SessionConfig.fetchSize, not exported by the package). */
const FETCH_ALL = -1;

/**
 * neo4j-driver's own schedule for retrying a managed transaction (its TransactionExecutor):
 * the first retry after 1 s, each next one after twice as long, ±20 % jitter, until the
 * failures have gone on for longer than maxTransactionRetryTime.
 */
const RETRY_INITIAL_DELAY_MS = 1_000;
const RETRY_MULTIPLIER = 2;
const RETRY_JITTER = 0.2;

const jittered = (ms: number): number => ms * (1 - RETRY_JITTER + Math.random() * 2 * RETRY_JITTER);

/**
 * Runs `attempt` again on a retryable error (the driver's verdict: unreachable server, expired
 * session, transient error) as executeRead would, for at most `maxRetryTimeMs` counted from the
 * first failure; any other error, or one past that time, is thrown as it came.
 */
export async function retryRead<T>(
  attempt: () => Promise<T>,
  maxRetryTimeMs: number,
  onRetry?: (error: unknown) => void,
): Promise<T> {
  let firstFailure: number | undefined;
  let delay = RETRY_INITIAL_DELAY_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      const now = Date.now();
      firstFailure ??= now;
      if (now - firstFailure > maxRetryTimeMs || !neo4j.isRetryableError(e)) throw e;
      onRetry?.(e);
      await new Promise((resolve) => setTimeout(resolve, jittered(delay)));
      delay *= RETRY_MULTIPLIER;
    }
  }
}

export function openDatabase(
  connection: Neo4jConnection = neo4jConnection(),
  options: {
    transactionTimeoutMs?: number;
    maxRetryTimeMs?: number;
    /** How long a query waits for a free connection before failing (then DATABASE_UNAVAILABLE). */
    acquisitionTimeoutMs?: number;
    poolSize?: number;
    /** Called before a failed read is sent again (tests observe the retry through it). */
    onReadRetry?: (error: unknown) => void;
  } = {},
): Database {
  const maxRetryTimeMs = options.maxRetryTimeMs ?? 30_000;
  const { onReadRetry } = options;
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'innograph',
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 30_000,
    maxConnectionPoolSize: options.poolSize ?? 100,
    // How long executeRead/executeWrite retry transient failures (e.g. the server went away).
    maxTransactionRetryTime: maxRetryTimeMs,
    // Integers come back as JS numbers; our counts and line numbers are far below 2^53.
    disableLosslessIntegers: true,
  });
  const txConfig =
    options.transactionTimeoutMs === undefined ? {} : { timeout: options.transactionTimeoutMs };
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Every read is consumed whole (QueryResult): one PULL for all its records rather than
      // another round trip per thousand.
      ...(mode === 'READ' ? { fetchSize: FETCH_ALL } : {}),
    });
  return {
    driver,
    connection,
    /**
     * A read is one auto-commit query: RUN and PULL go out in one write and come back in one
     * round trip, where executeRead writes BEGIN, then RUN and PULL, then COMMIT and waits for
     * each. A read changes nothing, so sending it again after a transient failure is as safe
     * as executeRead's retry of the whole transaction, which retryRead reproduces (same errors,
     * same schedule, same maxTransactionRetryTime). No bookmarks are lost: each read had a
     * session of its own before too, so none was chained to another.
     */
    read(cypher, params = {}, options = {}) {
      const config = options.timeoutMs === undefined ? txConfig : { timeout: options.timeoutMs };
      return retryRead(
        async () => {
          const s = session('READ');
          try {
            return await withoutCallerStack(() => s.run(cypher, params, config));
          } finally {
            await s.close();
          }
        },
        maxRetryTimeMs,
        onReadRetry,
      );
    },
    async write(cypher, params = {}) {
      const s = session('WRITE');
      try {
        return await s.executeWrite((tx) => tx.run(cypher, params), txConfig);
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}
