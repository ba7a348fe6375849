/**
 * Kill tests at a small factor of the synthetic national-scale data: the loader process, or
 * Neo4j itself, is killed with a write transaction open; the graph then shows exactly the
 * batches committed before, carries the unfinished-load mark, and the next run brings it to
 * exactly the expected counts (and a run after that writes nothing).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localServerSettings } from '../../src/config/neo4j.js';
import { ROOT } from '../../src/config/paths.js';
import { clearGraph, unfinishedLoad, zeroCounters } from '../../src/loader/load.js';
import { seedDatabase } from '../../src/loader/seed.js';
import { startLocalServer } from '../../src/neo4j/local/server.js';
import { generateScale, type ScaleManifest } from '../../src/scale/generate.js';
import { checkSeed } from '../../src/seed/index.js';
import { regionMemberships } from '../../src/semantics/regions.js';
import { testDatabase } from '../support/db.js';
import { graphCounts } from '../support/graph-state.js';

const BATCH = 50;
const connection = inject('neo4j');

/** The loader of test/support/load-child.ts, and a way to wait for what it prints. */
function startLoader(m: ScaleManifest, args: string[]) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'test/support/load-child.ts'),
      `--dir=${m.seedDir}`,
      `--sources=${m.sourcesDir}`,
      `--batch-size=${BATCH}`,
      ...args,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: connection.database,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return {
    child,
    exited,
    stderr: () => err,
    /** Resolves once stdout shows `text`; fails if the loader exits first. */
    async waitFor(text: string): Promise<void> {
      for (;;) {
        if (out.includes(text)) return;
        const gone = await Promise.race([
          exited.then(() => true),
          new Promise((r) => setTimeout(r, 50, false)),
        ]);
        if (gone && !out.includes(text)) throw new Error(`loader exited before "${text}": ${out}${err}`);
      }
    },
  };
}

/** Local test server, as the global setup starts it (only when NEO4J_URI is not set). */
const settings = localServerSettings({
  ...process.env,
  INNOGRAPH_NEO4J_DIR: process.env.INNOGRAPH_TEST_NEO4J_DIR ?? '.neo4j/test',
  INNOGRAPH_NEO4J_PORT: process.env.INNOGRAPH_TEST_NEO4J_PORT ?? '17687',
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a load killed part-way is completed by the next run', () => {
  const db = testDatabase();
  let m: ScaleManifest;
  // The manifest's counts, with the IN_REGION links the region rule derives from the seed.
  let inRegion = 0;
  const expected = (): {
    byKind: Record<string, number>;
    byType: Record<string, number>;
    entities: number;
  } => ({
    byKind: m.byKind,
    byType: inRegion > 0 ? { ...m.byType, IN_REGION: inRegion } : m.byType,
    entities: m.entities,
  });
  const relationships = (byType: Record<string, number>): number =>
    Object.values(byType).reduce((a, b) => a + b, 0);

  /** The next run repairs the graph to exactly the seed; the run after it writes nothing. */
  async function expectRepairedByNextRun(): Promise<void> {
    const repair = await seedDatabase(db, { dir: m.seedDir, sources: m.sourcesDir, batchSize: BATCH });
    expect(repair.ok).toBe(true);
    if (repair.ok) expect(repair.report.repaired).toEqual(expect.any(String));
    expect(await graphCounts(db)).toEqual(expected());
    expect(await unfinishedLoad(db)).toBeUndefined();
    const again = await seedDatabase(db, { dir: m.seedDir, sources: m.sourcesDir, batchSize: BATCH });
    expect(again.ok && again.report.counters).toEqual(zeroCounters());
    expect(again.ok && again.report.transactions).toBe(0);
  }

  beforeAll(() => {
    m = generateScale({ factor: 0.5 }, mkdtempSync(join(tmpdir(), 'innograph-kill-')));
    const { graph } = checkSeed(m.seedDir, m.sourcesDir);
    if (!graph) throw new Error('the generated seed is invalid');
    inRegion = regionMemberships(graph).length;
    // Enough entities for several batches before the one that is held open.
    expect(m.entities).toBeGreaterThan(5 * BATCH);
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('loader process killed (SIGKILL) with its 4th transaction open', async () => {
    await clearGraph(db);
    const loader = startLoader(m, ['--hold-at=4']);
    await loader.waitFor('holding 4');
    loader.child.kill('SIGKILL');
    await loader.exited;
    // Exactly the three committed batches of entities are there, and the mark.
    expect((await graphCounts(db)).entities).toBe(3 * BATCH);
    expect(await unfinishedLoad(db)).toEqual(expect.any(String));
    await expectRepairedByNextRun();
  });

  it('loader process killed (SIGKILL) during --reset of a loaded graph', async () => {
    await clearGraph(db);
    expect((await seedDatabase(db, { dir: m.seedDir, sources: m.sourcesDir })).ok).toBe(true);
    const loader = startLoader(m, ['--reset', '--hold-at=2']);
    await loader.waitFor('holding 2');
    loader.child.kill('SIGKILL');
    await loader.exited;
    // The reset's first batch (relationships, five times the batch size) was committed.
    const counts = await graphCounts(db);
    expect(counts.entities).toBe(m.entities);
    expect(relationships(counts.byType)).toBe(relationships(expected().byType) - 5 * BATCH);
    expect(await unfinishedLoad(db)).toEqual(expect.any(String));
    await expectRepairedByNextRun();
  });

  it.skipIf(!connection.local)(
    'Neo4j killed (SIGKILL) while the loader holds its 4th transaction open',
    async () => {
      await clearGraph(db);
      const loader = startLoader(m, ['--hold-at=4']);
      await loader.waitFor('holding 4');
      const { pid } = JSON.parse(readFileSync(join(settings.dir, 'neo4j.pid.json'), 'utf8')) as {
        pid: number;
      };
      process.kill(pid, 'SIGKILL');
      while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
      // Let the loader commit: it cannot, retries that one batch briefly, and fails.
      loader.child.stdin.write('go\n');
      expect(await loader.exited).toBe(3);
      expect(loader.stderr()).toMatch(/load-child: /);
      await startLocalServer(settings);
      // Recovery keeps the three committed batches and drops the open one.
      expect((await graphCounts(db)).entities).toBe(3 * BATCH);
      expect(await unfinishedLoad(db)).toEqual(expect.any(String));
      await expectRepairedByNextRun();
    },
    300_000,
  );
});
