/**
 * Benchmark, not a test: seeds the configured Neo4j, serves the API on a free port and times
 * typical planner queries over HTTP. Prints figures; asserts nothing.
 *   npm run bench            (INNOGRAPH_BENCH_RUNS=50 by default)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { EXAMPLES } from '../graphql/examples.js';
import { silentLogger } from '../http/logger.js';
import { startApiServer } from '../http/server.js';
import { loadGraph } from '../loader/load.js';
import { openDatabase } from '../neo4j/driver.js';
import { ensureNeo4j } from '../neo4j/provision.js';
import { checkSeed } from '../seed/index.js';

const RUNS = Number(process.env.INNOGRAPH_BENCH_RUNS ?? 50);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const t0 = performance.now();
  const p = await ensureNeo4j((l) => {
    console.log(l);
  });
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Neo4j ${p.version} ${p.edition}`,
  );
  console.log(`neo4j ready after ${ms(performance.now() - t0)}`);

  const check0 = performance.now();
  const { graph } = checkSeed();
  if (!graph) throw new Error('seed is invalid: run `innograph seed --check`');
  console.log(
    `validate seed (${graph.entities.length} entities, ${graph.relations.length} relationships): ${ms(performance.now() - check0)}`,
  );

  const db = openDatabase(p.connection, { transactionTimeoutMs: 10_000, maxRetryTimeMs: 3000 });
  const reset = await loadGraph(db, graph, { reset: true });
  console.log(`load with --reset: ${ms(reset.seconds * 1000)}`);
  const again = await loadGraph(db, graph);
  console.log(`load again (no change, ${again.written.entities} written): ${ms(again.seconds * 1000)}`);

  const api = await startApiServer({ db, port: 0, log: silentLogger });
  try {
    console.log(`\nGraphQL over HTTP, ${RUNS} runs each after 3 warm-up runs (p50 / p95 / max):`);
    for (const ex of EXAMPLES) {
      const body = JSON.stringify({ query: ex.query, variables: ex.variables ?? {} });
      const once = async (): Promise<number> => {
        const s = performance.now();
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const json = (await res.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`${ex.title}: ${JSON.stringify(json.errors)}`);
        return performance.now() - s;
      };
      for (let i = 0; i < 3; i += 1) await once();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await once());
      console.log(
        `  ${ms(pct(times, 50)).padStart(9)} ${ms(pct(times, 95)).padStart(9)} ${ms(Math.max(...times)).padStart(9)}  ${ex.title}`,
      );
    }
  } finally {
    await api.close();
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
