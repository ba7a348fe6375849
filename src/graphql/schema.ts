import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AnalyticsResolver } from './resolvers/analytics-resolver.js';
import { GraphResolver } from './resolvers/graph-resolver.js';
import { EntityConnectionResolver, QueryResolver } from './resolvers/query-resolver.js';
import { HistoryResolver } from './resolvers/history-resolver.js';
import {
  DocumentMentionResolver,
  EntityFieldsResolver,
  TYPED_FIELD_RESOLVERS,
} from './resolvers/relationship-resolvers.js';
import { TraceResolver } from './resolvers/trace-resolver.js';
import { ENTITY_TYPES } from './types/entity.js';

let schema: GraphQLSchema | undefined;

/** The executable schema, built once from the type-graphql classes. */
export function graphqlSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      QueryResolver,
      EntityConnectionResolver,
      GraphResolver,
      TraceResolver,
      AnalyticsResolver,
      HistoryResolver,
      EntityFieldsResolver,
      DocumentMentionResolver,
      ...TYPED_FIELD_RESOLVERS,
    ],
    // The per-kind types are reached only through the Entity interface: list them.
    orphanedTypes: Object.values(ENTITY_TYPES),
    validate: false,
  });
  // type-graphql gives the root type no description; GraphiQL shows this one first.
  const query = schema.getQueryType();
  if (query)
    query.description =
      'innograph: the innovation platforms of Liaoning and what they serve, from five policy documents. Start with search, entities, traceChain, regionSummary or history.';
  return schema;
}

/** The SDL committed as schema.graphql. */
export const schemaSdl = (): string => `${printSchema(graphqlSchema())}\n`;
