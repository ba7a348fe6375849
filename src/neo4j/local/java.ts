/** Finds a Java runtime good enough for Neo4j 5 (Java 17 or newer). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { UserError } from '../../errors.js';

export const MIN_JAVA = 17;

const INSTALL_HINT =
  'Install Java 17 or newer: Debian/Ubuntu `sudo apt-get install openjdk-17-jre-headless`, macOS `brew install openjdk@17`; or set JAVA_HOME.';

export interface JavaRuntime {
  readonly bin: string;
  readonly major: number;
  readonly version: string;
}

/** Parses the first line of `java -version`, e.g. `openjdk version "17.0.15" 2025-04-15`. */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const m = /version "([^"]+)"/.exec(output);
  if (!m?.[1]) return undefined;
  const version = m[1];
  const parts = version.split(/[.+-]/);
  // Java 8 and older report "1.8.0_x".
  const major = parts[0] === '1' ? Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(major) ? { major, version } : undefined;
}

export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime {
  const bin = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8', env });
  if (r.error) {
    const where = env.JAVA_HOME ? `at JAVA_HOME=${env.JAVA_HOME}` : 'on PATH';
    throw new UserError(`Java was not found ${where} (${r.error.message}). ${INSTALL_HINT}`);
  }
  const parsed = parseJavaVersion(`${r.stderr}${r.stdout}`);
  if (!parsed)
    throw new UserError(
      `could not read the Java version from \`${bin} -version\`: ${r.stderr.trim() || r.stdout.trim()}`,
    );
  if (parsed.major < MIN_JAVA)
    throw new UserError(
      `Java ${parsed.version} (${bin}) is too old: Neo4j 5 needs Java ${MIN_JAVA} or newer. ${INSTALL_HINT}`,
    );
  return { bin, ...parsed };
}
