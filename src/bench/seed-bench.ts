/**
 * Benchmark, not a test: `npm run bench:seed -- --factor N [--rounds R] [--batch-size B]`.
 * Loads the synthetic seed of `npm run gen:scale -- --factor N` into an empty graph with
 * `innograph seed`, and the same rows with Neo4j's own `UNWIND … CALL { … } IN TRANSACTIONS`
 * (the anchor), in alternating rounds; prints min/median/max of each, their ratio, rows/s,
 * the loaders' peak RSS and Neo4j's peak heap. It REPLACES the graph of the configured Neo4j.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../config/paths.js';
import { applySchema, clearGraph, countsByKindAndType, DEFAULT_BATCH_SIZE } from '../loader/load.js';
import { cypher } from '../neo4j/cypher-files.js';
import { openDatabase } from '../neo4j/driver.js';
import { ensureNeo4j } from '../neo4j/provision.js';
import { defaultScaleDir, generateScale, type ScaleManifest } from '../scale/generate.js';
import type { ChildResult } from './seed-child.js';

type Mode = 'innograph' | 'anchor';

interface Round extends ChildResult {
  readonly heapMb: number;
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const mmm = (xs: number[], digits = 1): string =>
  `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;

function runChild(mode: Mode, m: ScaleManifest, batch: number): Promise<ChildResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/bench/seed-child.ts'),
        `--mode=${mode}`,
        `--dir=${m.seedDir}`,
        `--sources=${m.sourcesDir}`,
        `--batch-size=${batch}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
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
      modes: { type: 'string', default: 'innograph,anchor' },
      rounds: { type: 'string', default: '3' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    },
  });
  const factor = Number(values.factor);
  const scale =
    values.relationships === undefined ? { factor } : { relationships: Number(values.relationships) };
  const label =
    values.relationships === undefined ? `factor ${factor}` : `${values.relationships} relationships`;
  const modes = values.modes.split(',').filter((x): x is Mode => x === 'innograph' || x === 'anchor');
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
  const results: Record<Mode, Round[]> = { innograph: [], anchor: [] };
  const derived: Partial<Record<Mode, number>> = {};
  try {
    for (let i = 0; i < rounds; i += 1) {
      const order = i % 2 === 0 ? modes : [...modes].reverse();
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
        const r = await runChild(mode, manifest, batch);
        sampling.on = false;
        await sampler;
        const { byKind, byType } = await countsByKindAndType(db);
        const nodes = Object.values(byKind).reduce((a, b) => a + b, 0);
        // Curated and CITED_IN as the manifest counts them; derived IN_REGION the same for both.
        const { IN_REGION: inRegion = 0, ...rest } = byType;
        const rels = Object.values(rest).reduce((a, b) => a + b, 0);
        derived[mode] = inRegion;
        if (
          nodes !== manifest.entities ||
          rels !== manifest.relations + manifest.citedIn ||
          (derived.innograph !== undefined &&
            derived.anchor !== undefined &&
            derived.innograph !== derived.anchor)
        )
          throw new Error(`${mode} left ${nodes} nodes and ${rels} relationships, not the expected counts`);
        results[mode].push({ ...r, heapMb: peak / 2 ** 20 });
        const links = r.citedInRates
          ? `; document links ${r.citedInRates.map((x) => x.toFixed(0)).join(' then ')} rows/s (first, second half)`
          : '';
        console.log(
          `round ${i + 1} ${mode.padEnd(9)} validate ${r.validateSeconds.toFixed(1)} s, load ${r.loadSeconds.toFixed(1)} s${r.noChangeSeconds === undefined ? '' : ` (again, nothing changed: ${r.noChangeSeconds.toFixed(1)} s)`}, ${(r.rows / r.loadSeconds).toFixed(0)} rows/s, RSS ${r.maxRssMb.toFixed(0)} MB, Neo4j heap ≤ ${(peak / 2 ** 20).toFixed(0)} MiB${links}`,
        );
      }
    }
  } finally {
    await db.close();
  }
  const ig = results.innograph;
  const an = results.anchor;
  if (ig.length === 0 || an.length === 0) return;
  const ratio = (f: (xs: number[]) => number): string =>
    (f(ig.map((r) => r.loadSeconds)) / f(an.map((r) => r.loadSeconds))).toFixed(2);
  const row = (name: string, rs: Round[]): string =>
    `| ${name} | ${mmm(rs.map((r) => r.loadSeconds))} | ${mmm(
      rs.map((r) => r.rows / r.loadSeconds),
      0,
    )} | ${Math.max(...rs.map((r) => r.maxRssMb)).toFixed(0)} | ${Math.max(...rs.map((r) => r.heapMb)).toFixed(0)} |`;
  console.log(
    [
      '',
      `${label} (${manifest.entities} entities, ${manifest.relations + manifest.citedIn} relationships), ${rounds} rounds, min / median / max:`,
      '',
      '| load into an empty graph | wall time (s) | rows/s | loader peak RSS (MB) | Neo4j peak heap used (MiB) |',
      '|---|---|---|---|---|',
      row('innograph seed', ig),
      row('anchor: UNWIND … CALL { … } IN TRANSACTIONS', an),
      `| ratio innograph / anchor (time) | ${ratio((xs) => Math.min(...xs))} / ${ratio(median)} / ${ratio((xs) => Math.max(...xs))} | | | |`,
      '',
      `validation (seed --check work, in the innograph rounds): ${mmm(ig.map((r) => r.validateSeconds))} s`,
      `a second load of the same seed, nothing changed: ${mmm(ig.map((r) => r.noChangeSeconds ?? Number.NaN))} s; over the round's fresh load ${mmm(
        ig.map((r) => (r.noChangeSeconds ?? Number.NaN) / r.loadSeconds),
        2,
      )}`,
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
