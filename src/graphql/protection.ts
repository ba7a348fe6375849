/**
 * Query protection, as an Apollo plugin: a maximum selection depth and a maximum cost
 * (graphql-query-complexity, with per-field costs declared on the type-graphql fields).
 * Both are checked before anything runs against Neo4j. Page sizes are capped by the
 * resolvers; every Cypher transaction has a timeout (INNOGRAPH_QUERY_TIMEOUT_MS).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createRequire } from 'node:module';
import type { Context } from './context.js';
import { tooComplex } from './errors.js';

// graphql-query-complexity's ESM build imports graphql's ESM files, a second copy of graphql
// next to the CommonJS one type-graphql uses; its CommonJS build shares ours.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COST = 10_000;
/** Assumed length of a list whose field declares no cost of its own. */
export const DEFAULT_LIST_LENGTH = 10;

/**
 * Introspection costs nothing (it never reaches Neo4j); other lists without a declared cost
 * count as DEFAULT_LIST_LENGTH items each.
 */
const listEstimator = ({
  type,
  field,
  childComplexity,
}: {
  type: { name: string };
  field: { name: string; type: Parameters<typeof getNullableType>[0] };
  childComplexity: number;
}): number | undefined => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  return isListType(getNullableType(field.type)) ? 1 + DEFAULT_LIST_LENGTH * childComplexity : undefined;
};

/** Depth of the deepest field selection, through fragments; introspection does not count. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const op = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        // Introspection (GraphiQL's schema query nests ofType deeply) is cheap and bounded.
        if (s.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + depthOf(s.selectionSet, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        // A fragment spread: follow it once (cycles are a validation error anyway).
        const f = fragments.get(s.name.value);
        max = Math.max(max, depthOf(f?.selectionSet, new Set([...seen, s.name.value])));
      }
    }
    return max;
  };
  return depthOf(op?.selectionSet, new Set());
}

export function protectionPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > MAX_QUERY_DEPTH)
            return Promise.reject(
              tooComplex(`query depth ${depth} exceeds the maximum of ${MAX_QUERY_DEPTH}`),
            );
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [
              fieldExtensionsEstimator(),
              listEstimator,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > MAX_QUERY_COST)
            return Promise.reject(
              tooComplex(
                `query cost ${cost} exceeds the maximum of ${MAX_QUERY_COST}; ask for smaller pages or fewer nested lists`,
              ),
            );
          return Promise.resolve();
        },
      });
    },
  };
}
