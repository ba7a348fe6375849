import 'reflect-metadata';
import { isInterfaceType, isObjectType, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { AnalyticsResolver } from './resolvers/analytics-resolver.js';
import { GraphResolver } from './resolvers/graph-resolver.js';
import { EntityConnectionResolver, QueryResolver } from './resolvers/query-resolver.js';
import { HistoryResolver } from './resolvers/history-resolver.js';
import { dedupeListArguments } from './list-arguments.js';
import {
  DocumentMentionResolver,
  EntityFieldsResolver,
  TYPED_FIELD_RESOLVERS,
} from './resolvers/relationship-resolvers.js';
import { DocumentSectionsResolver, SectionEntitiesResolver } from './resolvers/section-resolver.js';
import { TraceResolver } from './resolvers/trace-resolver.js';
import { ENTITY_TYPES, entityTypeName } from './types/entity.js';

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
      DocumentSectionsResolver,
      SectionEntitiesResolver,
      ...TYPED_FIELD_RESOLVERS,
    ],
    // The per-kind types are reached only through the Entity interface: list them.
    orphanedTypes: Object.values(ENTITY_TYPES),
    validate: false,
  });
  plainFieldsReadDirectly(schema);
  // [LABORATORY, LABORATORY] means [LABORATORY]: every list argument reaches resolvers deduplicated.
  dedupeListArguments(schema);
  // type-graphql wraps resolveType in an async function: every entity of a list would become a
  // promise for graphql-js to wait on (at 10k chains, a third of chainCoverage's time). Sync here.
  const entity = schema.getType('Entity');
  if (isInterfaceType(entity)) entity.resolveType = entityTypeName;
  // type-graphql gives the root type no description; GraphiQL shows this one first.
  const query = schema.getQueryType();
  if (query)
    query.description =
      'innograph: the innovation platforms of Liaoning and what they serve, from five policy documents. Start with search, entities, traceChain, regionSummary or history.';
  return schema;
}

/**
 * type-graphql gives every field a resolver, even a plain property (it would run middlewares
 * and auth checks, which this schema has none of): a property read through a closure and an
 * object per field. Fields that no resolver class defines read the property directly, through
 * graphql-js's default resolver, which is what those resolvers did.
 */
function plainFieldsReadDirectly(s: GraphQLSchema): void {
  const resolved = new Set(getMetadataStorage().fieldResolvers.map((r) => r.schemaName));
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__') || type === s.getQueryType()) continue;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()))
      if (!resolved.has(field.name)) field.resolve = undefined;
  }
}

/** The SDL committed as schema.graphql. */
export const schemaSdl = (): string => `${printSchema(graphqlSchema())}\n`;
