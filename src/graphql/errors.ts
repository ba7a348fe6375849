/**
 * The API's error vocabulary. Every rejection carries one of these codes; nothing else
 * (no stack, no driver message, no credential) reaches a client.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  BAD_REQUEST: 'BAD_REQUEST',
  SEARCH_BUDGET_EXCEEDED: 'SEARCH_BUDGET_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export const badUserInput = (message: string, argument?: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });

/** At most this much of a client's value goes back in a message: a 900 KB id is not echoed. */
export const ECHO_MAX = 100;
export const echo = (s: string): string =>
  Array.from(s).length > ECHO_MAX ? `${Array.from(s).slice(0, ECHO_MAX).join('')}…` : s;

export const notFound = (id: string): GraphQLError =>
  new GraphQLError(`no entity with id "${echo(id)}"`, {
    extensions: { code: ErrorCode.NOT_FOUND, id: echo(id) },
  });

/** A request this API refuses as a whole (not a query, bad variables): HTTP 400. */
export const badRequest = (message: string, code: string = ErrorCode.BAD_REQUEST): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Rejected before execution: Apollo answers 400 (the client's request is at fault). */
export const tooComplex = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });

/**
 * A search that passed its budget (paths: INNOGRAPH_PATHS_BUDGET_MS) before it could say whether
 * an answer exists: the client narrows the question; retrying the same one does not help.
 */
export const searchBudgetExceeded = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.SEARCH_BUDGET_EXCEEDED } });

/** Seconds a client should wait before retrying after DATABASE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Neo4j errors that mean "the database cannot answer right now, try again": down or
 * unreachable, warming up, overloaded (transaction timeout, no free connection in the pool),
 * or refusing our credentials (a configuration fault the client cannot fix either).
 */
export const isDatabaseUnavailable = (e: unknown): boolean => {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = err?.code;
  if (typeof code !== 'string') return false;
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError') ||
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit' ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    // The driver's own pool: no connection became free within connectionAcquisitionTimeout,
    // or the pool was closed (the process is stopping) under a request still running.
    (typeof err?.message === 'string' &&
      (err.message.startsWith('Connection acquisition timed out') ||
        err.message.startsWith('Pool is closed')))
  );
};

/**
 * DataLoader's loadMany puts a failed key's Error in place of its value. A failed read is a
 * database error, never "not found" or "no entries": rethrow it.
 */
export const loadedOrThrow = <T>(values: readonly (T | Error)[]): T[] =>
  values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
