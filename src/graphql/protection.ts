/**
 * Query protection, as an Apollo plugin, after parsing and validation and before any
 * resolver runs: queries only (no mutation or subscription), variables valid for the
 * operation, and the request budget (budget.ts: root fields, depth, expanded fields, cost,
 * introspection cost, database round trips). A request over budget gets HTTP 400
 * QUERY_TOO_COMPLEX and never reaches Neo4j. At run time the request's database handle
 * (request-db.ts) enforces the round-trip cap again and stops issuing queries once the
 * response is sent. A request within its budget is then admitted against the others running
 * at once (admission.ts: heavy ones share a pool of cost, cheap ones always pass), and gives
 * its share back when its response is sent.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Admission, type Release } from './admission.js';
import type { Context } from './context.js';
import { BudgetError, LIMITS, overBudget, tallyOperation, type Limits } from './budget.js';
import { badRequest, ErrorCode, RETRY_AFTER_SECONDS, tooComplex } from './errors.js';
import { VerdictCache, type Verdict } from './verdict-cache.js';

export const MAX_QUERY_DEPTH = LIMITS.depth;
export const MAX_QUERY_COST = LIMITS.cost;

/**
 * What admission draws for each relationship subquery of a request's `where` (its heaviest
 * one), whatever its row cost: Neo4j plans every subquery, and a where of a new shape holds a
 * planner thread for seconds on a loaded machine. Eight clients sending distinct 5-branch
 * shapes, each cheap by rows, all ran at once and all timed out, slowing everyone (review s25
 * M2). With 625 a one-subquery where stays in the reserved lane, two or more are heavy, and
 * the largest allowed (16) draws the whole pool and runs alone.
 */
export const WHERE_SUBQUERY_ADMISSION_COST = 625;

/** The cost a request draws from the admission pool: its rows, or its where's planning. */
export const admissionCost = (tally: { cost: number; compiledWhere: { subqueries: number } }): number =>
  Math.max(tally.cost, tally.compiledWhere.subqueries * WHERE_SUBQUERY_ADMISSION_COST);

export function protectionPlugin(
  schema: GraphQLSchema,
  limits: Limits = LIMITS,
  admission: Admission = new Admission(),
  /** Verdicts of requests seen before (verdict-cache.ts): the walk runs once per request shape. */
  verdicts: VerdictCache = new VerdictCache(),
): ApolloServerPlugin<Context> {
  const verdict = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): Verdict => {
    const tally = tallyOperation(schema, document, operation, variables);
    return { why: overBudget(tally, limits), cost: admissionCost(tally) };
  };
  return {
    requestDidStart() {
      /** This request's share of the admission pool, once admitted. */
      let release: Release | undefined;
      return Promise.resolve({
        didResolveOperation({ request, document, operation }) {
          // No operation (several anonymous ones, or an unknown operationName): Apollo answers 400.
          if (!operation) return Promise.resolve();
          if (operation.operation !== OperationTypeNode.QUERY)
            return Promise.reject(
              badRequest(`this API is read-only: it answers queries, not ${operation.operation} operations`),
            );
          // A request seen before (the same parsed document, operation and variables as sent)
          // had valid variables and this verdict: neither coercion nor the walk runs again.
          const key = verdicts.key(request.operationName, request.variables);
          let v = key === undefined ? undefined : verdicts.get(document, key);
          if (v === undefined) {
            const coerced = getVariableValues(
              schema,
              operation.variableDefinitions ?? [],
              request.variables ?? {},
              { maxErrors: 3 },
            );
            if (coerced.errors)
              return Promise.reject(
                badRequest(coerced.errors.map((e) => e.message).join('; '), ErrorCode.BAD_USER_INPUT),
              );
            try {
              v = verdict(document, operation, coerced.coerced);
            } catch (e) {
              if (e instanceof BudgetError) return Promise.reject(badRequest(e.message));
              throw e;
            }
            if (key !== undefined) verdicts.set(document, key, v);
          }
          if (v.why) return Promise.reject(tooComplex(v.why));
          return admission.admit(v.cost).then((r) => {
            release = r;
          });
        },
        willSendResponse({ contextValue, response }) {
          release?.();
          // Whatever is still running for this request may finish, but starts nothing new.
          void contextValue.requestDb?.close();
          if (response.body.kind !== 'single') return Promise.resolve();
          const errors = response.body.singleResult.errors ?? [];
          // Only the client's arguments went wrong (at the root, or on a nested field such as
          // statusIn(document: "doc:zzz"), where the rest of the answer is still sent): 400.
          if (errors.length > 0 && errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT))
            response.http.status = 400;
          if (errors.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
            // Retryable: 503 with Retry-After, so that proxies and clients back off and try again.
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
