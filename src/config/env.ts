/**
 * Every environment variable innograph reads, validated in one place. The CLI checks them
 * all before running any command and prints one line per bad variable (what it must be,
 * what it got), never a stack trace. The typed readers below are what the rest of the code
 * uses, so a value is parsed the same way wherever it is read.
 */
import { UserError } from '../errors.js';
import { DEFAULT_ADMISSION, type AdmissionLimits } from '../graphql/admission.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A bad value, said for a person: "must be …". */
export class ConfigError extends UserError {}

/** A parser returns the value or throws a ConfigError whose message says what is expected. */
type Parser<T> = (raw: string, name: string) => T;

export const integer =
  (min: number, max: number): Parser<number> =>
  (raw, name) => {
    const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got ${shown(raw)})`);
    return n;
  };

const shown = (raw: string): string => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$/i;
const isIp = (s: string): boolean =>
  /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) || (s.includes(':') && /^[0-9a-f:.]+$/i.test(s));

export const hostParser: Parser<string> = (raw, name) => {
  const h = raw.trim();
  if (h === '' || !(HOST_NAME.test(h) || isIp(h)))
    throw new ConfigError(
      `${name} must be a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0 (got ${shown(raw)})`,
    );
  return h;
};

const hostList: Parser<string[]> = (raw, name) => {
  const hosts = raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = hosts.filter((h) => !(HOST_NAME.test(h) || isIp(h)));
  if (hosts.length === 0 || bad.length > 0)
    throw new ConfigError(
      `${name} must be a comma-separated list of host names without port, e.g. innograph.example.org,10.0.0.5 (got ${shown(raw)})`,
    );
  return hosts;
};

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const neo4jUri: Parser<string> = (raw, name) => {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  const scheme = url?.protocol.replace(/:$/, '');
  if (!url || !scheme || !NEO4J_SCHEMES.includes(scheme) || url.hostname === '')
    throw new ConfigError(
      `${name} must be a Neo4j URI such as bolt://host:7687 or neo4j://host:7687 (schemes: ${NEO4J_SCHEMES.join(', ')}); got ${shown(raw)}`,
    );
  return raw;
};

const pattern =
  (re: RegExp, what: string): Parser<string> =>
  (raw, name) => {
    if (!re.test(raw)) throw new ConfigError(`${name} must be ${what} (got ${shown(raw)})`);
    return raw;
  };

const secret: Parser<string> = (raw, name) => {
  if (raw.length < 16) throw new ConfigError(`${name} must be at least 16 characters long`);
  return raw;
};

/** Every variable with a parser; the defaults live with their readers below and in config/neo4j.ts. */
export const VARIABLES: Readonly<Record<string, Parser<unknown>>> = {
  INNOGRAPH_HOST: hostParser,
  INNOGRAPH_PORT: integer(0, 65535),
  INNOGRAPH_QUERY_TIMEOUT_MS: integer(100, 600_000),
  INNOGRAPH_PATHS_BUDGET_MS: integer(100, 600_000),
  INNOGRAPH_PATHS_MAX_NODES: integer(1, 10_000_000),
  INNOGRAPH_ALLOWED_HOSTS: hostList,
  INNOGRAPH_SHUTDOWN_GRACE_MS: integer(0, 600_000),
  INNOGRAPH_CURSOR_SECRET: secret,
  INNOGRAPH_DB_POOL_SIZE: integer(1, 1000),
  INNOGRAPH_DB_ACQUIRE_TIMEOUT_MS: integer(100, 120_000),
  INNOGRAPH_ADMISSION_COST: integer(0, 100_000_000),
  INNOGRAPH_ADMISSION_CHEAP_COST: integer(0, 100_000_000),
  INNOGRAPH_ADMISSION_QUEUE: integer(0, 10_000),
  INNOGRAPH_ADMISSION_WAIT_MS: integer(0, 600_000),
  INNOGRAPH_ADMISSION_RUNNING: integer(0, 10_000),
  INNOGRAPH_ADMISSION_RUNNING_QUEUE: integer(0, 100_000),
  // 0 turns the GraphQL selection compiler off (src/graphql/compile/); on by default.
  INNOGRAPH_COMPILE_SELECTION: pattern(/^[01]$/, '0 or 1'),
  NEO4J_URI: neo4jUri,
  NEO4J_DATABASE: pattern(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'a Neo4j database name such as neo4j'),
  INNOGRAPH_NEO4J_PORT: integer(1, 65535),
  INNOGRAPH_TEST_NEO4J_PORT: integer(1, 65535),
  INNOGRAPH_NEO4J_VERSION: pattern(/^\d+\.\d+\.\d+$/, 'a Neo4j version such as 5.26.30'),
  INNOGRAPH_NEO4J_HEAP_MB: integer(256, 65536),
  INNOGRAPH_NEO4J_PAGECACHE_MB: integer(16, 65536),
  INNOGRAPH_NEO4J_START_TIMEOUT: integer(5, 3600),
};

/** One message per bad variable; empty when all are fine. Unset and empty variables take defaults. */
export function checkEnvironment(env: Env = process.env): string[] {
  const problems: string[] = [];
  for (const [name, parse] of Object.entries(VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    try {
      parse(raw, name);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(e.message);
    }
  }
  return problems;
}

/** The value of one variable, parsed, or `fallback` when unset or empty. */
export function read<T>(env: Env, name: string, parse: Parser<T>, fallback: T): T {
  const raw = env[name];
  return raw === undefined || raw === '' ? fallback : parse(raw, name);
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly queryTimeoutMs: number;
  /** Safety net on one `paths` search's wall time; its real bound is pathsMaxNodes. */
  readonly pathsBudgetMs: number;
  /** Work bound of one `paths` search: nodes reached, summed over its hops. */
  readonly pathsMaxNodes: number;
  /** Unset: any Host header is answered. */
  readonly allowedHosts: readonly string[] | undefined;
  readonly shutdownGraceMs: number;
  readonly cursorSecret: string | undefined;
  readonly dbPoolSize: number;
  readonly dbAcquireTimeoutMs: number;
  /** Admission of expensive requests across requests (graphql/admission.ts). */
  readonly admission: AdmissionLimits;
}

export function serverConfig(env: Env = process.env): ServerConfig {
  const queryTimeoutMs = read(env, 'INNOGRAPH_QUERY_TIMEOUT_MS', integer(100, 600_000), 10_000);
  const pathsBudgetMs = read(env, 'INNOGRAPH_PATHS_BUDGET_MS', integer(100, 600_000), 10_000);
  const dbPoolSize = read(env, 'INNOGRAPH_DB_POOL_SIZE', integer(1, 1000), 100);
  const waitMs = read(env, 'INNOGRAPH_ADMISSION_WAIT_MS', integer(0, 600_000), DEFAULT_ADMISSION.waitMs);
  return {
    host: read(env, 'INNOGRAPH_HOST', hostParser, '127.0.0.1'),
    port: read(env, 'INNOGRAPH_PORT', integer(0, 65535), 4000),
    queryTimeoutMs,
    pathsBudgetMs,
    pathsMaxNodes: read(env, 'INNOGRAPH_PATHS_MAX_NODES', integer(1, 10_000_000), 20_000),
    allowedHosts: read<string[] | undefined>(env, 'INNOGRAPH_ALLOWED_HOSTS', hostList, undefined),
    shutdownGraceMs: read(
      env,
      'INNOGRAPH_SHUTDOWN_GRACE_MS',
      integer(0, 600_000),
      defaultShutdownGraceMs(queryTimeoutMs, pathsBudgetMs, waitMs),
    ),
    cursorSecret: read<string | undefined>(env, 'INNOGRAPH_CURSOR_SECRET', secret, undefined),
    dbPoolSize,
    dbAcquireTimeoutMs: read(env, 'INNOGRAPH_DB_ACQUIRE_TIMEOUT_MS', integer(100, 120_000), 5_000),
    admission: {
      cost: read(env, 'INNOGRAPH_ADMISSION_COST', integer(0, 100_000_000), DEFAULT_ADMISSION.cost),
      cheapCost: read(
        env,
        'INNOGRAPH_ADMISSION_CHEAP_COST',
        integer(0, 100_000_000),
        DEFAULT_ADMISSION.cheapCost,
      ),
      queue: read(env, 'INNOGRAPH_ADMISSION_QUEUE', integer(0, 10_000), DEFAULT_ADMISSION.queue),
      waitMs,
      running: read(env, 'INNOGRAPH_ADMISSION_RUNNING', integer(0, 10_000), defaultRunning(dbPoolSize)),
      runningQueue: read(
        env,
        'INNOGRAPH_ADMISSION_RUNNING_QUEUE',
        integer(0, 100_000),
        DEFAULT_ADMISSION.runningQueue ?? 0,
      ),
    },
  };
}

/**
 * The drain waits long enough for the slowest request it lets finish: one that waited its
 * full admission time and then ran its statement (or its path search) to the time limit, plus
 * a margin for the work around it. With a grace equal to the query limit (10 s, until s25) a
 * request that ran to its limit was cut by the drain instead of getting its QUERY_TIMEOUT
 * answer (review s25 M3).
 */
export const defaultShutdownGraceMs = (
  queryTimeoutMs: number,
  pathsBudgetMs: number,
  waitMs: number,
): number => Math.max(queryTimeoutMs, pathsBudgetMs) + waitMs + 5_000;

/** Requests answered at once: DEFAULT_ADMISSION's 32, or half the Bolt pool when that is smaller. */
export const defaultRunning = (dbPoolSize: number): number =>
  Math.max(1, Math.min(DEFAULT_ADMISSION.running ?? 32, Math.floor(dbPoolSize / 2)));
