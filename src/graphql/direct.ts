/**
 * Repeated requests without Apollo's request pipeline. A POST whose query Apollo has already
 * parsed and validated (the document cache holds it) and whose budget verdict is cached (the
 * same document, operation name and variables, within budget) is executed here directly:
 * graphql-js `execute` with the same context, the same admission, the same error shaping
 * (`formatError`, Apollo's normalisation), the same status rules and the same response body.
 * Per request this skips what Apollo does again for a request it has seen: hashing the query,
 * content negotiation (twice), plugin hooks and their promise chains, response reordering.
 *
 * Anything else (a first request, an over-budget or refused one, GET, extensions, an Accept
 * header other than the few below, a document with several operations and no name) returns
 * undefined and goes through Apollo as before, which also caches what the next request needs.
 * test/integration/direct-path.test.ts checks that each request answers the same (status,
 * headers, body) through Apollo and here.
 */
import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  type GraphQLFormattedError,
} from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Admission, Release } from './admission.js';
import type { Context } from './context.js';
import type { DocumentCache } from './document-cache.js';
import { ErrorCode, RETRY_AFTER_SECONDS } from './errors.js';
import type { VerdictCache } from './verdict-cache.js';

/** Apollo's content type for these Accept headers (or none): application/json. */
const JSON_ACCEPTS = new Set<string | undefined>([undefined, '', '*/*', 'application/json']);
const JSON_TYPE = 'application/json; charset=utf-8';

export interface DirectRequest {
  readonly query: string;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

export interface DirectResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The request, when a POST body is of the plain shape this path takes: `query` (non-empty
 * string), and optionally `variables` (object or null) and `operationName` (string or null);
 * no `extensions` (persisted queries and the like stay with Apollo).
 */
export function directRequest(body: unknown, accept: string | undefined): DirectRequest | undefined {
  if (!JSON_ACCEPTS.has(accept) || !isRecord(body)) return undefined;
  const { query, variables, operationName } = body;
  for (const key in body)
    if (key !== 'query' && key !== 'variables' && key !== 'operationName') return undefined;
  if (typeof query !== 'string' || query === '') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  return {
    query,
    variables: variables ?? undefined,
    operationName: operationName ?? undefined,
  };
}

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** What Apollo's normalizeAndFormatErrors does with an error's `extensions.http`. */
interface HttpFromErrors {
  status?: number;
  readonly headers: Map<string, string>;
}

function isHttpHead(x: unknown): x is { status?: number; headers?: Map<string, string> } {
  return (
    isRecord(x) &&
    (!('status' in x) || typeof x.status === 'number') &&
    (!('headers' in x) || x.headers instanceof Map)
  );
}

/**
 * Apollo's error normalisation (errorNormalize.ts, Apollo Server 5): every error a GraphQLError,
 * a code (INTERNAL_SERVER_ERROR when none), its `extensions.http` taken into the response's
 * status and headers, then `formatError`; an error thrown while formatting becomes a bare
 * internal error.
 */
export function formatErrors(
  errors: readonly unknown[],
  formatError: FormatError,
): { formatted: GraphQLFormattedError[]; http: HttpFromErrors } {
  const http: HttpFromErrors = { headers: new Map() };
  const enrich = (maybe: unknown): GraphQLFormattedError => {
    const error =
      maybe instanceof Error ? maybe : new GraphQLError(`Unexpected error value: ${String(maybe)}`);
    const graphqlError =
      error instanceof GraphQLError ? error : new GraphQLError(error.message, { originalError: error });
    const extensions: Record<string, unknown> = {
      ...graphqlError.extensions,
      code: graphqlError.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
    };
    if (isHttpHead(extensions.http)) {
      if (extensions.http.status) http.status = extensions.http.status;
      for (const [k, v] of extensions.http.headers ?? []) http.headers.set(k, v);
      delete extensions.http;
    }
    return { ...graphqlError.toJSON(), extensions };
  };
  const formatted = errors.map((error) => {
    try {
      return formatError(enrich(error), error);
    } catch {
      return { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  });
  return { formatted, http };
}

export interface DirectOptions {
  readonly schema: GraphQLSchema;
  readonly documents: DocumentCache;
  readonly verdicts: VerdictCache;
  readonly admission: Admission;
  readonly formatError: FormatError;
}

export class DirectExecutor {
  constructor(private readonly o: DirectOptions) {}

  /**
   * The response, or undefined when Apollo must answer (nothing has been run or drawn then).
   * `context` is called only once the request is known to take this path.
   */
  async run(request: DirectRequest, context: () => Context): Promise<DirectResponse | undefined> {
    const { schema, documents, verdicts, admission } = this.o;
    const document = documents.byQuery(request.query);
    if (!document) return undefined;
    const operation = getOperationAST(document, request.operationName);
    if (operation?.operation !== OperationTypeNode.QUERY) return undefined;
    const key = verdicts.key(request.operationName, request.variables);
    const verdict = key === undefined ? undefined : verdicts.get(document, key);
    // Not seen with these variables, or refused: Apollo analyses it (and answers the refusal).
    if (verdict === undefined || verdict.why !== undefined) return undefined;
    const contextValue = context();
    let release: Release | undefined;
    try {
      try {
        release = await admission.admit(verdict.cost);
      } catch (e) {
        // Refused by admission (SERVER_BUSY): as Apollo answers a plugin's refusal.
        return this.respond(contextValue, operation.name?.value ?? null, [e], undefined, undefined, 500);
      }
      const result = await execute({
        schema,
        document,
        contextValue,
        variableValues: request.variables,
        operationName: request.operationName,
      });
      return this.respond(
        contextValue,
        operation.name?.value ?? null,
        result.errors,
        result.data,
        result.extensions,
      );
    } finally {
      release?.();
      // Whatever is still running for this request may finish, but starts nothing new.
      void contextValue.requestDb?.close();
    }
  }

  private respond(
    contextValue: Context,
    operationName: string | null,
    errors: readonly unknown[] | undefined,
    data: unknown,
    extensions: unknown,
    defaultStatus?: number,
  ): DirectResponse {
    const { formatted, http } =
      errors === undefined
        ? { formatted: undefined, http: undefined }
        : formatErrors(errors, this.o.formatError);
    let status = http?.status ?? (formatted && data === undefined ? (defaultStatus ?? 400) : 200);
    const headers = new Map(http?.headers);
    // The protection plugin's rules on the formatted errors (protection.ts willSendResponse).
    if (formatted && formatted.length > 0) {
      if (formatted.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT)) status = 400;
      if (formatted.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
        status = 503;
        headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      }
    }
    // The operation plugin's note (server.ts), from the errors as raised.
    const note = contextValue.operation;
    if (note) {
      note.name = operationName;
      note.errorCodes = (errors ?? []).map((e) =>
        e instanceof GraphQLError ? (e.extensions.code ?? 'UNKNOWN') : 'UNKNOWN',
      );
    }
    headers.set('content-type', JSON_TYPE);
    return {
      status,
      headers: [...headers],
      body: JSON.stringify({ errors: formatted, data, extensions }),
    };
  }
}
