/**
 * A loader in a process of its own, for the kill tests: seeds `--dir` (with `--sources`) into
 * the Neo4j named by NEO4J_URI in batches of `--batch-size` rows. With `--hold-at N` it stops
 * inside write transaction N, before the commit, prints "holding N", and goes on only when a
 * line arrives on stdin: the test kills it, or Neo4j, while it holds a transaction open.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { seedDatabase } from '../../src/loader/seed.js';
import { openDatabase } from '../../src/neo4j/driver.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      sources: { type: 'string' },
      'batch-size': { type: 'string', default: '50' },
      'hold-at': { type: 'string', default: '0' },
      reset: { type: 'boolean', default: false },
    },
  });
  const holdAt = Number(values['hold-at']);
  const lines = createInterface({ input: process.stdin });
  const nextLine = (): Promise<void> => new Promise((go) => lines.once('line', () => go()));
  // Retry a failed batch briefly: when Neo4j is gone, fail fast rather than wait 30 s.
  const db = openDatabase(undefined, { maxRetryTimeMs: 2000 });
  try {
    const outcome = await seedDatabase(db, {
      dir: values.dir,
      sources: values.sources,
      reset: values.reset,
      batchSize: Number(values['batch-size']),
      beforeCommit: async ({ transaction }) => {
        if (transaction !== holdAt) return;
        process.stdout.write(`holding ${transaction}\n`);
        await nextLine();
      },
    });
    process.stdout.write(outcome.ok ? 'loaded\n' : 'invalid\n');
    return outcome.ok ? 0 : 1;
  } finally {
    lines.close();
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`load-child: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
