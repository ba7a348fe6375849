/**
 * Apollo Server over the type-graphql schema. Error shaping lives here, in one plugin-like
 * formatError: clients see a message and a code, never a stack, a driver message or a secret.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../http/logger.js';
import { Admission } from './admission.js';
import { LIMITS } from './budget.js';
import type { Context } from './context.js';
import { DocumentCache } from './document-cache.js';
import {
  ErrorCode,
  errorIdentity,
  isDatabaseUnavailable,
  isQueryTimeout,
  queryTimeout,
  RETRY_AFTER_SECONDS,
} from './errors.js';
import { protectionPlugin } from './protection.js';
import { VerdictCache } from './verdict-cache.js';
import { graphqlSchema } from './schema.js';

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.SEARCH_BUDGET_EXCEEDED,
  ErrorCode.SERVER_BUSY,
  ErrorCode.QUERY_TIMEOUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  ErrorCode.BAD_REQUEST,
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const rawCode = formatted.extensions?.code;
  const { path, locations } = formatted;
  // A document past the parser's token limit is over budget, not malformed.
  if (rawCode === 'GRAPHQL_PARSE_FAILED' && /more th[ae]t? \d+ tokens/.test(formatted.message))
    return {
      message: `the query has more than ${MAX_QUERY_TOKENS} tokens; send a smaller query`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    };
  const code = typeof rawCode === 'string' ? rawCode : '';
  if (CLIENT_CODES.has(code)) {
    // Keep our extensions (argument, id) but never a stack trace.
    const extensions = { ...formatted.extensions };
    delete extensions.stacktrace;
    return { message: formatted.message, path, locations, extensions };
  }
  // Apollo's own request errors without a code (a persisted query's hash that does not match
  // its query) carry a 4xx status: the client's mistake, not a bug to log with a stack.
  const http = formatted.extensions?.http as { status?: unknown } | undefined;
  if (code === '' && typeof http?.status === 'number' && http.status >= 400 && http.status < 500)
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  const original = unwrapResolverError(error);
  if (isQueryTimeout(original)) {
    log.info('query timeout', { path, error: (original as Error).message, ...errorIdentity(original) });
    return queryTimeout(path);
  }
  if (isDatabaseUnavailable(original)) {
    log.error('database unavailable', { error: (original as Error).message, ...errorIdentity(original) });
    return {
      message: 'the graph database is unavailable; try again later',
      path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, retryable: true, retryAfter: RETRY_AFTER_SECONDS },
    };
  }
  log.error('internal error', {
    error: original instanceof Error ? original.stack : String(original),
    // The driver's code and the error's class say which failure it was (the stack alone often does not).
    ...errorIdentity(original),
  });
  return { message: 'internal error', path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/**
 * Notes each operation's name and the error codes it produced on its context, for the one log
 * line the HTTP server writes per request (a second line per operation cost as much again).
 */
export function operationNotePlugin<C extends Pick<Context, 'operation'> = Context>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ contextValue, operationName, errors, response }) => {
          const { operation } = contextValue;
          if (operation) {
            operation.name = operationName ?? null;
            // The codes the client got: formatError gives a resolver's driver error its code
            // (QUERY_TIMEOUT, DATABASE_UNAVAILABLE), which the raw errors do not carry yet.
            const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            operation.errorCodes = (sent ?? errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN');
          }
          return Promise.resolve();
        },
      }),
  };
}

/** Parsing stops here: a larger document is refused before it costs validation time. */
export const MAX_QUERY_TOKENS = 5_000;

export function createApollo(
  log: Logger,
  documents: DocumentCache = new DocumentCache(),
  admission: Admission = new Admission(),
  verdicts: VerdictCache = new VerdictCache(),
): ApolloServer<Context> {
  const schema = graphqlSchema();
  return new ApolloServer<Context>({
    schema,
    // Parsed documents, bounded by the bytes they hold (Apollo's default misses their source text).
    documentStore: documents,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: false,
    // The HTTP server drains on SIGTERM/SIGINT and stops Apollo last (http/server.ts close()).
    // Apollo's own handler (on unless NODE_ENV=test) would stop it first and re-send the signal,
    // which resets every request still in flight.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo's default indents every response (larger, and slower to write).
    stringifyResult: (value) => JSON.stringify(value),
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are unused here, and the plugin would wrap every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo installs the federation trace plugin implicitly and asks it on every request
      // whether this schema is a subgraph; it is not.
      ApolloServerPluginInlineTraceDisabled(),
      protectionPlugin(schema, LIMITS, admission, verdicts),
      operationNotePlugin(),
    ],
  });
}
