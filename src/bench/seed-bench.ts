/**
 * Benchmark, not a test: `npm run bench:seed -- --factor N [--rounds R] [--batch-size B]`.
 * Loads the synthetic seed of `npm run gen:scale -- --factor N` into an empty graph with
 * `innograph seed`, and the same rows with two anchors, Neo4j's own batched paths:
 * `UNWIND $rows … CALL { … } IN TRANSACTIONS` (`anchor`) and `LOAD CSV … CALL { … } IN
 * TRANSACTIONS` from CSV files the local Neo4j reads (`csv`), in rounds that rotate which goes
 * first; prints min/median/max of each, the loader's ratio to each anchor, rows/s, the loaders'
 * peak RSS and Neo4j's peak heap, and per round the time of loading the same seed again (nothing
 * changed) over the fresh load's. It REPLACES the graph of the configured Neo4j.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../config/paths.js';
import { applySchema, clearGraph, countsByKindAndType, DEFAULT_BATCH_SIZE } from '../loader/load.js';
import { cypher } from '../neo4j/cypher-files.js';
import { openDatabase } from '../neo4j/driver.js';
import { localServerStatus } from '../neo4j/local/server.js';
import { ensureNeo4j } from '../neo4j/provision.js';
import { localServerSettings } from '../config/neo4j.js';
import { defaultScaleDir, generateScale, type ScaleManifest } from '../scale/generate.js';
import type { ChildResult } from './seed-child.js';

/** `main`: innograph's loader from another checkout (`--main DIR`, e.g. an export of main), a second baseline. */
type Mode = 'innograph' | 'anchor' | 'csv' | 'main';
const MODES: readonly Mode[] = ['innograph', 'anchor', 'csv', 'main'];

interface Round extends Omit<ChildResult, 'cpuSeconds'> {
  readonly heapMb: number;
  /** The round it ran in (0-based): per-round ratios pair contenders of the same round. */
  readonly round: number;
  /** The loading process's CPU seconds (undefined: a --main checkout that does not report it). */
  readonly cpuSeconds: number | undefined;
  /** Neo4j's CPU seconds over the same run (undefined: not the local server, or no /proc). */
  readonly neo4jCpuSeconds: number | undefined;
}

/**
 * CPU seconds (user + system, every thread) the local Neo4j process has used so far, from
 * /proc; undefined when there is no such process to read. On a shared machine the CPU each
 * contender costs is steadier than its wall time, which the other users' load stretches.
 */
function processCpu(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) in parentheses: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const mmm = (xs: number[], digits = 1): string =>
  `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;

function runChild(mode: Mode, m: ScaleManifest, batch: number, mainRoot?: string): Promise<ChildResult> {
  const root = mode === 'main' && mainRoot !== undefined ? mainRoot : ROOT;
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/bench/seed-child.ts'),
        `--mode=${mode === 'main' ? 'innograph' : mode}`,
        `--dir=${m.seedDir}`,
        `--sources=${m.sourcesDir}`,
        `--batch-size=${batch}`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) fail(new Error(`${mode} load failed (exit ${code})`));
      else done(JSON.parse(line) as ChildResult);
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      factor: { type: 'string', default: '10' },
      relationships: { type: 'string' },
      modes: { type: 'string', default: 'innograph,anchor,csv' },
      main: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const factor = Number(values.factor);
  const scale =
    values.relationships === undefined ? { factor } : { relationships: Number(values.relationships) };
  const label =
    values.relationships === undefined ? `factor ${factor}` : `${values.relationships} relationships`;
  const mainRoot = values.main === undefined ? undefined : resolve(values.main);
  const modes = values.modes
    .split(',')
    .filter((x): x is Mode => (MODES as string[]).includes(x))
    .concat(mainRoot !== undefined && !values.modes.includes('main') ? ['main'] : []);
  const rounds = Number(values.rounds);
  const batch = Number(values['batch-size']);
  const p = await ensureNeo4j((l) => {
    console.log(l);
  });
  const out = resolve(ROOT, defaultScaleDir(scale));
  const manifestPath = join(out, 'manifest.json');
  // Generated once and reused (the same options give the same files), wherever it was moved.
  const manifest: ScaleManifest = existsSync(manifestPath)
    ? {
        ...(JSON.parse(readFileSync(manifestPath, 'utf8')) as ScaleManifest),
        seedDir: join(out, 'seed'),
        sourcesDir: join(out, 'sources'),
      }
    : generateScale(scale, out);
  const db = openDatabase(p.connection);
  const neo4jPid = p.connection.local ? (await localServerStatus(localServerSettings())).pid : undefined;
  const heap = async (): Promise<{ used: number; max: number }> => {
    const r = await db.read(cypher('bench/heap'));
    return { used: Number(r.records[0]?.get('used')), max: Number(r.records[0]?.get('max')) };
  };
  const cpu = os.cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' ',
      )}; Node ${process.version}; Neo4j ${p.version} ${p.edition}, heap max ${((await heap()).max / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    `data: ${label}: ${manifest.entities} entities, ${manifest.relations} relationships, ${manifest.citedIn} document links; batch ${batch} rows per transaction; ${rounds} alternating rounds, each into an empty graph`,
  );
  await applySchema(db);
  const results: Record<Mode, Round[]> = { innograph: [], anchor: [], csv: [], main: [] };
  // What each contender left (IN_REGION links, properties): all must leave the same.
  const left = new Map<string, string>();
  try {
    for (let i = 0; i < rounds; i += 1) {
      // Each round starts with the next contender.
      const order = [...modes.slice(i % modes.length), ...modes.slice(0, i % modes.length)];
      for (const mode of order) {
        await clearGraph(db);
        let peak = (await heap()).used;
        const sampling = { on: true };
        const sampler = (async () => {
          while (sampling.on) {
            peak = Math.max(peak, (await heap()).used);
            await new Promise((r) => setTimeout(r, 250));
          }
        })();
        let r: ChildResult;
        const neo4jCpu0 = processCpu(neo4jPid);
        let neo4jCpuSeconds: number | undefined;
        try {
          r = await runChild(mode, manifest, batch, mainRoot);
          const neo4jCpu1 = processCpu(neo4jPid);
          // Includes the child's validation and row building only as far as they reach Neo4j: none.
          neo4jCpuSeconds =
            neo4jCpu0 === undefined || neo4jCpu1 === undefined ? undefined : neo4jCpu1 - neo4jCpu0;
        } finally {
          sampling.on = false;
          await sampler;
        }
        if (r.skipped !== undefined) {
          console.log(`round ${i + 1} ${mode}: skipped: ${r.skipped}`);
          continue;
        }
        const { byKind, byType } = await countsByKindAndType(db);
        const nodes = Object.values(byKind).reduce((a, b) => a + b, 0);
        // Curated and CITED_IN as the manifest counts them; derived IN_REGION the same for both.
        const { IN_REGION: inRegion = 0, ...rest } = byType;
        const rels = Object.values(rest).reduce((a, b) => a + b, 0);
        const props = (await db.read(cypher('bench/property-counts'))).records[0];
        const what = JSON.stringify({ inRegion, ...props?.toObject() });
        if (nodes !== manifest.entities || rels !== manifest.relations + manifest.citedIn)
          throw new Error(`${mode} left ${nodes} nodes and ${rels} relationships, not the expected counts`);
        for (const [other, was] of left)
          if (was !== what) throw new Error(`${mode} left ${what}, ${other} ${was}: not the same graph`);
        left.set(mode, what);
        results[mode].push({
          ...r,
          heapMb: peak / 2 ** 20,
          round: i,
          cpuSeconds: typeof r.cpuSeconds === 'number' ? r.cpuSeconds : undefined,
          neo4jCpuSeconds,
        });
        const links = r.citedInRates
          ? `; document links ${r.citedInRates.map((x) => x.toFixed(0)).join(' then ')} rows/s (first, second half)`
          : '';
        const phases = r.phases
          ? `; done at ${Object.entries(r.phases)
              .map(([k, v]) => `${k} ${v.toFixed(1)}`)
              .join(', ')} s`
          : '';
        const cpuNote = `, CPU: loader ${typeof r.cpuSeconds === 'number' ? r.cpuSeconds.toFixed(1) : '?'} s + Neo4j ${neo4jCpuSeconds === undefined ? '?' : neo4jCpuSeconds.toFixed(1)} s`;
        console.log(
          `round ${i + 1} ${mode.padEnd(9)} validate ${r.validateSeconds.toFixed(1)} s, load ${r.loadSeconds.toFixed(1)} s${cpuNote}${r.noChangeSeconds === undefined ? '' : ` (again, nothing changed: ${r.noChangeSeconds.toFixed(2)} s, ${(r.noChangeSeconds / r.loadSeconds).toFixed(3)} of the fresh load, ${r.noChangeSkipped ? 'skipped' : 'compared'})`}, ${(r.rows / r.loadSeconds).toFixed(0)} rows/s, RSS ${r.maxRssMb.toFixed(0)} MB, Neo4j heap ≤ ${(peak / 2 ** 20).toFixed(0)} MiB${links}${phases}`,
        );
      }
    }
  } finally {
    await db.close();
  }
  const ig = results.innograph;
  if (ig.length === 0) return;
  const ratio = (other: Round[], f: (xs: number[]) => number): string =>
    (f(ig.map((r) => r.loadSeconds)) / f(other.map((r) => r.loadSeconds))).toFixed(2);
  const row = (name: string, rs: Round[]): string =>
    `| ${name} | ${mmm(rs.map((r) => r.loadSeconds))} | ${mmm(
      rs.map((r) => r.rows / r.loadSeconds),
      0,
    )} | ${Math.max(...rs.map((r) => r.maxRssMb)).toFixed(0)} | ${Math.max(...rs.map((r) => r.heapMb)).toFixed(0)} |`;
  const anchors: [string, string, Round[]][] = [
    ["innograph seed, main's code (--main)", 'main', results.main],
    ['anchor: UNWIND $rows … CALL { … } IN TRANSACTIONS', 'UNWIND anchor', results.anchor],
    ['anchor: LOAD CSV … CALL { … } IN TRANSACTIONS', 'LOAD CSV anchor', results.csv],
  ];
  /** Ratios of innograph's round to the other's round, paired by round (the order alternates). */
  const perRound = (short: string, mine: Round[], other: Round[]): string => {
    const pairs = mine.flatMap((a) => {
      const b = other.find((o) => o.round === a.round);
      return b ? [[a, b] as const] : [];
    });
    const cpu = (r: Round): number =>
      r.cpuSeconds === undefined || r.neo4jCpuSeconds === undefined
        ? Number.NaN
        : r.cpuSeconds + r.neo4jCpuSeconds;
    const fmt = (xs: number[], digits = 2): string =>
      xs.some((x) => Number.isNaN(x)) ? '?' : mmm(xs, digits);
    const split = (rs: Round[]): string =>
      `${fmt(
        rs.map((r) => r.cpuSeconds ?? Number.NaN),
        1,
      )} + ${fmt(
        rs.map((r) => r.neo4jCpuSeconds ?? Number.NaN),
        1,
      )}`;
    return `| ${short} | ${fmt(pairs.map(([a, b]) => a.loadSeconds / b.loadSeconds))} (${pairs
      .map(([a, b]) => (a.loadSeconds / b.loadSeconds).toFixed(2))
      .join(', ')}) | ${fmt(pairs.map(([a, b]) => cpu(a) / cpu(b)))} | ${split(mine)} | ${split(other)} |`;
  };
  const present = anchors.filter(([, , rs]) => rs.length > 0);
  console.log(
    [
      '',
      `${label} (${manifest.entities} entities, ${manifest.relations + manifest.citedIn} relationships), ${rounds} rounds, min / median / max:`,
      '',
      '| load into an empty graph | wall time (s) | rows/s | loader peak RSS (MB) | Neo4j peak heap used (MiB) |',
      '|---|---|---|---|---|',
      row('innograph seed', ig),
      ...present.map(([name, , rs]) => row(name, rs)),
      ...present.map(
        ([, short, rs]) =>
          `| ratio innograph / ${short} (time) | ${ratio(rs, (xs) => Math.min(...xs))} / ${ratio(rs, median)} / ${ratio(rs, (xs) => Math.max(...xs))} | | | |`,
      ),
      '',
      'Per round (each contender of a round against innograph of the same round), min / median / max:',
      '',
      '| innograph over | wall time, per-round ratios | CPU (loader + Neo4j), per-round ratios | CPU s, innograph: loader + Neo4j (median) | CPU s, other: loader + Neo4j (median) |',
      '|---|---|---|---|---|',
      ...present.map(([, short, rs]) => perRound(short, ig, rs)),
      '',
      `validation (seed --check work, in the innograph rounds): ${mmm(ig.map((r) => r.validateSeconds))} s`,
      `a second load of the same seed, nothing changed: ${mmm(
        ig.map((r) => r.noChangeSeconds ?? Number.NaN),
        2,
      )} s (${ig.filter((r) => r.noChangeSkipped).length} of ${ig.length} skipped); over the round's fresh load ${mmm(
        ig.map((r) => (r.noChangeSeconds ?? Number.NaN) / r.loadSeconds),
        3,
      )}; per round: ${ig.map((r) => ((r.noChangeSeconds ?? Number.NaN) / r.loadSeconds).toFixed(3)).join(', ')}`,
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
