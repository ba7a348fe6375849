/**
 * npm run bench:api -- --scale curated|1m [--rounds N] [--requests N] [--only name,…] [--baseline DIR]
 *
 * A benchmark script, not a test: each API operation against its anchors, measured side by
 * side in the same run, in alternating rounds (the order of the contenders rotates), printing
 * min / median / max over the rounds:
 *   - two raw-driver anchors replaying the very Cypher the API sends for that request
 *     (recorded once through the API's own resolvers), in the same order and concurrency:
 *     - executeQuery: `driver.executeQuery(…, { routing: READ })`, Neo4j's recommended call
 *       (a managed read transaction, BEGIN pipelined with RUN and PULL, then COMMIT: two
 *       round trips);
 *     - auto-commit: `session.run` in a READ session, all records in one PULL (one round
 *       trip), which is what the API's own reads do since issue 19;
 *     both without the driver's caller-stack capture, as the API's reads run, so that the
 *     ratios measure only what the API adds;
 *   - innograph: the request over HTTP to `innograph serve` (dist/, its own process);
 *   - with --baseline DIR: the same request to another checkout's build (DIR/dist, e.g. main's),
 *     its own process too, so a change is measured against what it replaces in the same run;
 *   - @neo4j/graphql: the official library serving the same database (its own process, a dev
 *     dependency) for the queries both can express.
 * Each is timed sequentially (p50, p99) and at concurrency 8 (throughput). It replaces the
 * graph of the configured Neo4j when it holds another one (the curated seed, or the synthetic
 * million relationships of `npm run gen:scale -- --relationships 1000000`).
 * Needs the build: `npm run build:server && npm run bench:api -- --scale 1m`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { graphql } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { ROOT } from '../config/paths.js';
import { KIND_NAMES, KINDS } from '../ontology/ontology.js';
import { createContext } from '../graphql/context.js';
import { setCursorSecret } from '../graphql/cursor.js';
import { graphqlSchema } from '../graphql/schema.js';
import { encodeCursor } from '../graphql/types/connection.js';
import { loadGraph } from '../loader/load.js';
import type { Database, Params, ReadOptions } from '../neo4j/driver.js';
import { openDatabase, withoutCallerStack } from '../neo4j/driver.js';
import { ensureNeo4j } from '../neo4j/provision.js';
import { GraphRepository } from '../repository/graph-repository.js';
import { defaultScaleDir, generateScale, type ScaleManifest } from '../scale/generate.js';
import { checkSeed } from '../seed/index.js';
import { machine, percentile, serveFromBuild } from './http-load.js';

type Scale = 'curated' | '1m';
const SECRET = 'bench-api-cursor-secret-0123456789';

interface Op {
  readonly name: string;
  /** innograph's query and variables. */
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** The same question for @neo4j/graphql, when it can express it. */
  readonly ngql?: { readonly query: string; readonly variables?: Record<string, unknown> };
  /** What the answer must be for the figures to mean what the name says (checked once). */
  readonly expect?: (data: Record<string, unknown>) => boolean;
}

const pathCount = (data: Record<string, unknown>): number =>
  Array.isArray(data.paths) ? data.paths.length : -1;

/** Ids and texts the operations use at each scale (found in the graph at start). */
interface Probe {
  readonly hub: string;
  readonly node: string;
  readonly nodeList: string;
  readonly regular: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly farFrom: string;
  readonly farTo: string;
  readonly farHops: number;
  readonly chain: string;
  readonly region: string;
  readonly document: string;
  readonly searchName: string;
  readonly searchPrefix: string;
  readonly deepLab: string;
  readonly deepOffset: number;
}

const P_KINDS =
  '[LABORATORY, INNOVATION_CENTRE, CLINICAL_CENTRE, RESEARCH_CENTRE, INFRASTRUCTURE, INNOVATION_INSTITUTE, PILOT_BASE, ZONE]';

/** `... on Kind { fields }` for every platform kind (both APIs type platforms by kind). */
const onPlatforms = (fields: string): string =>
  KIND_NAMES.filter((k) => KINDS[k].group === 'Platform')
    .map((k) => `... on ${KINDS[k].label} { ${fields} }`)
    .join(' ');

function operations(p: Probe): Op[] {
  const arrayCursor = (n: number): string => Buffer.from(`arrayconnection:${n}`).toString('base64');
  return [
    {
      name: 'node by id',
      query: 'query($id: ID!) { node(id: $id) { id name kind status level } }',
      variables: { id: p.node },
      ngql: {
        query: `query($id: ID!) { ${p.nodeList}(where: { id: { eq: $id } }) { id name kind status level } }`,
        variables: { id: p.node },
      },
    },
    {
      name: 'search: a full name',
      query: 'query($t: String!) { search(text: $t, first: 10) { matchType entity { id name kind } } }',
      variables: { t: p.searchName },
    },
    {
      name: 'search: a prefix',
      query: 'query($t: String!) { search(text: $t, first: 10) { matchType entity { id name kind } } }',
      variables: { t: p.searchPrefix },
    },
    {
      name: 'first 50 labs with hosts',
      query:
        '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { nodes { id name ... on Laboratory { hosts { id name } } } } }',
      ngql: { query: '{ laboratories(limit: 50, sort: [{ id: ASC }]) { id name hosts { id name } } }' },
    },
    {
      name: 'first 50 labs with hosts and the chains they serve',
      query:
        '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { nodes { id name ... on Laboratory { hosts { id name } chains { id name } } } } }',
      ngql: {
        query:
          '{ laboratories(limit: 50, sort: [{ id: ASC }]) { id name hosts { id name } chains { id name } } }',
      },
    },
    {
      name: "a city's platforms with hosts",
      query: `query($r: ID!) { entities(filter: { region: $r, kinds: ${P_KINDS} }, first: 50) { nodes { id name ${onPlatforms('hosts { id name }')} } } }`,
      variables: { r: p.region },
      ngql: {
        query: `query($r: ID!) { regions(where: { id: { eq: $r } }) { platforms(limit: 50, sort: [{ id: ASC }]) { id name ${onPlatforms('hosts { id name }')} } } }`,
        variables: { r: p.region },
      },
    },
    {
      name: 'labs page with totalCount',
      query: '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { totalCount nodes { id name } } }',
      ngql: {
        query:
          '{ laboratoriesConnection(first: 50, sort: [{ id: ASC }]) { totalCount edges { node { id name } } } }',
      },
    },
    {
      name: 'labs page 50, deep',
      query:
        'query($after: String) { entities(filter: { kinds: [LABORATORY] }, first: 50, after: $after) { nodes { id name } pageInfo { endCursor } } }',
      variables: { after: encodeCursor(p.deepLab) },
      ngql: {
        query:
          'query($after: String) { laboratoriesConnection(first: 50, after: $after, sort: [{ id: ASC }]) { edges { node { id name } } pageInfo { endCursor } } }',
        variables: { after: arrayCursor(p.deepOffset - 1) },
      },
    },
    {
      name: 'count of labs',
      query: '{ entities(filter: { kinds: [LABORATORY] }, first: 0) { totalCount } }',
      ngql: { query: '{ laboratoriesConnection { aggregate { count { nodes } } } }' },
    },
    {
      name: 'platforms in a region, page 50',
      query: `query($r: ID!) { entities(filter: { region: $r, kinds: ${P_KINDS} }, first: 50) { nodes { id name status } } }`,
      variables: { r: p.region },
    },
    {
      name: "a chain's key-support units",
      query:
        'query($id: ID!) { node(id: $id) { ... on Chain { reliedOn(roles: [KEY_SUPPORT]) { id name } } } }',
      variables: { id: p.chain },
      ngql: {
        query:
          'query($id: ID!) { chains(where: { id: { eq: $id } }) { reliedOnConnection(where: { edge: { role: { eq: "key_support" } } }) { edges { node { id name } } } } }',
        variables: { id: p.chain },
      },
    },
    {
      name: 'neighbourhood depth 2 of a hub',
      query:
        'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { id label kind } edges { source target type } } }',
      variables: { id: p.hub },
    },
    {
      name: 'neighbourhood depth 2 of a platform',
      query:
        'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { truncated nodes { id label kind } edges { source target type } } }',
      variables: { id: p.regular },
    },
    {
      name: 'paths, found',
      query:
        'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, excludeKinds: [REGION]) { length nodes { id } } }',
      variables: { a: p.pathFrom, b: p.pathTo },
      expect: (d) => pathCount(d) > 0,
    },
    {
      name: `paths, none within ${p.farHops} hops`,
      query:
        'query($a: ID!, $b: ID!, $h: Int) { paths(from: $a, to: $b, maxHops: $h) { length nodes { id } } }',
      variables: { a: p.farFrom, b: p.farTo, h: p.farHops },
      expect: (d) => pathCount(d) === 0,
    },
    {
      name: 'stats',
      query: '{ stats { entities relationships byKind { kind count } byType { type count } } }',
    },
    { name: 'hubs', query: '{ hubs(first: 20) { institution { id name } platformCount chainCount } }' },
    {
      name: 'hubs of a document',
      query: 'query($d: ID!) { hubs(first: 20, document: $d) { institution { id name } score } }',
      variables: { d: p.document },
    },
    {
      name: 'chainCoverage',
      query: '{ chainCoverage(first: 200) { totalCount nodes { chain { id name } platformCount covered } } }',
    },
    {
      name: 'chainCoverage of a document, uncovered',
      query:
        'query($d: ID!) { chainCoverage(onlyUncovered: true, document: $d, first: 200) { totalCount nodes { chain { id name } } } }',
      variables: { d: p.document },
    },
    {
      name: 'chainCoverage, uncovered first',
      query:
        '{ chainCoverage(first: 200, uncoveredFirst: true) { totalCount nodes { chain { id name } covered } pageInfo { endCursor } } }',
    },
    {
      // Every region (6,163 at 1M), the default order (most platforms first), one page.
      name: 'regionSummary, every region, first 100',
      query:
        '{ regionSummary(first: 100) { totalCount nodes { region { id name } existing planned total } pageInfo { endCursor } } }',
    },
    {
      name: 'regionSummary of a region',
      query:
        'query($r: ID!) { regionSummary(region: $r) { nodes { region { id name } existing planned total } } }',
      variables: { r: p.region },
    },
    {
      name: 'traceChain',
      query:
        'query($id: ID!) { traceChain(chainId: $id) { platforms { platform { id name } leads { id } } reliedOn { unit { id name } role } } }',
      variables: { id: p.chain },
    },
  ];
}

/** A Database that records the Cypher it is sent (and whether a query overlapped the previous one). */
class Recorder implements Database {
  readonly calls: { cypher: string; params: Params; options?: ReadOptions; group: number }[] = [];
  private inFlight = 0;
  private group = 0;
  constructor(private readonly db: Database) {}
  get driver(): Database['driver'] {
    return this.db.driver;
  }
  get connection(): Database['connection'] {
    return this.db.connection;
  }
  async read<R extends neo4j.RecordShape = neo4j.RecordShape>(
    cypher: string,
    params: Params = {},
    options?: ReadOptions,
  ): Promise<neo4j.QueryResult<R>> {
    if (this.inFlight === 0) this.group += 1;
    this.calls.push({ cypher, params, ...(options ? { options } : {}), group: this.group });
    this.inFlight += 1;
    try {
      return await this.db.read<R>(cypher, params, options);
    } finally {
      this.inFlight -= 1;
    }
  }
  write(): Promise<never> {
    return Promise.reject(new Error('read-only'));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The Cypher the API sends for `op`, as groups of queries sent together. */
async function recordCypher(db: Database, op: Op): Promise<Recorder['calls'][]> {
  const rec = new Recorder(db);
  const result = await graphql({
    schema: graphqlSchema(),
    source: op.query,
    variableValues: op.variables ?? {},
    // `db`: the selection compiler's reads go through the recorder too (what the server sends).
    contextValue: createContext(new GraphRepository(rec), 'bench', undefined, { db: rec }),
  });
  if (result.errors) throw new Error(`${op.name}: ${JSON.stringify(result.errors)}`);
  if (op.expect && !op.expect(result.data ?? {}))
    throw new Error(`${op.name}: unexpected answer ${JSON.stringify(result.data).slice(0, 300)}`);
  const groups = new Map<number, Recorder['calls']>();
  for (const c of rec.calls) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups.values()];
}

/**
 * A POST over the keep-alive agent, sent again once when a reused connection was closed by the
 * server just as it was reused (its keep-alive timeout ran out while another contender ran):
 * Node's documented race, not a failure of the server.
 */
async function post(agent: Agent, url: URL, body: string): Promise<void> {
  try {
    await postOnce(agent, url, body);
  } catch (e) {
    if (!(e instanceof StaleSocketError)) throw e;
    await postOnce(agent, url, body);
  }
}

class StaleSocketError extends Error {}

function postOnce(agent: Agent, url: URL, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200 || text.includes('"errors"'))
            reject(new Error(`HTTP ${res.statusCode ?? 0}: ${text.slice(0, 300)}`));
          else resolve();
        });
        res.on('error', reject);
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && (e.code === 'ECONNRESET' || e.message === 'socket hang up');
      reject(stale ? new StaleSocketError(e.message) : e);
    });
    req.end(body);
  });
}

interface Sample {
  readonly p50: number;
  readonly p99: number;
  /** Requests per second at concurrency 8. */
  readonly rps: number;
}

/** `requests` calls one after another (p50, p99), then `requests` more from 8 workers (throughput). */
async function measure(call: () => Promise<void>, requests: number): Promise<Sample> {
  for (let i = 0; i < 3; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests) {
        next += 1;
        await call();
      }
    }),
  );
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rps: requests / ((performance.now() - t0) / 1000),
  };
}

const stats3 = (xs: readonly number[]): [number, number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[0] ?? NaN, s[Math.floor((s.length - 1) / 2)] ?? NaN, s.at(-1) ?? NaN];
};
const f1 = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const f2 = (n: number): string => n.toFixed(2);
const mmm = (xs: readonly number[], f: (n: number) => string = f1): string => stats3(xs).map(f).join(' / ');

/** Loads the graph the scale needs unless the configured Neo4j holds it already. */
async function ensureGraph(
  db: Database,
  scale: Scale,
): Promise<{ manifest?: ScaleManifest; seedDir: string }> {
  let seedDir: string;
  let sources: string | undefined;
  let manifest: ScaleManifest | undefined;
  let expected: number;
  if (scale === '1m') {
    const dir = join(ROOT, defaultScaleDir({ relationships: 1_000_000 }));
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.log(`generating ${dir} (npm run gen:scale -- --relationships 1000000)…`);
      generateScale({ relationships: 1_000_000 }, dir);
    }
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ScaleManifest;
    seedDir = manifest.seedDir;
    sources = manifest.sourcesDir;
    expected = manifest.entities;
  } else {
    seedDir = join(ROOT, 'seed');
    expected = -1;
  }
  const { graph, problems } = checkSeed(seedDir, sources);
  if (!graph) throw new Error(`the seed at ${seedDir} is invalid: ${problems.length} problem(s)`);
  if (expected < 0) expected = graph.entities.length;
  const r = await db.read('MATCH (n:Entity) RETURN count(n) AS n');
  const have = Number(r.records[0]?.get('n') ?? 0);
  const t0 = performance.now();
  // A diff against another graph would delete it row by row: start from empty instead.
  const report = await loadGraph(db, graph, { reset: have !== expected });
  console.log(
    `graph: ${graph.entities.length} entities, ${graph.relations.length} relationships (${report.reset ? 'loaded after reset' : 'already loaded'}; ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return { ...(manifest ? { manifest } : {}), seedDir };
}

async function probe(db: Database, scale: Scale, manifest: ScaleManifest | undefined): Promise<Probe> {
  const one = async (cypher: string, params: Params = {}): Promise<string> => {
    const r = await db.read(cypher, params);
    const v = r.records[0]?.get(0) as unknown;
    if (typeof v !== 'string') throw new Error(`probe found nothing: ${cypher}`);
    return v;
  };
  const labs = Number((await db.read('MATCH (n:Laboratory) RETURN count(n) AS n')).records[0]?.get('n') ?? 0);
  const deepOffset = Math.max(0, labs - 60);
  const deepLab = await one('MATCH (n:Laboratory) RETURN n.id ORDER BY n.id SKIP $k LIMIT 1', {
    k: neo4j.int(Math.max(0, deepOffset - 1)),
  });
  if (scale === 'curated')
    return {
      hub: 'region:liaoning',
      node: 'uni:dlut',
      nodeList: 'universities',
      regular: 'lab:high-end-precision-manufacturing',
      pathFrom: 'lab:high-end-precision-manufacturing',
      pathTo: 'chain:marine-engineering-equipment-industrial-chain',
      farFrom: 'lab:high-end-precision-manufacturing',
      farTo: 'ent:siasun',
      farHops: 1,
      chain: 'chain:marine-engineering-equipment-industrial-chain',
      region: 'region:dalian',
      document: 'doc:plan14',
      searchName: '大连理工大学',
      searchPrefix: '大连',
      deepLab,
      deepOffset,
    };
  const long = manifest?.longChain ?? [];
  return {
    hub: 'region:g1',
    node: 'uni:g1',
    nodeList: 'universities',
    regular: 'lab:g500',
    pathFrom: 'lab:g500',
    pathTo: 'ent:g4000',
    farFrom: long[0] ?? 'ind:g1',
    farTo: 'region:g1',
    farHops: 6,
    chain: await one(
      'MATCH (c:Chain)-[r:RELIES_ON {role: "key_support"}]->() WITH c, count(r) AS n ORDER BY n DESC, c.id LIMIT 1 RETURN c.id',
    ),
    region: 'region:g1',
    document: 'doc:gen-001',
    searchName: await one('MATCH (n:Entity {id: "uni:g1"}) RETURN n.name'),
    searchPrefix: '云',
    deepLab,
    deepOffset,
  };
}

function startNeo4jGraphql(): Promise<{ url: string; stop: () => Promise<void> }> {
  return startBenchChild('neo4j-graphql-server.js', 'neo4j-graphql');
}

/** A bench server of dist/bench/ in its own process, once it prints `<prefix>: <url>`. */
function startBenchChild(
  script: string,
  prefix: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const main = join(ROOT, 'dist', 'bench', script);
  if (!existsSync(main)) throw new Error('dist/ is missing: run `npm run build:server` first');
  const child = spawn(process.execPath, [main], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const poll = setInterval(() => {
      const url = new RegExp(`${prefix}: (\\S+)`).exec(out)?.[1];
      if (url) {
        clearInterval(poll);
        resolve({
          url,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      } else if (child.exitCode !== null || performance.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error(`${prefix} did not start: ${out}`));
      }
    }, 100);
  });
}

type Call = Recorder['calls'][number];
/** The anchors' transaction timeout: the one the bench's own reads (and so the recorded Cypher) ran with. */
const TX_TIMEOUT_MS = 30_000;

/**
 * The two raw-driver anchors for one recorded call. Both run without the driver's caller-stack
 * capture, as the API's reads do (withoutCallerStack): executeQuery is synchronous up to the
 * point where the driver creates its Result, so the capture is skipped for it too.
 */
function anchors(
  driver: Driver,
  database: string,
): Record<'executeQuery' | 'autoCommit', (c: Call) => Promise<unknown>> {
  const config = (c: Call) => ({ timeout: c.options?.timeoutMs ?? TX_TIMEOUT_MS });
  return {
    executeQuery: (c) =>
      withoutCallerStack(() =>
        driver.executeQuery(c.cypher, c.params, {
          routing: neo4j.routing.READ,
          database,
          transactionConfig: config(c),
        }),
      ),
    autoCommit: async (c) => {
      // All records in one PULL (FETCH_ALL), as the API's reads.
      const s = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
      try {
        return await withoutCallerStack(() => s.run(c.cypher, c.params, config(c)));
      } finally {
        await s.close();
      }
    },
  };
}

type Who = 'executeQuery' | 'autoCommit' | 'rawHttp' | 'api' | 'baseline' | 'ngql';

/** The recorded calls as the raw-over-HTTP anchor's body: neo4j Integers kept as `{ "$int": "…" }`. */
function rawHttpBody(groups: Recorder['calls'][]): string {
  const calls = groups.map((g) =>
    g.map((c) => ({ cypher: c.cypher, params: c.params, timeoutMs: c.options?.timeoutMs ?? TX_TIMEOUT_MS })),
  );
  return JSON.stringify(calls, (_k, v: unknown) => (neo4j.isInt(v) ? { $int: v.toString() } : v));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'curated' },
      rounds: { type: 'string', default: '5' },
      requests: { type: 'string', default: '100' },
      only: { type: 'string' },
      // Trust that the configured Neo4j holds the scale's graph (skips validating and diffing it).
      'skip-load': { type: 'boolean', default: false },
      // Another checkout whose build (DIR/dist) is served beside this one, e.g. main's.
      baseline: { type: 'string' },
    },
  });
  const scale = values.scale === '1m' ? '1m' : values.scale === 'curated' ? 'curated' : undefined;
  if (!scale) throw new Error('--scale must be curated or 1m');
  const rounds = Number(values.rounds);
  const requests = Number(values.requests);
  setCursorSecret(SECRET);
  const p = await ensureNeo4j((l) => {
    console.log(l);
  });
  console.log(`machine: ${machine()}; Neo4j ${p.version} ${p.edition}`);
  console.log(`load average at the start: ${loadavg()}`);
  const db = openDatabase(p.connection, { transactionTimeoutMs: TX_TIMEOUT_MS, maxRetryTimeMs: 3000 });
  const manifest = values['skip-load']
    ? scale === '1m'
      ? (JSON.parse(
          readFileSync(join(ROOT, defaultScaleDir({ relationships: 1_000_000 }), 'manifest.json'), 'utf8'),
        ) as ScaleManifest)
      : undefined
    : (await ensureGraph(db, scale)).manifest;
  const pr = await probe(db, scale, manifest);
  const ops = operations(pr).filter(
    (o) => !values.only || values.only.split(',').some((x) => o.name.includes(x)),
  );

  // Each served build logs to a file of its own (as a deployed server would), not to a pipe of this process.
  const logDir = join(os.tmpdir(), `innograph-bench-api-${process.pid}`);
  const api = await serveFromBuild(
    { ...process.env, INNOGRAPH_CURSOR_SECRET: SECRET },
    join(logDir, 'api.log'),
  );
  const baseline = values.baseline
    ? await serveFromBuild(
        { ...process.env, INNOGRAPH_CURSOR_SECRET: SECRET, INNOGRAPH_PORT: '0' },
        join(logDir, 'baseline.log'),
        values.baseline,
      )
    : undefined;
  console.log(`the served builds' logs: ${logDir}`);
  const ngql = await startNeo4jGraphql();
  // Diagnostic: the auto-commit anchor's reads behind a minimal node:http server (the HTTP hop alone).
  const rawHttp = await startBenchChild('raw-http-server.js', 'raw-http');
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const anchor = anchors(db.driver, p.connection.database);
  console.log(
    `\n${ops.length} operations, ${rounds} alternating rounds of ${requests} sequential requests and ${requests} at concurrency 8 each; min / median / max over the rounds (ms, requests/s); ratios per round\n` +
      `executeQuery, auto-commit: the raw-driver anchors; API: this build${baseline ? `; baseline: ${values.baseline}/dist` : ''}\n`,
  );
  const cols = [
    'operation',
    'executeQuery p50',
    'auto-commit p50',
    'raw over HTTP p50',
    'API p50',
    'API/executeQuery p50',
    'API/auto-commit p50',
    'API/raw over HTTP p50',
    'API p99',
    'executeQuery req/s (c8)',
    'auto-commit req/s (c8)',
    'API req/s (c8)',
    'API/executeQuery req/s',
    'API/auto-commit req/s',
    ...(baseline
      ? ['baseline p50', 'baseline/auto-commit p50', 'baseline req/s (c8)', 'API/baseline req/s']
      : []),
    '@neo4j/graphql p50',
    '@neo4j/graphql req/s (c8)',
    'API/@neo4j/graphql req/s',
  ];
  console.log(`| ${cols.join(' | ')} |`);
  console.log(`|${cols.map(() => '---').join('|')}|`);
  const apiUrl = new URL('/graphql', api.url);
  const baselineUrl = baseline ? new URL('/graphql', baseline.url) : undefined;
  const ngqlUrl = new URL(ngql.url);
  const rawHttpUrl = new URL(rawHttp.url);
  try {
    for (const op of ops) {
      const groups = await recordCypher(db, op);
      const replay = (run: (c: Call) => Promise<unknown>) => async (): Promise<void> => {
        for (const g of groups) await Promise.all(g.map(run));
      };
      const body = JSON.stringify({ query: op.query, variables: op.variables ?? {} });
      const rawBody = rawHttpBody(groups);
      const ngqlBody = op.ngql
        ? JSON.stringify({ query: op.ngql.query, variables: op.ngql.variables ?? {} })
        : undefined;
      const contenders: [Who, () => Promise<void>][] = [
        ['executeQuery', replay(anchor.executeQuery)],
        ['autoCommit', replay(anchor.autoCommit)],
        ['rawHttp', () => post(agent, rawHttpUrl, rawBody)],
        ['api', () => post(agent, apiUrl, body)],
      ];
      if (baselineUrl) contenders.push(['baseline', () => post(agent, baselineUrl, body)]);
      if (ngqlBody) contenders.push(['ngql', () => post(agent, ngqlUrl, ngqlBody)]);
      const r: Record<Who, Sample[]> = {
        executeQuery: [],
        autoCommit: [],
        rawHttp: [],
        api: [],
        baseline: [],
        ngql: [],
      };
      const failed = new Map<Who, string>();
      for (let round = 0; round < rounds; round += 1) {
        // Alternate: each round starts with the next contender.
        for (let i = 0; i < contenders.length; i += 1) {
          const contender = contenders[(round + i) % contenders.length];
          if (!contender) continue;
          const [who, call] = contender;
          if (failed.has(who)) continue;
          try {
            r[who].push(await measure(call, requests));
          } catch (e) {
            // Reported in the table: a contender that cannot answer has no figures.
            failed.set(who, (e instanceof Error ? e.message : String(e)).slice(0, 160));
          }
        }
      }
      const q = (s: Sample[], k: keyof Sample): number[] => s.map((x) => x[k]);
      const ratio = (a: Sample[], b: Sample[], k: keyof Sample): number[] =>
        a.length === 0 || b.length === 0 ? [] : a.map((x, i) => x[k] / (b[i]?.[k] ?? NaN));
      const cell = (xs: number[], f?: (n: number) => string): string => (xs.length === 0 ? '–' : mmm(xs, f));
      for (const [who, why] of failed) console.log(`<!-- ${op.name}: ${who} failed: ${why} -->`);
      const row = [
        op.name,
        cell(q(r.executeQuery, 'p50')),
        cell(q(r.autoCommit, 'p50')),
        cell(q(r.rawHttp, 'p50')),
        cell(q(r.api, 'p50')),
        cell(ratio(r.api, r.executeQuery, 'p50'), f2),
        cell(ratio(r.api, r.autoCommit, 'p50'), f2),
        cell(ratio(r.api, r.rawHttp, 'p50'), f2),
        cell(q(r.api, 'p99')),
        cell(q(r.executeQuery, 'rps')),
        cell(q(r.autoCommit, 'rps')),
        cell(q(r.api, 'rps')),
        cell(ratio(r.api, r.executeQuery, 'rps'), f2),
        cell(ratio(r.api, r.autoCommit, 'rps'), f2),
        ...(baseline
          ? [
              cell(q(r.baseline, 'p50')),
              cell(ratio(r.baseline, r.autoCommit, 'p50'), f2),
              cell(q(r.baseline, 'rps')),
              cell(ratio(r.api, r.baseline, 'rps'), f2),
            ]
          : []),
        ...(failed.has('ngql')
          ? ['fails', 'fails', '–']
          : [cell(q(r.ngql, 'p50')), cell(q(r.ngql, 'rps')), cell(ratio(r.api, r.ngql, 'rps'), f2)]),
      ];
      console.log(`| ${row.join(' | ')} |`);
    }
    console.log(`\nload average at the end: ${loadavg()}`);
  } finally {
    agent.destroy();
    await ngql.stop();
    await rawHttp.stop();
    await baseline?.stop();
    await api.stop();
    await db.close();
  }
}

const loadavg = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
