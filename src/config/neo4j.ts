/**
 * Where innograph's Neo4j is, from the environment. With NEO4J_URI set, innograph uses that
 * server (Docker, Desktop, Aura, a cluster through neo4j://); without it, a local server it
 * provisions itself (see src/neo4j/local/).
 */
import { resolve } from 'node:path';
import { integer, read } from './env.js';
import { ROOT } from './paths.js';

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** True when innograph manages the server itself. */
  readonly local: boolean;
}

export interface LocalServerSettings {
  readonly version: string;
  readonly host: string;
  readonly port: number;
  readonly password: string;
  /** Home of the local server: store, logs, pid file. Git-ignored. */
  readonly dir: string;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly startTimeoutMs: number;
  /** Extra arguments for every `mvn` call, e.g. `-s settings.xml` for a mirror. */
  readonly mavenArgs: readonly string[];
}

export const DEFAULT_NEO4J_VERSION = '5.26.30';
const LOCAL_PASSWORD = 'innograph-local';

type Env = Readonly<Record<string, string | undefined>>;

const intFrom = (env: Env, name: string, fallback: number, min: number, max: number): number =>
  read(env, name, integer(min, max), fallback);

export function localServerSettings(env: Env = process.env): LocalServerSettings {
  return {
    version: env.INNOGRAPH_NEO4J_VERSION || DEFAULT_NEO4J_VERSION,
    host: '127.0.0.1',
    port: intFrom(env, 'INNOGRAPH_NEO4J_PORT', 7687, 1, 65535),
    password: env.NEO4J_PASSWORD || LOCAL_PASSWORD,
    dir: resolve(ROOT, env.INNOGRAPH_NEO4J_DIR || '.neo4j/dev'),
    heapMb: intFrom(env, 'INNOGRAPH_NEO4J_HEAP_MB', 1024, 256, 65536),
    pageCacheMb: intFrom(env, 'INNOGRAPH_NEO4J_PAGECACHE_MB', 256, 16, 65536),
    startTimeoutMs: intFrom(env, 'INNOGRAPH_NEO4J_START_TIMEOUT', 180, 5, 3600) * 1000,
    mavenArgs: (env.INNOGRAPH_MAVEN_ARGS ?? '').split(/\s+/).filter(Boolean),
  };
}

/** The connection every part of innograph uses: NEO4J_URI's server, else the local one. */
export function neo4jConnection(env: Env = process.env): Neo4jConnection {
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
      local: false,
    };
  }
  const s = localServerSettings(env);
  return { uri: `bolt://${s.host}:${s.port}`, user: 'neo4j', password: s.password, database, local: true };
}
