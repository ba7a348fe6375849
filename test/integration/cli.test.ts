/**
 * The command line as a person meets it: mistakes get one clear line and exit 2 (no stack
 * trace), and the `innograph` bin leaves nothing running after SIGTERM.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localServerSettings } from '../../src/config/neo4j.js';
import { ROOT } from '../../src/config/paths.js';

const BIN = join(ROOT, 'bin', 'innograph.mjs');

function cli(args: string[], env: Record<string, string> = {}): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stderr: r.stderr };
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(text).not.toMatch(/TypeError|RangeError|ERR_PARSE_ARGS/);
};

describe('the command line (D20)', () => {
  it('names every bad environment variable, one line each, without a stack trace', () => {
    const r = cli(['serve'], {
      INNOGRAPH_PORT: 'abc',
      INNOGRAPH_QUERY_TIMEOUT_MS: '-1',
      NEO4J_URI: 'http://x',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'innograph: INNOGRAPH_PORT must be an integer between 0 and 65535 (got "abc")',
      'innograph: INNOGRAPH_QUERY_TIMEOUT_MS must be an integer between 100 and 600000 (got "-1")',
      'innograph: NEO4J_URI must be a Neo4j URI such as bolt://host:7687 or neo4j://host:7687 (schemes: bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc); got "http://x"',
      'innograph: fix the environment variables above (see docs/operations.md, Configuration)',
    ]);
    noStack(r.stderr);
  });

  it('says what is wrong with --port abc and with an unknown flag', () => {
    const port = cli(['serve', '--port', 'abc']);
    expect(port.status).toBe(2);
    expect(port.stderr).toBe(
      'innograph serve: --port must be an integer between 0 and 65535 (got "abc")\nRun `innograph serve --help` for its options.\n',
    );
    const flag = cli(['seed', '--frobnicate']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      "innograph seed: Unknown option '--frobnicate'\nRun `innograph seed --help` for its options.\n",
    );
    noStack(port.stderr + flag.stderr);
  });

  it('says the same of an unknown flag to ingest, which takes a file name too', () => {
    // ingest and review read positionals with node's parseArgs: its refusals are usage errors too.
    const flag = cli(['ingest', 'x.txt', '--dir', '/tmp']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      "innograph ingest: Unknown option '--dir'\nRun `innograph ingest --help` for its options.\n",
    );
    noStack(flag.stderr);
  });

  it('leaves nothing serving after SIGTERM to the bin: the server runs in its own process', async () => {
    const neo = inject('neo4j');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        NEO4J_URI: neo.uri,
        NEO4J_USER: neo.user,
        NEO4J_PASSWORD: neo.password,
        NEO4J_DATABASE: neo.database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect
      .poll(() => /serve: health\s+(http:\/\/\S+)\/healthz/.exec(out)?.[1], { timeout: 90_000 })
      .toBeTruthy();
    const url = /serve: health\s+(http:\/\/\S+)\/healthz/.exec(out)?.[1] ?? '';
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('serve: SIGTERM: draining in-flight requests, then stopping');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 120_000);
});

describe('the local Neo4j (D18)', () => {
  it.skipIf(!inject('neo4j').local)('does not put the password on the java command line', () => {
    const settings = localServerSettings({
      ...process.env,
      INNOGRAPH_NEO4J_DIR: process.env.INNOGRAPH_TEST_NEO4J_DIR ?? '.neo4j/test',
      INNOGRAPH_NEO4J_PORT: process.env.INNOGRAPH_TEST_NEO4J_PORT ?? '17687',
    });
    const { pid } = JSON.parse(readFileSync(join(settings.dir, 'neo4j.pid.json'), 'utf8')) as { pid: number };
    const cmdline = `/proc/${pid}/cmdline`;
    if (!existsSync(cmdline)) return; // not Linux
    const args = readFileSync(cmdline, 'utf8').split('\0');
    expect(args.some((a) => a.includes('Launcher.java'))).toBe(true);
    expect(args).not.toContain(settings.password);
  });
});
