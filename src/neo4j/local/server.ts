/**
 * The local Neo4j 5 Community server that innograph provisions when NEO4J_URI is not set:
 * neo4j/Launcher.java on the classpath Maven resolves, detached, with its store, logs and
 * pid file under the settings' dir (git-ignored).
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalServerSettings } from '../../config/neo4j.js';
import { UserError } from '../../errors.js';
import { findJava } from './java.js';
import { LAUNCHER_SOURCE, neo4jClasspath } from './maven.js';

interface PidFile {
  readonly pid: number;
  readonly port: number;
  readonly version: string;
  readonly startedAt: string;
}

// Neo4j 5 needs these on Java 17+ (the server's own launcher passes the same).
const JVM_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED',
];

const pidPath = (s: LocalServerSettings): string => join(s.dir, 'neo4j.pid.json');
const logPath = (s: LocalServerSettings): string => join(s.dir, 'launcher.log');
const debugLogPath = (s: LocalServerSettings): string => join(s.dir, 'logs', 'debug.log');

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A recycled pid belongs to some other program: check it is our launcher where /proc tells.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('Launcher.java');
}

function readPid(s: LocalServerSettings): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(pidPath(s), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

function tail(path: string, lines: number): string {
  if (!existsSync(path)) return `(no ${path})`;
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function logTails(s: LocalServerSettings): string {
  return `--- last lines of ${logPath(s)} ---\n${tail(logPath(s), 15)}\n--- last lines of ${debugLogPath(s)} ---\n${tail(debugLogPath(s), 25)}`;
}

function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** One Bolt round trip with the configured password; returns the server version. */
export async function boltVersion(s: LocalServerSettings): Promise<string> {
  const driver = neo4j.driver(`bolt://${s.host}:${s.port}`, neo4j.auth.basic('neo4j', s.password), {
    connectionTimeout: 5000,
    maxConnectionPoolSize: 1,
  });
  try {
    const r = await driver.executeQuery(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
      {},
      { database: 'system' },
    );
    return String(r.records[0]?.get('v'));
  } finally {
    await driver.close();
  }
}

export interface StartResult {
  readonly uri: string;
  readonly version: string;
  readonly pid: number;
  readonly alreadyRunning: boolean;
  readonly downloaded: boolean;
  readonly seconds: number;
}

/**
 * The launcher's command line and environment. The password travels in the environment
 * (readable by this user only), not in the arguments, which `ps` shows to everyone.
 */
export function launcherCommand(
  s: LocalServerSettings,
  classpath: string,
): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [
      `-Xmx${s.heapMb}m`,
      ...JVM_OPENS,
      '-cp',
      classpath,
      LAUNCHER_SOURCE,
      s.dir,
      s.host,
      String(s.port),
      String(s.pageCacheMb),
    ],
    env: { ...process.env, INNOGRAPH_LAUNCHER_PASSWORD: s.password },
  };
}

export async function startLocalServer(
  s: LocalServerSettings,
  log: (line: string) => void = () => {},
): Promise<StartResult> {
  const t0 = Date.now();
  const uri = `bolt://${s.host}:${s.port}`;
  const running = readPid(s);
  if (running && isAlive(running.pid)) {
    try {
      const version = await boltVersion({ ...s, port: running.port });
      return {
        uri: `bolt://${s.host}:${running.port}`,
        version,
        pid: running.pid,
        alreadyRunning: true,
        downloaded: false,
        seconds: 0,
      };
    } catch (e) {
      throw new UserError(
        `a local Neo4j (pid ${running.pid}) already runs on ${s.dir} but does not answer on port ${running.port} (${(e as Error).message}); stop it with \`innograph neo4j stop\``,
      );
    }
  }
  if (running) rmSync(pidPath(s), { force: true });

  const java = findJava();
  if (!(await portIsFree(s.host, s.port)))
    throw new UserError(
      `port ${s.port} on ${s.host} is already in use by another process: stop it, or choose another port with INNOGRAPH_NEO4J_PORT (or use that server with NEO4J_URI)`,
    );
  const { classpath, downloaded } = neo4jClasspath(s, log);

  mkdirSync(s.dir, { recursive: true });
  // Append, and read only what this start writes: another process may own this log.
  const logStart = existsSync(logPath(s)) ? statSync(logPath(s)).size : 0;
  const out = openSync(logPath(s), 'a');
  const launcher = launcherCommand(s, classpath);
  const child = spawn(java.bin, launcher.args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: launcher.env,
  });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new UserError(`could not start ${java.bin}`);
  child.unref();
  writeFileSync(
    pidPath(s),
    JSON.stringify({
      pid,
      port: s.port,
      version: s.version,
      startedAt: new Date().toISOString(),
    } satisfies PidFile),
  );
  log(`neo4j: starting Neo4j ${s.version} (pid ${pid}, Java ${java.version}) on ${uri}…`);

  const deadline = t0 + s.startTimeoutMs;
  for (;;) {
    const text = existsSync(logPath(s)) ? readFileSync(logPath(s)).subarray(logStart).toString('utf8') : '';
    const failure = /innograph-neo4j: error ([\w-]+): (.*)/.exec(text);
    if (failure) {
      await stopPid(pid);
      rmSync(pidPath(s), { force: true });
      throw new UserError(`Neo4j did not start: ${failure[2]}\n${logTails(s)}`);
    }
    if (!isAlive(pid)) {
      rmSync(pidPath(s), { force: true });
      throw new UserError(`Neo4j exited while starting.\n${logTails(s)}`);
    }
    if (text.includes('innograph-neo4j: ready')) {
      const version = await boltVersion(s);
      return { uri, version, pid, alreadyRunning: false, downloaded, seconds: (Date.now() - t0) / 1000 };
    }
    if (Date.now() > deadline) {
      await stopPid(pid);
      rmSync(pidPath(s), { force: true });
      throw new UserError(
        `Neo4j did not answer on ${uri} within ${s.startTimeoutMs / 1000} s (INNOGRAPH_NEO4J_START_TIMEOUT); it was stopped.\n${logTails(s)}`,
      );
    }
    await sleep(250);
  }
}

async function stopPid(pid: number, graceMs = 60_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const until = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < until) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

export async function stopLocalServer(s: LocalServerSettings): Promise<{ stopped: boolean; pid?: number }> {
  const running = readPid(s);
  if (!running) return { stopped: false };
  if (isAlive(running.pid)) await stopPid(running.pid);
  rmSync(pidPath(s), { force: true });
  return { stopped: true, pid: running.pid };
}

function dirSize(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

export interface LocalStatus {
  readonly running: boolean;
  readonly uri: string;
  readonly pid?: number;
  readonly version?: string;
  readonly answering: boolean;
  readonly storeBytes: number;
  readonly dir: string;
}

export async function localServerStatus(s: LocalServerSettings): Promise<LocalStatus> {
  const running = readPid(s);
  const alive = running !== undefined && isAlive(running.pid);
  const port = running?.port ?? s.port;
  const base = { uri: `bolt://${s.host}:${port}`, dir: s.dir, storeBytes: dirSize(join(s.dir, 'data')) };
  if (!alive) return { ...base, running: false, answering: false };
  try {
    const version = await boltVersion({ ...s, port });
    return { ...base, running: true, pid: running.pid, version, answering: true };
  } catch {
    return { ...base, running: true, pid: running.pid, answering: false };
  }
}
