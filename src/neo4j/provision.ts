/**
 * "Make sure there is a Neo4j to talk to": the remote one named by NEO4J_URI, or the local
 * server innograph provisions. Used by the CLI, the main job and the test harness alike.
 */
import { localServerSettings, neo4jConnection, type Neo4jConnection } from '../config/neo4j.js';
import { UserError } from '../errors.js';
import { openDatabase } from './driver.js';
import { startLocalServer } from './local/server.js';

export interface Provisioned {
  readonly connection: Neo4jConnection;
  readonly version: string;
  readonly edition: string;
  readonly startedNow: boolean;
}

export async function serverInfo(connection: Neo4jConnection): Promise<{ version: string; edition: string }> {
  const db = openDatabase(connection);
  try {
    const r = await db.read<{ version: string; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    const rec = r.records[0];
    return { version: String(rec?.get('version')), edition: String(rec?.get('edition')) };
  } catch (e) {
    const err = e as { code?: string; message: string };
    throw new UserError(
      `Neo4j at ${connection.uri} (database "${connection.database}", user "${connection.user}") cannot be used: ${err.code ? `${err.code}: ` : ''}${err.message}`,
    );
  } finally {
    await db.close();
  }
}

export async function ensureNeo4j(log: (line: string) => void = () => {}): Promise<Provisioned> {
  const connection = neo4jConnection();
  let startedNow = false;
  if (connection.local) {
    const r = await startLocalServer(localServerSettings(), log);
    startedNow = !r.alreadyRunning;
    log(
      r.alreadyRunning
        ? `neo4j: already running at ${r.uri} (pid ${r.pid})`
        : `neo4j: started Neo4j ${r.version} at ${r.uri} in ${r.seconds.toFixed(1)} s${r.downloaded ? ' (downloaded)' : ''}`,
    );
  }
  const info = await serverInfo(connection);
  return { connection, ...info, startedNow };
}
