/**
 * One GraphQL request's handle on the database: a Database that counts the request's Cypher
 * round trips (and refuses more than the budget allows), runs at most a few of them at once
 * (so that one request cannot take the whole driver pool from the others), refuses writes,
 * and starts nothing once the response has been sent.
 */
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { Database, Params, ReadOptions } from '../neo4j/driver.js';
import { LIMITS } from './budget.js';
import { tooComplex } from './errors.js';

export interface RequestDbLimits {
  /** Cypher round trips per request. */
  readonly queries: number;
  /** Cypher queries of one request running at the same time. */
  readonly concurrency: number;
}

export const REQUEST_DB_LIMITS: RequestDbLimits = { queries: LIMITS.dbQueries, concurrency: 4 };

export class RequestClosedError extends Error {
  constructor() {
    super('the response to this request was already sent');
  }
}

export class RequestDatabase implements Database {
  queries = 0;
  private active = 0;
  private closed = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly limits: RequestDbLimits = REQUEST_DB_LIMITS,
  ) {}

  get driver(): Database['driver'] {
    return this.db.driver;
  }

  get connection(): Database['connection'] {
    return this.db.connection;
  }

  async read<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Params,
    options?: ReadOptions,
  ): Promise<QueryResult<R>> {
    if (this.closed) throw new RequestClosedError();
    this.queries += 1;
    if (this.queries > this.limits.queries)
      throw tooComplex(
        `the query needed more than ${this.limits.queries} database round trips; ask for less in one request`,
      );
    if (this.active >= this.limits.concurrency)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      // The response may have gone out while this query waited for its turn.
      if (this.isClosed()) throw new RequestClosedError();
      return await this.db.read<R>(cypher, params, options);
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }

  isClosed(): boolean {
    return this.closed;
  }

  write(): Promise<never> {
    return Promise.reject(new Error('API requests are read-only'));
  }

  /** The response is out: queued queries are dropped, running ones finish (bounded by the transaction timeout). */
  close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w();
    return Promise.resolve();
  }
}
