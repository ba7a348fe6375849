/**
 * `npm run bench:paths`: the bounded `paths` search (repository/path-search.ts) against the
 * statement `paths` ran before it (cypher/api/shortest-paths-N alone, under a generous timeout),
 * over the graph already in the configured Neo4j (load it first with `innograph seed`). Pairs of
 * laboratories, drawn deterministically (`--pairs`, `--seed`), and maxHops 1–6 (`--hops`): for
 * each question, whether the two answers are equal (same paths in the same order), the nodes the
 * bounded search reached and its rounds, and both wall times. Asserts nothing; prints a table.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { neo4jConnection } from '../config/neo4j.js';
import { cypher } from '../neo4j/cypher-files.js';
import { openDatabase } from '../neo4j/driver.js';
import {
  boundedShortestPaths,
  EVERY_PATH,
  DEFAULT_PATHS_MAX_NODES,
  PathSearchBudgetError,
  type PathConditions,
  type Reader,
} from '../repository/path-search.js';
import { rng } from '../scale/random.js';
import { percentile } from './http-load.js';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '40' },
    hops: { type: 'string', default: '3,4,6' },
    seed: { type: 'string', default: '7' },
    'max-nodes': { type: 'string', default: String(DEFAULT_PATHS_MAX_NODES) },
    'old-timeout-ms': { type: 'string', default: '60000' },
  },
});

const db = openDatabase(neo4jConnection(), { transactionTimeoutMs: 120_000, maxRetryTimeMs: 3000 });
try {
  const labs = (await db.read('MATCH (n:Laboratory) RETURN n.id AS id ORDER BY id')).records.map((r) =>
    String(r.get('id')),
  );
  const next = rng(Number(values.seed));
  const pairs: [string, string][] = [];
  while (pairs.length < Number(values.pairs) && labs.length > 1) {
    const a = labs[Math.floor(next() * labs.length)] ?? '';
    const b = labs[Math.floor(next() * labs.length)] ?? '';
    if (a !== b) pairs.push([a, b]);
  }
  const conditions: PathConditions = EVERY_PATH;
  const maxNodes = Number(values['max-nodes']);
  console.log(`${pairs.length} pairs of ${labs.length} laboratories; work bound ${maxNodes} nodes`);
  console.log(
    'maxHops | equal | differ | bounded: over its bound | old: timed out | nodes reached p50 / p99 / max | bounded ms p50 / max | old ms p50 / max',
  );
  for (const hops of values.hops.split(',').map(Number)) {
    let equal = 0;
    let differ = 0;
    let over = 0;
    let oldTimeouts = 0;
    const reached: number[] = [];
    const newMs: number[] = [];
    const oldMs: number[] = [];
    for (const [from, to] of pairs) {
      let nodes = 0;
      const read: Reader = async (name, params, options) => {
        const r = await db.read(cypher(name), params, options);
        if (name === 'api/paths-frontier') nodes += r.records.length;
        return r.records.map((rec) => rec.toObject());
      };
      const params = { from, to, ...conditions, limit: neo4j.int(10) };
      let t = performance.now();
      let bounded: unknown;
      try {
        bounded = await boundedShortestPaths(
          read,
          { maxNodes, safetyNetMs: 600_000 },
          from,
          to,
          hops,
          conditions,
          10,
        );
      } catch (e) {
        if (!(e instanceof PathSearchBudgetError)) throw e;
        bounded = 'over';
        over += 1;
      }
      newMs.push(performance.now() - t);
      reached.push(nodes);
      t = performance.now();
      let old: unknown;
      try {
        old = (
          await db.read(cypher(`api/shortest-paths-${hops}`), params, {
            timeoutMs: Number(values['old-timeout-ms']),
          })
        ).records.map((rec) => rec.toObject());
      } catch {
        old = 'timeout';
        oldTimeouts += 1;
      }
      oldMs.push(performance.now() - t);
      if (bounded === 'over' || old === 'timeout') continue;
      if (JSON.stringify(bounded) === JSON.stringify(old)) equal += 1;
      else {
        differ += 1;
        console.log(`  differ: ${from} → ${to} maxHops ${hops}`);
      }
    }
    const f = (xs: number[], p: number) => percentile(xs, p).toFixed(0);
    console.log(
      `${hops} | ${equal} | ${differ} | ${over} | ${oldTimeouts} | ${f(reached, 50)} / ${f(reached, 99)} / ${Math.max(...reached)} | ${f(newMs, 50)} / ${Math.max(...newMs).toFixed(0)} | ${f(oldMs, 50)} / ${Math.max(...oldMs).toFixed(0)}`,
    );
  }
} finally {
  await db.close();
}
