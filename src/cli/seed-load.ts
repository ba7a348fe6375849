import { openDatabase } from '../neo4j/driver.js';
import { countsByKindAndType, type Counters } from '../loader/load.js';
import { seedDatabase } from '../loader/seed.js';
import { formatProblem, type Problem } from '../seed/model.js';

const describe = (c: Counters): string =>
  Object.entries(c)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

const table = (m: Record<string, number>): string =>
  Object.entries(m)
    .map(([k, v]) => `  ${k.padEnd(22)} ${String(v).padStart(7)}`)
    .join('\n');

export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  // The first problem is the likeliest root cause (unreadable files come first): name it again
  // where the eye lands, after the list has scrolled by.
  const first = problems[0];
  process.stderr.write(
    `seed: ${problems.length} problem(s); nothing was written${problems.length > 1 && first ? `; start with the first: ${formatProblem(first)}` : ''}\n`,
  );
}

export interface SeedCliOptions {
  readonly dryRun: boolean;
  readonly reset: boolean;
  readonly dir?: string;
  readonly sources?: string;
  readonly batchSize?: number;
}

/** Validates and loads seed/ into the configured Neo4j, printing progress and a summary. */
export async function seedAndReport(opts: SeedCliOptions): Promise<number> {
  const db = openDatabase();
  try {
    const outcome = await seedDatabase(db, {
      ...opts,
      progress: (line) => process.stderr.write(`${line}\n`),
    });
    if (!outcome.ok) {
      printProblems(outcome.problems);
      return 1;
    }
    const { report } = outcome;
    if (report.unchanged) {
      process.stdout.write(
        `seed: ${outcome.entities} entities and ${outcome.relationships} relationships valid (${outcome.validateSeconds.toFixed(1)} s); unchanged: the graph holds this seed (its last complete load) and nothing was written to it since; ${report.dryRun ? 'would write' : 'wrote'} nothing in ${report.seconds.toFixed(1)} s\n`,
      );
      return 0;
    }
    const verb = report.dryRun ? 'would write' : 'wrote';
    const pruned =
      report.pruned.entities + report.pruned.relationships > 0
        ? `, ${report.dryRun ? 'would delete' : 'deleted'} ${report.pruned.entities} entities and ${report.pruned.relationships} relationships no longer in the seed`
        : '';
    process.stdout.write(
      `seed: ${outcome.entities} entities and ${outcome.relationships} relationships valid (${outcome.validateSeconds.toFixed(1)} s); ${verb} ${report.written.entities} entities, ${report.written.relationships} relationships, ${report.written.provenance} document links${pruned}${report.reset ? ' after reset' : ''} in ${report.seconds.toFixed(1)} s (${report.transactions} transactions)\n` +
        (report.repaired === undefined
          ? ''
          : `seed: ${report.dryRun ? 'would complete' : 'completed'} the load started at ${report.repaired}, which had not finished\n`) +
        `seed: counters${report.dryRun ? ' (predicted)' : ''}: ${describe(report.counters)}\n`,
    );
    if (report.dryRun) {
      process.stdout.write('seed: dry run: nothing was written\n');
      return 0;
    }
    const { byKind, byType } = await countsByKindAndType(db);
    process.stdout.write(
      `seed: nodes by kind\n${table(byKind)}\nseed: relationships by type\n${table(byType)}\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
