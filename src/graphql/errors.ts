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
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export const badUserInput = (message: string, argument?: string): GraphQLError =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });

export const notFound = (id: string): GraphQLError =>
  new GraphQLError(`no entity with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });

/** Rejected before execution: Apollo answers 400 (the client's request is at fault). */
export const tooComplex = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });

/** Neo4j error codes that mean "the database is not there right now". */
export const isDatabaseUnavailable = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      code.startsWith('Neo.TransientError') ||
      code === 'Neo.ClientError.Security.Unauthorized')
  );
};
