/**
 * Shared by the reliability scripts (bench:load, bench:faults): the realistic request mix,
 * a closed-loop HTTP load generator (N connections, each sending its next request when the
 * last one is answered), the API server as a child process built from dist/, and its RSS.
 * Load goes to 127.0.0.1 only and stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../config/paths.js';
import { EXAMPLES } from '../graphql/examples.js';
import { loadGraph } from '../loader/load.js';
import { openDatabase } from '../neo4j/driver.js';
import { ensureNeo4j, type Provisioned } from '../neo4j/provision.js';
import { checkSeed } from '../seed/index.js';

/** The configured Neo4j (started when local), holding the curated seed: what the mix reads. */
export async function seededNeo4j(): Promise<Provisioned> {
  const p = await ensureNeo4j((l) => {
    console.log(l);
  });
  const { graph } = checkSeed();
  if (!graph) throw new Error('the seed is invalid: run `innograph seed --check`');
  const db = openDatabase(p.connection);
  try {
    await loadGraph(db, graph);
  } finally {
    await db.close();
  }
  return p;
}

export interface MixItem {
  readonly name: string;
  readonly body: string;
  readonly weight: number;
}

const gql = (query: string, variables: Record<string, unknown> = {}): string =>
  JSON.stringify({ query, variables });

/**
 * What planners and the explorer send: every planner example of the IDE once, and the
 * explorer's frequent requests (search as one types, a node's details, its neighbourhood)
 * more often.
 */
export const MIX: readonly MixItem[] = [
  ...EXAMPLES.map((e) => ({ name: e.title, body: gql(e.query, e.variables ?? {}), weight: 1 })),
  ...['大连', '大连理工', '沈阳自动化', '燃气轮机', '实验室'].map((text) => ({
    name: `explorer: search ${text}`,
    body: gql(
      'query Search($text: String!) { search(text: $text, first: 8) { entity { id name kind aliases } } }',
      {
        text,
      },
    ),
    weight: 2,
  })),
  ...['uni:dlut', 'ri:cas-dicp', 'ri:cas-sia', 'chain:plan14-gas-turbine'].flatMap((id) => [
    {
      name: `explorer: details ${id}`,
      body: gql(
        `query Details($id: ID!) { node(id: $id) { id name kind level status aliases note
          citations { document section line span } relationships { type direction basis node { id name kind } } } }`,
        { id },
      ),
      weight: 2,
    },
    {
      name: `explorer: neighbourhood ${id}`,
      body: gql(
        `query Nb($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 200) { truncated
          nodes { id label kind group level status } edges { id source target type basis } } }`,
        { id },
      ),
      weight: 2,
    },
  ]),
];

/** The mix expanded by weight, so that round-robin follows the weights. */
export const WEIGHTED: readonly MixItem[] = MIX.flatMap((m) => Array.from({ length: m.weight }, () => m));

export interface Result {
  /** performance.now() when the answer (or the failure) arrived. */
  readonly at: number;
  readonly ms: number;
  /** HTTP status, or 0 for a transport error. */
  readonly status: number;
  /** GraphQL error codes, or the transport error's code. */
  readonly codes: readonly string[];
  /** Seconds of the answer's Retry-After header, if it had one. */
  readonly retryAfter?: number;
}

function once(agent: Agent, url: URL, body: string): Promise<Omit<Result, 'at' | 'ms'>> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let codes: string[] = [];
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              errors?: { extensions?: { code?: string } }[];
            };
            codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
          } catch {
            codes = ['NOT_JSON'];
          }
          const retryAfter = Number(res.headers['retry-after']);
          resolve({
            status: res.statusCode ?? 0,
            codes,
            ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
          });
        });
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, codes: [e.code ?? 'ERROR'] }));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, codes: [e.code ?? 'ERROR'] }));
    req.end(body);
  });
}

/** `connections` loops, each sending the next request of the mix when its last one is answered. */
export async function runLoad(opts: {
  readonly baseUrl: string;
  readonly connections: number;
  readonly durationMs: number;
  readonly onResult?: (r: Result) => void;
  /** Stops early once this returns true. */
  readonly stop?: () => boolean;
  /** What to send, round-robin (default: the realistic mix, by weight). */
  readonly items?: readonly MixItem[];
  /** Wait as long as a 503's Retry-After says before the next request, as a polite client does. */
  readonly honourRetryAfter?: boolean;
}): Promise<Result[]> {
  const items = opts.items ?? WEIGHTED;
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const url = new URL('/graphql', opts.baseUrl);
  const results: Result[] = [];
  const end = performance.now() + opts.durationMs;
  const worker = async (w: number): Promise<void> => {
    for (let i = w; performance.now() < end && !(opts.stop?.() ?? false); i += 1) {
      const item = items[i % items.length];
      if (!item) break;
      const t0 = performance.now();
      const r = await once(agent, url, item.body);
      const t1 = performance.now();
      const result = { ...r, at: t1, ms: t1 - t0 };
      results.push(result);
      opts.onResult?.(result);
      // A refused connection answers at once: do not spin while the server is away.
      if (r.status === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      else if (opts.honourRetryAfter && r.status === 503 && r.retryAfter !== undefined)
        await new Promise((resolve) => setTimeout(resolve, (r.retryAfter ?? 0) * 1000));
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, (_, w) => worker(w)));
  agent.destroy();
  return results;
}

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Resident memory of a process in MiB (Linux /proc), or NaN elsewhere. */
export function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export interface ServedApi {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<number | null>;
}

/**
 * `innograph serve` from dist/ (npm run build:server) as its own process, on $INNOGRAPH_PORT
 * (each engineer on a shared machine has their own), else on a free port. With `logFile`, the
 * API's stdout and stderr (one JSON line per request and per error) are kept there, so that an
 * unexpected answer in a run can be traced to the error behind it. The API writes its log
 * straight to that file (or to /dev/null without one), never through a pipe this process
 * reads: reading a log line per request would wake the measuring process once more per request
 * of the API alone (issue 19: the bench client must not add cost to only one side).
 */
export async function serveFromBuild(
  env: NodeJS.ProcessEnv = process.env,
  logFile?: string,
  /** Another checkout's build to serve (bench:api's --baseline), instead of this one's. */
  root: string = ROOT,
): Promise<ServedApi> {
  const main = join(root, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: run `npm run build:server` first');
  const port = env.INNOGRAPH_PORT === undefined || env.INNOGRAPH_PORT === '' ? '0' : env.INNOGRAPH_PORT;
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const logFd = logFile ? openSync(logFile, 'w') : undefined;
  const child = spawn(process.execPath, [main, 'serve', '--port', port], {
    env: { ...env, INNOGRAPH_PORT: port },
    stdio: ['ignore', 'pipe', logFd ?? 'ignore'],
  });
  if (logFd !== undefined) closeSync(logFd);
  const { stdout } = child;
  if (!stdout) throw new Error('the API was started without a stdout pipe');
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  // stdout: the few lines of starting and stopping.
  if (logFile) stdout.pipe(createWriteStream(logFile, { flags: 'a' }));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = performance.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    url = /serve: health\s+(http:\/\/\S+)\/healthz/.exec(out)?.[1];
    if (child.exitCode !== null) throw new Error(`the API exited at start: ${out}`);
    if (performance.now() > deadline) throw new Error(`the API did not start within 60 s: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

/** "200 ×5012, 503 DATABASE_UNAVAILABLE ×31" */
export function tallyCodes(rs: readonly Result[]): string {
  const m = new Map<string, number>();
  for (const r of rs) {
    const key = `${r.status === 0 ? 'no answer' : r.status}${r.codes.length > 0 ? ` ${[...new Set(r.codes)].join('+')}` : ''}`;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}
