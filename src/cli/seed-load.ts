import { openDatabase } from '../neo4j/driver.js';
import { loadGraph, countsByKindAndType, type Counters } from '../loader/load.js';
import type { Graph } from '../seed/model.js';

const describe = (c: Counters): string =>
  Object.entries(c)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

const table = (m: Record<string, number>): string =>
  Object.entries(m)
    .map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(5)}`)
    .join('\n');

export async function loadCommand(graph: Graph, opts: { dryRun: boolean; reset: boolean }): Promise<number> {
  const db = openDatabase();
  try {
    const report = await loadGraph(db, graph, {
      ...opts,
      progress: (line) => process.stderr.write(`${line}\n`),
    });
    const verb = report.dryRun ? 'would write' : 'wrote';
    process.stdout.write(
      `seed: ${verb} ${report.written.entities} entities, ${report.written.relationships} relationships, ${report.written.provenance} citations-to-document links${report.reset ? ' after reset' : ''} in ${report.seconds.toFixed(1)} s\n` +
        `seed: counters: ${describe(report.counters)}\n`,
    );
    if (report.dryRun) {
      process.stdout.write('seed: dry run: nothing was written\n');
      return 0;
    }
    const { byKind, byType } = await countsByKindAndType(db);
    process.stdout.write(`seed: nodes by kind\n${table(byKind)}\nseed: relationships by type\n${table(byType)}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
