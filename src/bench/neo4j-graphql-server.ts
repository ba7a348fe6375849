/**
 * For `npm run bench:api` only: the official @neo4j/graphql library serving the same database,
 * the anchor innograph's API is compared with on the queries both can express. A dev
 * dependency; nothing at run time imports this file. Started as a child process; prints
 * `neo4j-graphql: <url>` once it listens.
 *   node dist/bench/neo4j-graphql-server.js [--print-schema]
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { printSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { neo4jConnection } from '../config/neo4j.js';
import { KIND_NAMES, KINDS } from '../ontology/ontology.js';

/**
 * Every kind as a node type implementing Entity, with the fields the compared queries read (the
 * same scope as innograph's fields for them, stated in docs/benchmarks.md): every platform's
 * hosts (HOSTED_BY) and the chains it serves (SERVES), a laboratory's leads (LED_BY), a chain's
 * relied-on units (RELIES_ON, with its role), a region's platforms (IN_REGION, inwards).
 */
export function neo4jGraphqlTypeDefs(): string {
  const common = 'id: ID!\n  kind: String!\n  name: String!\n  status: String\n  level: String';
  const platform = [
    'hosts: [Entity!]! @relationship(type: "HOSTED_BY", direction: OUT)',
    'chains: [Entity!]! @relationship(type: "SERVES", direction: OUT)',
  ];
  const extra: Partial<Record<string, string[]>> = {
    Laboratory: ['leads: [Entity!]! @relationship(type: "LED_BY", direction: OUT)'],
    Chain: ['reliedOn: [Entity!]! @relationship(type: "RELIES_ON", direction: OUT, properties: "Reliance")'],
    Region: ['platforms: [Entity!]! @relationship(type: "IN_REGION", direction: IN)'],
  };
  const types = KIND_NAMES.map((k) => {
    const label = KINDS[k].label;
    const fields = [...(KINDS[k].group === 'Platform' ? platform : []), ...(extra[label] ?? [])];
    return `type ${label} implements Entity @node(labels: ["${label}", "Entity"]) {\n  ${common}${fields.map((f) => `\n  ${f}`).join('')}\n}`;
  });
  return [
    `interface Entity {\n  ${common}\n}`,
    'type Reliance @relationshipProperties {\n  role: String\n  basis: String\n}',
    ...types,
  ].join('\n\n');
}

async function main(): Promise<void> {
  const c = neo4jConnection();
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: true,
  });
  const lib = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
  const schema = await lib.getSchema();
  if (process.argv.includes('--print-schema')) {
    process.stdout.write(printSchema(schema));
    await driver.close();
    return;
  }
  const server = new ApolloServer({ schema });
  const port = Number(process.env.NEO4J_GRAPHQL_PORT ?? 0);
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: c.database } }),
  });
  process.stdout.write(`neo4j-graphql: ${url}\n`);
  const stop = (): void => {
    void server.stop().then(() => driver.close());
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`neo4j-graphql: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
