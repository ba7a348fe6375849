/**
 * The one place that creates neo4j-driver instances. Reads go through executeRead and
 * writes through executeWrite, so that a cluster (neo4j://) can route reads to replicas.
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
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
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
  } = {},
): Database {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'innograph',
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 30_000,
    maxConnectionPoolSize: options.poolSize ?? 100,
    // How long executeRead/executeWrite retry transient failures (e.g. the server went away).
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
    // Integers come back as JS numbers; our counts and line numbers are far below 2^53.
    disableLosslessIntegers: true,
  });
  const txConfig =
    options.transactionTimeoutMs === undefined ? {} : { timeout: options.transactionTimeoutMs };
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  return {
    driver,
    connection,
    async read(cypher, params = {}, options = {}) {
      const s = session('READ');
      try {
        const config = options.timeoutMs === undefined ? txConfig : { timeout: options.timeoutMs };
        return await s.executeRead((tx) => withoutCallerStack(() => tx.run(cypher, params)), config);
      } finally {
        await s.close();
      }
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
