/**
 * Vitest global setup for integration tests: one real Neo4j for the run. With NEO4J_URI
 * set, that server; otherwise a local Neo4j under .neo4j/test on its own port (so a
 * developer's server under .neo4j/dev is untouched), stopped again afterwards.
 */
import type { TestProject } from 'vitest/node';
import { localServerSettings, neo4jConnection, type Neo4jConnection } from '../../src/config/neo4j.js';
import { startLocalServer, stopLocalServer } from '../../src/neo4j/local/server.js';
import { serverInfo } from '../../src/neo4j/provision.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env.NEO4J_URI
    ? process.env
    : {
        ...process.env,
        INNOGRAPH_NEO4J_DIR: process.env.INNOGRAPH_TEST_NEO4J_DIR ?? '.neo4j/test',
        INNOGRAPH_NEO4J_PORT: process.env.INNOGRAPH_TEST_NEO4J_PORT ?? '17687',
      };
  const connection = neo4jConnection(env);
  let stop = async (): Promise<void> => {};
  if (connection.local) {
    const settings = localServerSettings(env);
    const started = await startLocalServer(settings, (l) => {
      console.log(l);
    });
    if (!started.alreadyRunning)
      stop = async () => {
        await stopLocalServer(settings);
      };
  }
  const info = await serverInfo(connection);
  console.log(`integration tests use Neo4j ${info.version} ${info.edition} at ${connection.uri}`);
  project.provide('neo4j', connection);
  return stop;
}
