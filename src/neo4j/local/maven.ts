/**
 * Obtains Neo4j 5 Community from Maven Central through Maven: the classpath of
 * neo4j/pom.xml. Maven's local repository caches the jars; we cache the classpath so a
 * second start does not even run Maven, and try Maven offline first so it downloads
 * nothing when the jars are already there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ROOT } from '../../config/paths.js';
import type { LocalServerSettings } from '../../config/neo4j.js';
import { UserError } from '../../errors.js';

export const LAUNCHER_POM = join(ROOT, 'neo4j', 'pom.xml');
export const LAUNCHER_SOURCE = join(ROOT, 'neo4j', 'Launcher.java');

const MAVEN_HINT = 'Install Maven: Debian/Ubuntu `sudo apt-get install maven`, macOS `brew install maven`.';

const classpathFile = (s: LocalServerSettings): string => join(s.dir, '..', `classpath-${s.version}.txt`);

function readCachedClasspath(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const cp = readFileSync(file, 'utf8').trim();
  // A cleaned Maven repository invalidates the cache.
  return cp !== '' && cp.split(delimiter).every((jar) => existsSync(jar)) ? cp : undefined;
}

function runMaven(s: LocalServerSettings, out: string, offline: boolean): ReturnType<typeof spawnSync> {
  const args = [
    '-B',
    '-q',
    '-Dstyle.color=never',
    ...(offline ? ['-o'] : []),
    '-f',
    LAUNCHER_POM,
    `-Dneo4j.version=${s.version}`,
    'dependency:build-classpath',
    `-Dmdep.outputFile=${out}`,
    ...s.mavenArgs,
  ];
  return spawnSync('mvn', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

/** Returns the classpath for Neo4j `s.version`, downloading it through Maven when needed. */
export function neo4jClasspath(
  s: LocalServerSettings,
  log: (line: string) => void = () => {},
): { classpath: string; downloaded: boolean } {
  const file = classpathFile(s);
  const cached = readCachedClasspath(file);
  if (cached) return { classpath: cached, downloaded: false };
  mkdirSync(join(s.dir, '..'), { recursive: true });

  const offline = runMaven(s, file, true);
  if (offline.error)
    throw new UserError(`Maven (mvn) was not found on PATH (${offline.error.message}). ${MAVEN_HINT}`);
  if (offline.status === 0) {
    const cp = readCachedClasspath(file);
    if (cp) return { classpath: cp, downloaded: false };
  }
  log(`neo4j: downloading Neo4j ${s.version} Community from Maven Central (once; cached in ~/.m2)…`);
  const online = runMaven(s, file, false);
  const cp = online.status === 0 ? readCachedClasspath(file) : undefined;
  if (!cp) {
    // Maven colours some lines even in batch mode; drop the escape codes.
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
    const text = `${String(online.stdout)}\n${String(online.stderr)}`.replace(ansi, '');
    const lines = text
      .split('\n')
      .filter((l) => /ERROR/.test(l))
      .slice(0, 4)
      .join('\n');
    const unreachable =
      /Could not transfer|Connection refused|UnknownHost|timed out|Network is unreachable|resolve host|No plugin found for prefix|artifact descriptor/i.test(
        text,
      );
    const notFound = /Could not find artifact|could not be resolved/i.test(text) && !unreachable;
    const reason = unreachable
      ? 'Maven Central could not be reached: check the network or a proxy/mirror (INNOGRAPH_MAVEN_ARGS="-s settings.xml")'
      : notFound
        ? `Neo4j ${s.version} was not found on Maven Central: check INNOGRAPH_NEO4J_VERSION`
        : 'Maven failed';
    throw new UserError(`could not obtain Neo4j ${s.version} through Maven: ${reason}.\n${lines}`);
  }
  return { classpath: cp, downloaded: true };
}
