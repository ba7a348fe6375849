/**
 * Reliability script, not a test: runs the realistic mix against `innograph serve` (from
 * the build) while the local Neo4j is stopped (SIGTERM) and then killed (SIGKILL), each
 * time restarting it; prints how long the API took to notice, what clients got meanwhile,
 * and how long after Neo4j was back the same API process answered again.
 *   npm run build:server && npm run bench:faults [-- --connections 8]
 * The API's log is kept in build/bench-faults-api.log (every INTERNAL_SERVER_ERROR has its
 * stack there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { localServerSettings, neo4jConnection } from '../config/neo4j.js';
import { ROOT } from '../config/paths.js';
import { startLocalServer, stopLocalServer } from '../neo4j/local/server.js';
import { machine, seededNeo4j, runLoad, serveFromBuild, tallyCodes, type Result } from './http-load.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, f: () => T | undefined, timeoutMs = 180_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(20);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { connections: { type: 'string', default: '8' } },
  });
  if (!neo4jConnection().local)
    throw new Error('bench:faults stops and kills the local Neo4j: unset NEO4J_URI');
  const settings = localServerSettings();
  console.log(`bench:faults: ${values.connections} connections; Neo4j stopped, then killed, under load`);
  console.log(`machine: ${machine()}`);
  await seededNeo4j();

  const logFile = join(ROOT, 'build', 'bench-faults-api.log');
  const api = await serveFromBuild(process.env, logFile);
  console.log(`API log: ${logFile}`);
  const apiPid = api.child.pid ?? 0;
  const results: Result[] = [];
  let done = false;
  const load = runLoad({
    baseUrl: api.url,
    connections: Number(values.connections),
    durationMs: 30 * 60_000,
    onResult: (r) => results.push(r),
    stop: () => done,
  });
  const ok = (r: Result): boolean => r.status === 200 && r.codes.length === 0;

  const phase = async (name: string, fault: () => Promise<void>): Promise<void> => {
    await sleep(3000);
    const before = results.filter((r) => r.at > performance.now() - 3000);
    const tFault = performance.now();
    await fault();
    const firstBad = await until('the first failed answer', () =>
      results.find((r) => r.at > tFault && !ok(r)),
    );
    await sleep(3000);
    const tRestart = performance.now();
    await startLocalServer(settings);
    const tReady = performance.now();
    const back = await until('the first good answer', () => results.find((r) => r.at > tReady && ok(r)));
    const during = results.filter((r) => r.at > tFault && r.at < back.at);
    console.log(`\n${name}:`);
    console.log(`  before:            ${tallyCodes(before)}`);
    console.log(`  detected after:    ${s(firstBad.at - tFault)} (first answer that was not OK)`);
    console.log(`  clients got:       ${tallyCodes(during)}`);
    console.log(`  Neo4j restart:     ${s(tReady - tRestart)}`);
    console.log(
      `  recovered after:   ${s(back.at - tReady)} from Neo4j ready (${s(back.at - tRestart)} from the restart)`,
    );
    console.log(
      `  API process:       pid ${apiPid} ${alive(apiPid) ? 'still running, never restarted' : 'DIED'}`,
    );
  };

  try {
    await phase('Neo4j stopped (SIGTERM)', async () => {
      await stopLocalServer(settings);
    });
    await phase('Neo4j killed (SIGKILL)', async () => {
      const { pid } = JSON.parse(readFileSync(join(settings.dir, 'neo4j.pid.json'), 'utf8')) as {
        pid: number;
      };
      process.kill(pid, 'SIGKILL');
      await until('the kill', () => (alive(pid) ? undefined : true));
    });
    await sleep(2000);
  } finally {
    // One SIGTERM with the load still running: every request in flight must be answered.
    const tSignal = performance.now();
    const code = await api.stop();
    const tExit = performance.now();
    done = true;
    await load;
    const inFlight = results.filter((r) => r.at - r.ms < tSignal && r.at >= tSignal);
    const refused = results.filter((r) => r.at - r.ms >= tSignal);
    console.log(`\nSIGTERM under load (${values.connections} connections):`);
    console.log(`  in flight at the signal: ${inFlight.length}, answered: ${tallyCodes(inFlight) || 'none'}`);
    console.log(
      `  sent after the signal:   ${tallyCodes(refused) || 'none'} (a stopped server refuses new connections)`,
    );
    console.log(`  API exit code:           ${String(code)} after ${s(tExit - tSignal)}`);
  }
  const count = (code: string): number => results.filter((r) => r.codes.includes(code)).length;
  console.log(
    `all answers: ${tallyCodes(results)}; INTERNAL_SERVER_ERROR ×${count('INTERNAL_SERVER_ERROR')}, NOT_FOUND ×${count('NOT_FOUND')}, ECONNRESET ×${count('ECONNRESET')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
