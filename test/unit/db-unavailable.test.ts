/**
 * Which errors mean "the database cannot answer right now" (DATABASE_UNAVAILABLE, 503,
 * retryable) and which are our bugs (INTERNAL_SERVER_ERROR). The errors are the driver's own
 * class (`Neo4jError`, as `newError` builds it: code `N/A` when the driver raised it itself),
 * with the codes and messages that neo4j-driver 6 and Neo4j 5 produce, wrapped as GraphQL and
 * our code wrap them. Each is also put through formatError, the one place that decides the
 * answer. test/integration/db-errors.test.ts provokes some of them for real.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isQueryTimeout } from '../../src/graphql/errors.js';
import { ApolloServer } from '@apollo/server';
import type { Context, OperationNote } from '../../src/graphql/context.js';
import { formatError, operationNotePlugin } from '../../src/graphql/server.js';
import { silentLogger } from '../../src/http/logger.js';

/** As the driver's newError(message, code) builds it. */
const driverError = (message: string, code = 'N/A', cause?: Error): Neo4jError =>
  new Neo4jError(
    message,
    code,
    '50N42',
    'error: general processing exception',
    { OPERATION: '', OPERATION_CODE: '0', CURRENT_SCHEMA: '/' },
    cause,
  );

const UNAVAILABLE: [string, unknown][] = [
  [
    'no server (ECONNREFUSED)',
    driverError(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
      'ServiceUnavailable',
    ),
  ],
  ['connection closed by the server', driverError('Connection was closed by server', 'ServiceUnavailable')],
  ['session expired (cluster)', driverError('Connection was closed by server', 'SessionExpired')],
  [
    'pool closed under a running request',
    driverError('Pool is closed, it is no more able to serve requests.'),
  ],
  [
    'no free connection in time',
    driverError(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
    ),
  ],
  // The connection holder lost its connection (reset, closed) before the query was sent.
  ['no connection available', driverError('No connection available')],
  ['connect timeout', driverError('Failed to establish connection in 30000ms', 'ServiceUnavailable')],
  ['connect timeout, without its code', driverError('Failed to establish connection in 30000ms')],
  ['server went silent', driverError("Connection lost. Server didn't respond in 30000ms")],
  ['request discarded by a RESET', driverError('Ignored either because of an error or RESET')],
  [
    'transaction terminated by the server (shutdown, TERMINATE TRANSACTIONS)',
    driverError(
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. Explicitly terminated by the user. ',
      'Neo.ClientError.Transaction.Terminated',
    ),
  ],
  [
    'lock client stopped',
    driverError('lock client stopped', 'Neo.ClientError.Transaction.LockClientStopped'),
  ],
  [
    'database unavailable (starting, stopping)',
    driverError(
      'The database is not currently available to serve your request, refer to the database logs for more details. Retrying your request at a later time may succeed.',
      'Neo.TransientError.General.DatabaseUnavailable',
    ),
  ],
  [
    'Neo4j failed to start a transaction while stopping',
    driverError('Database neo4j is shutting down.', 'Neo.DatabaseError.Transaction.TransactionStartFailed'),
  ],
  ['Neo4j internal failure', driverError('Unexpected error', 'Neo.DatabaseError.General.UnknownError')],
  ['out of memory', driverError('memory pool', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError')],
  ['credentials refused', driverError('auth', 'Neo.ClientError.Security.Unauthorized')],
  ['database missing', driverError('no db', 'Neo.ClientError.Database.DatabaseNotFound')],
  ['a raw socket error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
];

/** Neo4j stopped the transaction at its time limit: the question's weight, not the database's health. */
const TIMEOUTS: [string, unknown][] = [
  [
    'transaction timeout',
    driverError(
      'The transaction has not completed within the timeout',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ),
  ],
  [
    'transaction terminated for its timeout',
    driverError(
      'The transaction has been terminated. Reason: TransactionTimedOut',
      'Neo.ClientError.Transaction.Terminated',
    ),
  ],
];

const OURS: [string, unknown][] = [
  ['a Cypher syntax error', driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')],
  ['a Cypher type error', driverError('Type mismatch', 'Neo.ClientError.Statement.TypeError')],
  ['a bad parameter', driverError('Expected parameter(s): id', 'Neo.ClientError.Statement.ParameterMissing')],
  ['a driver protocol error', driverError('Unknown packed value with marker 0xff', 'ProtocolError')],
  ['a driver misuse', driverError('Result is already consumed')],
  ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ['a string', 'boom'],
  ['null', null],
];

/** How the error reaches formatError: as thrown, or wrapped. */
const WRAPS: [string, (e: unknown) => unknown][] = [
  ['as thrown', (e) => e],
  ['in a GraphQLError (a resolver)', (e) => new GraphQLError('x', { originalError: e as Error })],
  [
    'in a GraphQLError in a GraphQLError (a nested field)',
    (e) => new GraphQLError('x', { originalError: new GraphQLError('y', { originalError: e as Error }) }),
  ],
  ['as an Error cause', (e) => new Error('reading the neighbourhood failed', { cause: e })],
  ['as the cause of a driver error', (e) => (e instanceof Error ? driverError('wrapper', 'N/A', e) : e)],
];

describe('database errors are classified by what they mean (issue 20)', () => {
  describe.each(WRAPS)('%s', (_how, wrap) => {
    it.each(UNAVAILABLE)('%s: DATABASE_UNAVAILABLE', (_name, error) => {
      const e = wrap(error);
      expect(isDatabaseUnavailable(e)).toBe(true);
      const formatted = formatError({ message: 'x', path: ['node'], extensions: {} }, e, silentLogger);
      expect(formatted).toEqual({
        message: 'the graph database is unavailable; try again later',
        path: ['node'],
        extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true, retryAfter: 5 },
      });
    });

    it.each(TIMEOUTS)('%s: QUERY_TIMEOUT naming the field, not retryable', (_name, error) => {
      const e = wrap(error);
      expect(isDatabaseUnavailable(e)).toBe(false);
      expect(isQueryTimeout(e)).toBe(true);
      const formatted = formatError({ message: 'x', path: ['entities'], extensions: {} }, e, silentLogger);
      expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT', retryable: false });
      expect(formatted.path).toEqual(['entities']);
      expect(formatted.message).toMatch(
        /^entities: .*time limit.*includes planning.*asked again once its plan is cached.*narrow it/,
      );
    });

    it.each(OURS)('%s: INTERNAL_SERVER_ERROR', (_name, error) => {
      const e = wrap(error);
      expect(isDatabaseUnavailable(e)).toBe(false);
      const formatted = formatError({ message: 'x', extensions: {} }, e, silentLogger);
      expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(formatted.message).toBe('internal error');
    });
  });

  it('stops on a cycle of causes', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('the request log line carries the code the client got (review s24, M1)', () => {
  it.each([...TIMEOUTS, ...UNAVAILABLE.slice(0, 1)])(
    '%s: the formatted code, not UNKNOWN',
    async (_name, error) => {
      // A real Apollo server with the project's formatError and operation plugin; the resolver
      // throws what the driver threw, as a repository read does.
      type Ctx = Pick<Context, 'operation'>;
      const apollo = new ApolloServer<Ctx>({
        typeDefs: 'type Query { x: Int }',
        resolvers: {
          Query: {
            x: () => {
              throw error;
            },
          },
        },
        formatError: (formatted, e) => formatError(formatted, e, silentLogger),
        plugins: [operationNotePlugin()],
      });
      const note: OperationNote = {};
      const res = await apollo.executeOperation(
        { query: 'query Q { x }' },
        { contextValue: { operation: note } },
      );
      const sent = res.body.kind === 'single' ? (res.body.singleResult.errors ?? []) : [];
      expect(sent.map((e) => e.extensions?.code)).toEqual(note.errorCodes);
      expect(note.errorCodes).not.toContain('UNKNOWN');
      expect(note).toMatchObject({ name: 'Q' });
    },
  );
});
