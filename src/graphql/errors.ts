/**
 * The API's error vocabulary. Every rejection carries one of these codes; nothing else
 * (no stack, no driver message, no credential) reaches a client.
 */
import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  BAD_REQUEST: 'BAD_REQUEST',
  SEARCH_BUDGET_EXCEEDED: 'SEARCH_BUDGET_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVER_BUSY: 'SERVER_BUSY',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
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

/** Seconds a client should wait before retrying after SERVER_BUSY (expensive requests come and go fast). */
export const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * Too many expensive requests at once (admission.ts): 503 with Retry-After, refused before any
 * Cypher runs; the same request may succeed a moment later.
 */
export const serverBusy = (message: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: {
      code: ErrorCode.SERVER_BUSY,
      retryable: true,
      retryAfter: BUSY_RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(BUSY_RETRY_AFTER_SECONDS)]]) },
    },
  });

/**
 * Codes of the driver and of Neo4j that mean "the database cannot answer right now": down or
 * unreachable (ServiceUnavailable, SessionExpired), warming up or overloaded (transient
 * errors), refusing our credentials (a configuration fault the client
 * cannot fix either), a database that is not there (yet), a transaction terminated under us
 * (Neo4j terminates them when it shuts down; the driver files Neo4j 5's
 * `Neo.TransientError.Transaction.Terminated` as `Neo.ClientError.Transaction.Terminated`), and
 * Neo4j's own failures (`Neo.DatabaseError.*`, e.g. a transaction that cannot start while the
 * database stops). Not here: `Neo.ClientError.Statement.*` and the like, which are our bugs, and
 * a transaction timeout, which is the question's weight, not the database's health (QUERY_TIMEOUT).
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Security.TokenExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.LockClientStopped',
]);
const UNAVAILABLE_CODE_PREFIXES = ['Neo.TransientError.', 'Neo.DatabaseError.'];

/**
 * Neo4j stopped the transaction at its time limit (INNOGRAPH_QUERY_TIMEOUT_MS):
 * `TransactionTimedOut`, `TransactionTimedOutClientConfiguration`, or a termination whose
 * reason says so. The same question would run as long again: not retryable (review s23: a
 * 1,000-branch `where` was answered DATABASE_UNAVAILABLE after 12 s, inviting a retry).
 */
const TIMEOUT_CODE_PREFIX = 'Neo.ClientError.Transaction.TransactionTimedOut';
const timedOut = (err: { code?: unknown; message?: unknown }): boolean =>
  typeof err.code === 'string' &&
  (err.code.startsWith(TIMEOUT_CODE_PREFIX) ||
    (err.code === 'Neo.ClientError.Transaction.Terminated' &&
      typeof err.message === 'string' &&
      err.message.includes('TransactionTimedOut')));

/**
 * The driver's own failures carry no code (`N/A`), only a message: its pool gave no connection
 * within connectionAcquisitionTimeout, or was closed under a running request (the process is
 * stopping); a connection that could not be opened in time, went silent, was closed by the
 * server, or was reset with requests still queued on it.
 */
const UNAVAILABLE_DRIVER_MESSAGES = [
  'Connection acquisition timed out',
  'Pool is closed',
  'No connection available',
  'Failed to establish connection in',
  "Connection lost. Server didn't respond",
  'Connection was closed by server',
  'Ignored either because of an error or RESET',
];

/** Socket errors, should one ever reach us unwrapped. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

const unavailable = (err: { code?: unknown; message?: unknown }): boolean => {
  const { code, message } = err;
  if (timedOut(err)) return false;
  if (typeof code === 'string') {
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (UNAVAILABLE_CODE_PREFIXES.some((p) => code.startsWith(p))) return true;
  }
  return typeof message === 'string' && UNAVAILABLE_DRIVER_MESSAGES.some((m) => message.startsWith(m));
};

/**
 * Whether an error means the database could not answer (DATABASE_UNAVAILABLE, retryable),
 * looking through what wraps it: GraphQL's `originalError` (a resolver's error, or one from a
 * nested field), `cause` (the driver's GQL causes, our own wrappers), a few levels deep.
 */
export const isDatabaseUnavailable = (e: unknown): boolean => anyWrapped(e, unavailable);

/** Whether an error is Neo4j stopping a transaction at its time limit, through the same wrappers. */
export const isQueryTimeout = (e: unknown): boolean => anyWrapped(e, timedOut);

const anyWrapped = (e: unknown, test: (err: { code?: unknown; message?: unknown }) => boolean): boolean => {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length > 0 && seen.size < 16) {
    const x = queue.shift();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const err = x as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown };
    if (test(err)) return true;
    queue.push(err.originalError, err.cause);
  }
  return false;
};

/**
 * The answer to a query Neo4j stopped at its time limit: names the field (its response path)
 * and says what helps. Not retryable (a slow question takes as long again), but the limit
 * also covers planning, which a cold plan cache adds once (review s24, M1): the message says so.
 */
export const queryTimeout = (path: readonly (string | number)[] | undefined): GraphQLFormattedError => {
  const field = path && path.length > 0 ? path.join('.') : 'the query';
  return {
    message: `${field}: the database stopped this query at the server's time limit (INNOGRAPH_QUERY_TIMEOUT_MS); the time includes planning the query, so a question the server has not planned since it started may answer when asked again once its plan is cached, but one that is slow to run takes as long again: narrow it (a smaller where, fewer OR branches, a smaller page or depth)`,
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.QUERY_TIMEOUT, retryable: false },
  };
};

/**
 * What an unexpected error is, for the log: its class name, driver code and GQL status, and
 * those of its causes (a driver error often wraps the socket error that explains it).
 */
export function errorIdentity(e: unknown): { name?: string; code?: string; causes?: string[] } {
  const describe = (x: unknown): string => {
    const o = x as { name?: unknown; code?: unknown; gqlStatus?: unknown; message?: unknown } | null;
    return [o?.name, o?.code, o?.gqlStatus, o?.message]
      .filter((v): v is string => typeof v === 'string' && v !== '')
      .join(' ');
  };
  const o = e as { name?: unknown; code?: unknown } | null;
  const causes: string[] = [];
  for (
    let c = (e as { cause?: unknown } | null)?.cause, n = 0;
    c !== undefined && c !== null && n < 5;
    n += 1
  ) {
    causes.push(describe(c));
    c = (c as { cause?: unknown }).cause;
  }
  return {
    ...(typeof o?.name === 'string' ? { name: o.name } : {}),
    ...(typeof o?.code === 'string' ? { code: o.code } : {}),
    ...(causes.length > 0 ? { causes } : {}),
  };
}

/**
 * DataLoader's loadMany puts a failed key's Error in place of its value. A failed read is a
 * database error, never "not found" or "no entries": rethrow it.
 */
export const loadedOrThrow = <T>(values: readonly (T | Error)[]): T[] =>
  values.map((v) => {
    if (v instanceof Error) throw v;
    return v;
  });
