/**
 * The `paths` search is bounded by the work it does, not by the wall clock (issue 19): past its
 * bound it answers SEARCH_BUDGET_EXCEEDED whatever the machine's load, at the same bound every
 * time; within it, it answers what the unbounded statement answers, also while two processes
 * keep both cores busy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/neo4j/cypher-files.js';
import {
  boundedShortestPaths,
  EVERY_PATH,
  PathSearchBudgetError,
  type PathConditions,
  type Reader,
} from '../../src/repository/path-search.js';
import { codes, startTestApi, type TestApi } from '../support/api.js';
import { seedFresh } from '../support/seeded.js';

/** The work bound of the API started below: small enough that a 3-hop search passes it. */
const SMALL_BOUND = 5;

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 20) { length nodes { id } edges { source type target } }
}`;

const ALL: PathConditions = EVERY_PATH;

let api: TestApi | undefined;
let small: TestApi | undefined;
const live = (): TestApi => {
  if (!api) throw new Error('the API is not started (beforeAll failed?)');
  return api;
};

beforeAll(async () => {
  api = await startTestApi();
  small = await startTestApi({ pathsMaxNodes: SMALL_BOUND });
  await seedFresh(api.db);
});
afterAll(async () => {
  await small?.close();
  await api?.close();
});

/** A reader over the test database that counts the nodes the search's rounds reach. */
function countingReader(): { read: Reader; reached: () => number } {
  let nodes = 0;
  const read: Reader = async (name, params, options) => {
    const r = await live().db.read(cypher(name), params, options);
    if (name === 'api/paths-frontier') nodes += r.records.length;
    return r.records.map((rec) => rec.toObject());
  };
  return { read, reached: () => nodes };
}

/** Pairs of laboratories of the curated seed, in id order: ordinary questions. */
async function laboratoryPairs(n: number): Promise<[string, string][]> {
  const r = await live().db.read('MATCH (l:Laboratory) RETURN l.id AS id ORDER BY id LIMIT $n', {
    n: neo4j.int(n + 1),
  });
  const ids = r.records.map((rec) => String(rec.get('id')));
  return ids.slice(1).map((id, i) => [ids[i] ?? '', id]);
}

describe('paths: a work bound, not a clock', () => {
  it('answers SEARCH_BUDGET_EXCEEDED when the search reaches more nodes than its bound, every time', async () => {
    const vars = { from: 'lab:high-end-precision-manufacturing', to: 'region:shenyang', maxHops: 3 };
    const within = await live().gql<{ paths: unknown[] }>(PATHS, vars);
    expect(within.errors).toBeUndefined();
    for (let i = 0; i < 3; i += 1) {
      const r = await small?.gql(PATHS, vars);
      expect(codes(r ?? {})).toEqual(['SEARCH_BUDGET_EXCEEDED']);
      expect(r?.errors?.[0]?.message).toContain(`${SMALL_BOUND} nodes reached`);
    }
    // A question the small bound covers is answered, as by the API without it.
    const near = { from: 'lab:high-end-precision-manufacturing', to: 'uni:dlut', maxHops: 1 };
    const a = await small?.gql(PATHS, near);
    expect(a?.errors).toBeUndefined();
    expect(a?.data).toEqual((await live().gql(PATHS, near)).data);
  });

  it('passes exactly at the number of nodes the search reaches, and fails one below it', async () => {
    const [from, to] = [
      'lab:high-end-precision-manufacturing',
      'chain:marine-engineering-equipment-industrial-chain',
    ];
    const counted = countingReader();
    const want = await boundedShortestPaths(
      counted.read,
      { maxNodes: 1_000_000, safetyNetMs: 60_000 },
      from,
      to,
      3,
      ALL,
      10,
    );
    const reached = counted.reached();
    expect(want.length).toBeGreaterThan(0);
    expect(reached).toBeGreaterThan(1);
    const atBound = countingReader();
    expect(
      await boundedShortestPaths(
        atBound.read,
        { maxNodes: reached, safetyNetMs: 60_000 },
        from,
        to,
        3,
        ALL,
        10,
      ),
    ).toEqual(want);
    expect(atBound.reached()).toBe(reached);
    await expect(
      boundedShortestPaths(
        countingReader().read,
        { maxNodes: reached - 1, safetyNetMs: 60_000 },
        from,
        to,
        3,
        ALL,
        10,
      ),
    ).rejects.toBeInstanceOf(PathSearchBudgetError);
  });

  it('answers what the unbounded statement answers, for every pair of laboratories and bound', async () => {
    for (const [from, to] of await laboratoryPairs(12))
      for (const maxHops of [1, 2, 3, 4, 6]) {
        const want = await live().db.read(cypher(`api/shortest-paths-${maxHops}`), {
          from,
          to,
          ...ALL,
          limit: neo4j.int(25),
        });
        const got = await boundedShortestPaths(
          countingReader().read,
          { maxNodes: 1_000_000, safetyNetMs: 60_000 },
          from,
          to,
          maxHops,
          ALL,
          25,
        );
        expect(got, `${from} → ${to}, maxHops ${maxHops}`).toEqual(want.records.map((r) => r.toObject()));
      }
  });
});

/** A process that keeps one core busy until it is killed, or for `ms` at most. */
const cpuHog = (ms: number): ChildProcess =>
  spawn(process.execPath, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end) {}`], {
    stdio: 'ignore',
  });

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

describe('paths under load', () => {
  it('gives the same answers to maxHops-3 searches while two CPU hogs run', async () => {
    const pairs = await laboratoryPairs(10);
    const ask = async (): Promise<unknown[]> => {
      const answers: unknown[] = [];
      for (const [from, to] of pairs) {
        const r = await live().gql(PATHS, { from, to, maxHops: 3 });
        expect(r.status).toBe(200);
        answers.push({ codes: codes(r), data: r.data });
      }
      return answers;
    };
    const quiet = await ask();
    const answered = quiet as { codes: unknown[]; data: { paths: unknown[] } }[];
    expect(answered.every((a) => a.codes.length === 0)).toBe(true);
    expect(answered.some((a) => a.data.paths.length > 0)).toBe(true);
    // Bounded in time should the test die before it stops them.
    const hogs = [cpuHog(120_000), cpuHog(120_000)];
    try {
      await Promise.all(hogs.map((h) => new Promise((resolve) => h.once('spawn', resolve))));
      expect(await ask()).toEqual(quiet);
    } finally {
      for (const h of hogs) h.kill('SIGKILL');
      await Promise.all(hogs.map(exited));
    }
  });
});
