/**
 * One SIGTERM drains: every request in flight is answered 200 and the process exits 0, on the
 * dev server (the bin through tsx) and on the build (`node dist/cli/main.js`), run as a real
 * operator runs them, without NODE_ENV=test (where Apollo would not install its own signal
 * handler, so a test with it set could not see that handler re-sending the signal).
 *
 * "In flight" without timing: each request is sent with `Expect: 100-continue` and its body
 * held back; Node writes `100 Continue` just as it hands the request to our handler, so once the
 * client reads it the request is in the server. The bodies follow only after the server has
 * said it is draining.
 */
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { serveFromBuild } from '../../src/bench/http-load.js';
import { ROOT } from '../../src/config/paths.js';
import { seedFreshGraph } from '../support/seeded.js';

const IN_FLIGHT = 4;
const BODY = JSON.stringify({ query: '{ node(id: "uni:dlut") { id name } }' });

interface HeldRequest {
  /** Resolves once the server has the request (it answered 100 Continue). */
  readonly admitted: Promise<void>;
  /** Sends the body; resolves to the whole answer once the server closes the connection. */
  finish(): Promise<string>;
}

function holdRequest(url: string): HeldRequest {
  const { hostname, port } = new URL(url);
  let text = '';
  let socket: Socket | undefined;
  const ended = new Promise<string>((resolve, reject) => {
    socket = connect({ host: hostname, port: Number(port) }, () => {
      socket?.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(BODY)}\r\nExpect: 100-continue\r\n\r\n`,
      );
    });
    socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  const admitted = (async () => {
    await expect.poll(() => text.startsWith('HTTP/1.1 100 Continue'), { timeout: 60_000 }).toBe(true);
  })();
  return {
    admitted,
    finish: () => {
      socket?.write(BODY);
      return ended;
    },
  };
}

/** The environment of an operator's shell: the test's Neo4j, and no NODE_ENV. */
function operatorEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const neo = inject('neo4j');
  const inherited = Object.entries(process.env).filter(
    ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'),
  );
  return {
    ...Object.fromEntries(inherited),
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    NEO4J_DATABASE: neo.database,
    ...extra,
  };
}

async function drainsOnOneSignal(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [...args, 'serve', '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect
      .poll(() => /serve: health\s+(http:\/\/\S+)\/healthz/.exec(out)?.[1], { timeout: 90_000 })
      .toBeTruthy();
    const url = /serve: health\s+(http:\/\/\S+)\/healthz/.exec(out)?.[1] ?? '';
    const held = Array.from({ length: IN_FLIGHT }, () => holdRequest(url));
    await Promise.all(held.map((h) => h.admitted));
    child.kill('SIGTERM');
    await expect
      .poll(() => out, { timeout: 30_000 })
      .toContain('serve: SIGTERM: draining in-flight requests');
    const answers = await Promise.all(held.map((h) => h.finish()));
    for (const answer of answers) {
      const final = answer.slice(answer.lastIndexOf('HTTP/1.1 '));
      expect(final).toMatch(/^HTTP\/1\.1 200 /);
      expect(final.toLowerCase()).toContain('connection: close');
      expect(final).toContain('"name":"大连理工大学"');
    }
    expect(await exited).toBe(0);
    expect(out).not.toContain('second signal');
    expect(out).toContain('serve: stopped');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

describe('SIGTERM with requests in flight (issue 20, item 1)', () => {
  beforeAll(seedFreshGraph);

  it('answers every request and exits 0 on the dev server (tsx)', async () => {
    await drainsOnOneSignal([join(ROOT, 'bin', 'innograph.mjs')], operatorEnv());
  }, 180_000);

  it('answers every request and exits 0 on the build (node dist/cli/main.js, NODE_ENV=production)', async () => {
    const build = spawnSync('npm', ['run', 'build:server'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    await drainsOnOneSignal([join(ROOT, 'dist', 'cli', 'main.js')], operatorEnv({ NODE_ENV: 'production' }));
  }, 420_000);

  it('resets no keep-alive client sending through the signal: each request is answered, or its new connection refused', async () => {
    const api = await serveFromBuild(operatorEnv());
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const outcomes = new Map<string, number>();
    const count = (what: string): void => void outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
    const ask = (): Promise<string> =>
      new Promise((resolve) => {
        const req = request(
          `${api.url}/graphql`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(`HTTP ${res.statusCode ?? 0}`));
            res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
          },
        );
        req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
        req.end(BODY);
      });
    let stopped = false;
    // Eight clients, each sending its next request as soon as the last is answered, until the
    // server refuses a new connection.
    const clients = Array.from({ length: 8 }, async () => {
      for (;;) {
        const outcome = await ask();
        count(outcome);
        if (outcome === 'ECONNREFUSED' || (stopped && outcome !== 'HTTP 200')) return;
      }
    });
    try {
      await expect.poll(() => outcomes.get('HTTP 200') ?? 0, { timeout: 60_000 }).toBeGreaterThan(40);
      stopped = true;
      expect(await api.stop()).toBe(0);
      await Promise.all(clients);
      const seen = [...outcomes.keys()].sort();
      expect(
        seen.filter((o) => o !== 'HTTP 200' && o !== 'ECONNREFUSED'),
        JSON.stringify([...outcomes]),
      ).toEqual([]);
    } finally {
      stopped = true;
      agent.destroy();
    }
  }, 180_000);

  it('serves the benches on $INNOGRAPH_PORT (each engineer has their own on a shared machine)', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const api = await serveFromBuild(operatorEnv({ INNOGRAPH_PORT: String(port) }));
    try {
      expect(api.url).toBe(`http://127.0.0.1:${port}`);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      expect(await api.stop()).toBe(0);
    }
  }, 120_000);
});
