/**
 * One timed load for `npm run bench:seed`, in a process of its own so that its peak RSS is
 * its own: `innograph` validates and loads with the loader; `anchor` runs Neo4j's batched
 * `UNWIND … CALL { … } IN TRANSACTIONS` on the loader's own rows (rows.ts), built before the
 * clock starts; `csv` writes those rows as CSV files the local Neo4j reads (before the clock)
 * and runs `LOAD CSV … CALL { … } IN TRANSACTIONS` on them (seed-csv.ts). Prints one JSON line.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadGraph } from '../loader/load.js';
import { KIND_LABELS, loadPlan } from '../loader/rows.js';
import { cypher } from '../neo4j/cypher-files.js';
import { openDatabase } from '../neo4j/driver.js';
import { localServerSettings } from '../config/neo4j.js';
import { checkSeed } from '../seed/index.js';
import { fileUrl, SEP, writeCsvAnchor, type CsvTable } from './seed-csv.js';

export interface ChildResult {
  readonly validateSeconds: number;
  readonly loadSeconds: number;
  readonly rows: number;
  readonly maxRssMb: number;
  /** CPU seconds (user + system) of this process over the timed load alone. */
  readonly cpuSeconds: number;
  /** innograph only: the same seed loaded again over the graph it just wrote (writes nothing). */
  readonly noChangeSeconds?: number;
  /** innograph only: whether that second load skipped everything (unchanged.ts's proof held). */
  readonly noChangeSkipped?: boolean;
  /** csv only: the anchor cannot run (Neo4j is not the local server, whose files it writes). */
  readonly skipped?: string;
  /** innograph only: document links per second in the first and the second half of them. */
  readonly citedInRates?: readonly [number, number];
  /**
   * When each phase was done, in seconds from the start of the load: for innograph, when its last
   * batch committed as its progress reports it ('setup': the schema, state, derived facts and the
   * mark; the search keys are written beside the other phases); for csv, the end of its statement.
   */
  readonly phases?: Readonly<Record<string, number>>;
}

/** Rows per second of the batches before and after the middle of a phase's progress. */
function halves(marks: readonly { t: number; n: number }[]): [number, number] | undefined {
  const last = marks.at(-1);
  if (!last || marks.length < 4) return undefined;
  const mid = marks.find((m) => m.n >= last.n / 2) ?? last;
  const first = marks[0] ?? last;
  return [(mid.n - first.n) / (mid.t - first.t), (last.n - mid.n) / (last.t - mid.t)];
}

/** When each phase was done, from the loader's progress lines, each stamped when it arrived. */
function phaseEnds(start: number, lines: readonly { t: number; line: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { t, line } of lines) {
    const m = /^load: (\w+) \d+(?:\/\d+)? written$/.exec(line);
    const phase = line.startsWith('load: the graph holds') ? 'setup' : m?.[1];
    if (phase !== undefined) out[phase] = (t - start) / 1000;
  }
  return out;
}

/** CPU seconds (user + system) this process spent since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string' },
      dir: { type: 'string' },
      sources: { type: 'string' },
      'batch-size': { type: 'string' },
    },
  });
  const batch = neo4j.int(Number(values['batch-size']));
  const t0 = performance.now();
  const { graph, problems } = checkSeed(values.dir, values.sources);
  if (!graph) throw new Error(`invalid seed: ${problems.length} problem(s)`);
  const validateSeconds = (performance.now() - t0) / 1000;
  const db = openDatabase();
  try {
    let loadSeconds: number;
    let cpuSeconds: number;
    let rows: number;
    let citedInRates: readonly [number, number] | undefined;
    let noChangeSeconds: number | undefined;
    let noChangeSkipped: boolean | undefined;
    let phases: Record<string, number> | undefined;
    let cpu0 = process.cpuUsage();
    if (values.mode === 'innograph') {
      const t1 = performance.now();
      const marks: { t: number; n: number }[] = [];
      const lines: { t: number; line: string }[] = [];
      const report = await loadGraph(db, graph, {
        batchSize: batch.toNumber(),
        progress: (line) => {
          lines.push({ t: performance.now(), line });
          const m = /^load: provenance (\d+)\//.exec(line);
          if (m) marks.push({ t: performance.now() / 1000, n: Number(m[1]) });
        },
      });
      const end = performance.now();
      cpuSeconds = cpuSince(cpu0);
      loadSeconds = (end - t1) / 1000;
      phases = phaseEnds(t1, lines);
      rows = Object.values(report.written).reduce((a, b) => a + b, 0);
      citedInRates = halves(marks);
      // Again, over the graph just written: reads the hashes, compares, writes nothing.
      const t2 = performance.now();
      const again = await loadGraph(db, graph, { batchSize: batch.toNumber() });
      noChangeSeconds = (performance.now() - t2) / 1000;
      noChangeSkipped = again.unchanged;
      if (again.transactions !== 0) throw new Error(`a second load wrote ${again.transactions} transactions`);
    } else if (values.mode === 'csv') {
      if (!db.connection.local) {
        process.stdout.write(
          `${JSON.stringify({ validateSeconds, loadSeconds: 0, rows: 0, maxRssMb: 0, skipped: 'NEO4J_URI is set: the LOAD CSV anchor writes its files where the local Neo4j reads them' })}\n`,
        );
        return;
      }
      // Written into the local server's home, which it reads absolute file URLs from.
      const dir = join(localServerSettings().dir, 'bench-csv');
      const files = writeCsvAnchor(loadPlan(graph), dir);
      const session = db.driver.session({ database: db.connection.database });
      phases = {};
      const times = phases;
      let t1 = performance.now();
      const run = async (phase: string, name: string, t: CsvTable): Promise<void> => {
        await session.run(cypher(name), { url: fileUrl(t.path), batch, sep: SEP, ...t.types });
        times[phase] = (performance.now() - t1) / 1000;
      };
      try {
        t1 = performance.now();
        cpu0 = process.cpuUsage();
        await run('entities', 'bench/anchor-csv-entities', files.entities);
        await run('relationships', 'bench/anchor-csv-relationships', files.relationships);
        await run('provenance', 'bench/anchor-csv-relationships', files.provenance);
        await run('regions', 'bench/anchor-csv-relationships', files.regions);
        await run('searchKeys', 'bench/anchor-csv-search-keys', files.searchKeys);
        loadSeconds = (performance.now() - t1) / 1000;
        cpuSeconds = cpuSince(cpu0);
      } finally {
        await session.close();
        rmSync(dir, { recursive: true, force: true });
      }
      const tables: CsvTable[] = [
        files.entities,
        files.relationships,
        files.provenance,
        files.regions,
        files.searchKeys,
      ];
      rows = tables.reduce((n, t) => n + t.rows, 0);
    } else {
      const plan = loadPlan(graph);
      const session = db.driver.session({ database: db.connection.database });
      try {
        const t1 = performance.now();
        cpu0 = process.cpuUsage();
        // Auto-commit transactions: CALL { } IN TRANSACTIONS commits on its own.
        await session.run(cypher('bench/anchor-entities'), {
          rows: plan.entities,
          batch,
          kindLabels: KIND_LABELS,
        });
        await session.run(cypher('bench/anchor-relationships'), { rows: plan.relationships, batch });
        await session.run(cypher('bench/anchor-provenance'), { rows: plan.provenance, batch });
        await session.run(cypher('bench/anchor-regions'), { rows: plan.regions, batch });
        await session.run(cypher('bench/anchor-search-keys'), { rows: plan.searchKeys, batch });
        loadSeconds = (performance.now() - t1) / 1000;
        cpuSeconds = cpuSince(cpu0);
      } finally {
        await session.close();
      }
      rows =
        plan.entities.length +
        plan.relationships.length +
        plan.provenance.length +
        plan.regions.length +
        plan.searchKeys.length;
    }
    const result: ChildResult = {
      validateSeconds,
      loadSeconds,
      rows,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      cpuSeconds,
      ...(citedInRates ? { citedInRates } : {}),
      ...(phases ? { phases } : {}),
      ...(noChangeSeconds === undefined ? {} : { noChangeSeconds, noChangeSkipped }),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
