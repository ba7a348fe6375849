import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySchema,
  countsByKindAndType,
  loadGraph,
  unfinishedLoad,
  zeroCounters,
} from '../../src/loader/load.js';
import { loadPlan } from '../../src/loader/rows.js';
import { seedDatabase } from '../../src/loader/seed.js';
import { currentBookmark } from '../../src/loader/unchanged.js';
import { regionMemberships } from '../../src/semantics/regions.js';
import { checkSeed } from '../../src/seed/index.js';
import type { Graph } from '../../src/seed/model.js';
import { testDatabase } from '../support/db.js';
import { INVALID_SEEDS } from '../support/invalid-seeds.js';
import { seedFixture, VALID } from '../support/seed-fixture.js';
import { seedFresh } from '../support/seeded.js';

const tally = (xs: string[]): Record<string, number> => {
  const m: Record<string, number> = {};
  for (const x of xs) m[x] = (m[x] ?? 0) + 1;
  return m;
};

/** Everything that identifies the curated graph's state: counts and every content hash. */
async function snapshot(db: ReturnType<typeof testDatabase>): Promise<unknown> {
  const r = await db.read(
    `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m:Entity)
     WITH n, r, m ORDER BY n.id, type(r), m.id
     WITH n, collect(type(r) + '>' + m.id + ':' + coalesce(r.hash, '')) AS rs
     RETURN collect([n.id, n.hash, rs]) AS s`,
  );
  return r.records[0]?.get('s');
}

/**
 * Every property and label of the loaded graph: entities, every relationship out of an entity or
 * a section, search keys and sections, in a fixed order. Finer than `snapshot`: a property the
 * hash does not cover (or the hash itself) written differently shows up here.
 */
async function fullSnapshot(db: ReturnType<typeof testDatabase>): Promise<unknown> {
  const r = await db.read(
    `CALL () {
       MATCH (n) WHERE n:Entity OR n:SearchKey OR n:Section
       WITH n ORDER BY n.id
       RETURN collect([labels(n), properties(n)]) AS nodes
     }
     CALL () {
       MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Section) AND (b:Entity OR b:Section)
       WITH a, r, b ORDER BY a.id, type(r), b.id
       RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels
     }
     RETURN nodes, rels`,
  );
  const rec = r.records[0];
  const sortedLabels = (xs: unknown): unknown =>
    (xs as [string[], unknown][]).map(([labels, props]) => [[...labels].sort(), props]);
  return { nodes: sortedLabels(rec?.get('nodes')), rels: rec?.get('rels') as unknown };
}

describe('loading the seed into Neo4j', () => {
  const db = testDatabase();
  let graph: Graph;

  beforeAll(async () => {
    const checked = checkSeed();
    expect(checked.problems).toEqual([]);
    graph = checked.graph as Graph;
    await seedFresh(db);
  });
  afterAll(() => db.close());

  it('writes one node per entity and one relationship per curated relation, by kind and type', async () => {
    const { byKind, byType } = await countsByKindAndType(db);
    expect(byKind).toEqual(tally(graph.entities.map((e) => e.kind)));
    const { CITED_IN: cited, IN_REGION: inRegion, ...curated } = byType;
    expect(curated).toEqual(tally(graph.relations.map((r) => r.type)));
    // Derived region membership: one IN_REGION per membership the region rule finds.
    expect(inRegion).toBe(regionMemberships(graph).length);
    // Provenance: one CITED_IN per (entity, document) pair.
    const pairs = new Set(
      graph.entities
        .filter((e) => e.kind !== 'document')
        .flatMap((e) => e.cite.map((c) => `${e.id}|${c.doc}`)),
    );
    expect(cited).toBe(pairs.size);
  });

  it('stores labels, citations and provenance a planner can read back', async () => {
    const r = await db.read(
      `MATCH (n:Entity {id: 'lab:high-end-precision-manufacturing'})-[c:CITED_IN]->(d:Document)
       RETURN labels(n) AS labels, n.citations AS citations, n.docs AS docs, d.id AS doc, c.lines AS lines`,
    );
    const rec = r.records[0]?.toObject() as {
      labels: string[];
      citations: string;
      docs: string[];
      doc: string;
      lines: number[];
    };
    expect(rec.labels.sort()).toEqual(['Entity', 'Laboratory', 'Platform']);
    expect(rec.doc).toBe('doc:plan14');
    expect(rec.lines).toContain(143);
    expect(JSON.parse(rec.citations)).toContainEqual(expect.objectContaining({ doc: 'plan14', line: 143 }));
  });

  it('writes each document’s sections, their nesting, and where each entity is cited', async () => {
    const r = await db.read(
      `MATCH (s:Section) WITH count(s) AS sections
       MATCH (:Section)-[w:WITHIN]->(:Section) WITH sections, count(w) AS within
       MATCH (:Section)-[o:SECTION_OF]->(:Document) WITH sections, within, count(o) AS sectionOf
       MATCH (:Entity {id: 'lab:new-energy-aircraft'})-[c:CITED_IN_SECTION]->(s:Section)
       RETURN sections, within, sectionOf, collect([s.path, c.lines]) AS cited`,
    );
    // Counts come back as driver integers (or numbers): Number() reads either.
    const rec = r.records[0]?.toObject() as {
      sections: unknown;
      within: unknown;
      sectionOf: unknown;
      cited: [string, unknown[]][];
    };
    const sections = graph.sections ?? [];
    expect(Number(rec.sections)).toBe(sections.length);
    expect(Number(rec.sectionOf)).toBe(sections.length);
    expect(Number(rec.within)).toBe(sections.filter((s) => s.path.includes('/')).length);
    // The innermost section of the cited line and every section above it.
    expect(Object.fromEntries(rec.cited.map(([p, l]) => [p, l.map(Number)]))).toEqual({
      第四章: [135],
      '第四章/二': [135],
      '第四章/二/专栏1': [135],
      '第四章/二/专栏1/1': [135],
    });
  });

  it('changes nothing on a second load', async () => {
    const before = await snapshot(db);
    const report = await loadGraph(db, graph);
    expect(report.written).toEqual({
      entities: 0,
      relationships: 0,
      provenance: 0,
      regions: 0,
      searchKeys: 0,
      sections: 0,
      sectionLinks: 0,
    });
    expect(report.counters).toEqual(zeroCounters());
    expect(await snapshot(db)).toEqual(before);
  });

  /** Loads until a load finds the graph unchanged (at most twice: a first load may have to prove it). */
  async function loadUntilUnchanged(): Promise<void> {
    for (let i = 0; i < 3; i += 1) if ((await loadGraph(db, graph)).unchanged) return;
    throw new Error('three loads of the same seed in a row never found the graph unchanged');
  }

  it('skips a load of the seed the graph holds when nothing was written since, and commits nothing', async () => {
    await loadGraph(db, graph);
    const before = await snapshot(db);
    const position = await currentBookmark(db);
    const report = await loadGraph(db, graph);
    expect(report.unchanged).toBe(true);
    expect(report.transactions).toBe(0);
    expect(report.counters).toEqual(zeroCounters());
    // Not one transaction was committed: the database stands where it stood.
    expect(await currentBookmark(db)).toBe(position);
    expect(await snapshot(db)).toEqual(before);
    // A dry run says the same.
    expect((await loadGraph(db, graph, { dryRun: true })).unchanged).toBe(true);
  });

  it('repairs a property edited by hand after a complete load (the hash left as it was)', async () => {
    await loadUntilUnchanged();
    const name = async (): Promise<unknown> =>
      (await db.read(`MATCH (a:Entity {id: 'uni:dlut'}) RETURN a.name AS name`)).records[0]?.get('name');
    const kept = await name();
    await db.write(`MATCH (a:Entity {id: 'uni:dlut'}) SET a.name = 'edited by hand'`);
    await db.write(
      `MATCH (:Entity {id: 'lab:high-end-precision-manufacturing'})-[c:CITED_IN]->() SET c.lines = [1]`,
    );
    await db.write(`MATCH (k:SearchKey) WITH k LIMIT 1 SET k.source = 'edited by hand'`);
    const report = await loadGraph(db, graph);
    expect(report.unchanged).toBe(false);
    expect(report.written).toEqual(
      expect.objectContaining({ entities: 1, provenance: 1, searchKeys: 1, relationships: 0 }),
    );
    expect(await name()).toBe(kept);
    // Repaired, and proven again: the next load skips.
    expect((await loadGraph(db, graph)).unchanged).toBe(true);
  });

  it('loads a changed seed file even when nothing was written to the graph since', async () => {
    await loadUntilUnchanged();
    const changed: Graph = {
      ...graph,
      entities: graph.entities.map((e) =>
        e.id === 'uni:dlut' ? { ...e, nameEn: 'Changed in the seed' } : e,
      ),
    };
    const report = await loadGraph(db, changed);
    expect(report.unchanged).toBe(false);
    expect(report.written.entities).toBe(1);
    const r = await db.read(`MATCH (a:Entity {id: 'uni:dlut'}) RETURN a.nameEn AS nameEn`);
    expect(r.records[0]?.get('nameEn')).toBe('Changed in the seed');
    // Back to the seed: written again, not skipped.
    const back = await loadGraph(db, graph);
    expect(back.unchanged).toBe(false);
    expect(back.written.entities).toBe(1);
  });

  it('never takes a graph marked unfinished as complete', async () => {
    await loadUntilUnchanged();
    // The mark alone, as a load killed right after beginning leaves it.
    await db.write(
      `MERGE (m:InnographLoad {key: 'seed'}) SET m.firstStartedAt = datetime(), m.startedAt = datetime()`,
    );
    const report = await loadGraph(db, graph);
    expect(report.unchanged).toBe(false);
    expect(report.repaired).toEqual(expect.any(String));
    expect(await unfinishedLoad(db)).toBeUndefined();
  });

  it('reports a dry run without writing anything', async () => {
    const before = await snapshot(db);
    const report = await loadGraph(db, graph, { dryRun: true, reset: true });
    expect(report.dryRun).toBe(true);
    // Entities, their search keys and the document sections are deleted and written again.
    const nodes = graph.entities.length + loadPlan(graph).searchKeys.length + (graph.sections?.length ?? 0);
    expect(report.counters.nodesDeleted).toBe(nodes);
    expect(report.counters.nodesCreated).toBe(nodes);
    expect(await snapshot(db)).toEqual(before);
  });

  it('prunes what is no longer in the seed and repairs what was edited', async () => {
    const before = await snapshot(db);
    await db.write(`CREATE (:Entity {id: 'lab:stray', name: 'stray'})`);
    await db.write(
      `MATCH (a:Entity {id: 'uni:dlut'}), (b:Entity {id: 'uni:neu'}) CREATE (a)-[:PART_OF {basis: 'stated'}]->(b)`,
    );
    await db.write(`MATCH (a:Entity {id: 'uni:dlut'}) SET a.name = 'edited', a.hash = 'x'`);
    const report = await loadGraph(db, graph);
    expect(report.counters.nodesDeleted).toBe(1);
    expect(report.counters.relationshipsDeleted).toBe(1);
    expect(report.written.entities).toBe(1);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rebuilds the same graph after --reset', async () => {
    const before = await snapshot(db);
    const report = await loadGraph(db, graph, { reset: true });
    expect(report.reset).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes the same graph by the create path (a fresh load) as by the upsert path (rows rewritten)', async () => {
    // Into an empty graph every row takes create-*.cypher (lean rows, the hash inside the properties).
    await loadGraph(db, graph, { reset: true });
    const created = await fullSnapshot(db);
    // A stored hash that differs makes the diff rewrite the element with upsert-*.cypher: a few
    // of every kind of node and every type of relationship (all of them take minutes here).
    await db.write(
      `MATCH (n) WHERE n:Entity OR n:Section
       WITH coalesce(n.kind, 'section') AS kind, collect(n)[0..5] AS ns
       UNWIND ns AS n SET n.hash = 'stale'`,
    );
    await db.write(
      `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Section) AND (b:Entity OR b:Section)
       WITH type(r) AS type, collect(r)[0..5] AS rs
       UNWIND rs AS r SET r.hash = 'stale'`,
    );
    const rewritten = await loadGraph(db, graph);
    const { entities, relationships, provenance, regions, sections, sectionLinks } = rewritten.written;
    for (const n of [entities, relationships, provenance, regions, sections, sectionLinks])
      expect(n).toBeGreaterThan(0);
    expect(rewritten.counters.nodesCreated).toBe(0);
    expect(rewritten.counters.relationshipsCreated).toBe(0);
    expect(await fullSnapshot(db)).toEqual(created);
  }, 300_000);

  it('predicts in a dry run exactly the counters of the load', async () => {
    const dryReset = await loadGraph(db, graph, { dryRun: true, reset: true });
    const reset = await loadGraph(db, graph, { reset: true });
    expect(dryReset.counters).toEqual(reset.counters);
    expect(dryReset.written).toEqual(reset.written);
    // Strays, edits (content, extra properties, a kind label), a deleted relationship.
    await db.write(`CREATE (:Entity {id: 'lab:stray', name: 'stray'})`);
    await db.write(
      `MATCH (a:Entity {id: 'uni:dlut'}), (b:Entity {id: 'uni:neu'}) CREATE (a)-[:PART_OF {basis: 'stated'}]->(b)`,
    );
    await db.write(
      `MATCH (a:Entity {id: 'uni:dlut'}) SET a.name = 'edited', a.extra = 1, a.hash = 'x' REMOVE a:University SET a:Laboratory`,
    );
    await db.write(
      `MATCH (:Entity {id: 'lab:high-end-precision-manufacturing'})-[r:CITED_IN]->() SET r.hash = 'x'`,
    );
    await db.write(`MATCH ()-[r:HOSTED_BY]->() WITH r LIMIT 1 SET r.hash = 'x', r.extra = 2`);
    await db.write(`MATCH ()-[r:LOCATED_IN]->() WITH r LIMIT 1 DELETE r`);
    const dry = await loadGraph(db, graph, { dryRun: true });
    const real = await loadGraph(db, graph);
    expect(real.counters.nodesDeleted).toBe(1);
    expect(dry.counters).toEqual(real.counters);
    expect(dry.written).toEqual(real.written);
    expect(dry.pruned).toEqual(real.pruned);
  });

  it('marks a load that stops part-way, and the next run completes it', async () => {
    const before = await snapshot(db);
    const stopAt5 = ({ transaction }: { transaction: number }): void => {
      if (transaction === 5) throw new Error('stopped at the 5th transaction');
    };
    await expect(
      loadGraph(db, graph, { reset: true, batchSize: 100, beforeCommit: stopAt5 }),
    ).rejects.toThrow('stopped at the 5th transaction');
    expect(await unfinishedLoad(db)).toEqual(expect.any(String));
    expect(await snapshot(db)).not.toEqual(before);
    const repair = await loadGraph(db, graph, { batchSize: 100 });
    expect(repair.unchanged).toBe(false);
    expect(repair.repaired).toEqual(expect.any(String));
    expect(await unfinishedLoad(db)).toBeUndefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates only the schema it lacks: a dropped index again, and nothing at all when all exist', async () => {
    await db.write('DROP INDEX entity_level');
    await applySchema(db);
    const r = await db.read(`SHOW INDEXES YIELD name, state WHERE name = 'entity_level' RETURN state`);
    expect(r.records.map((x) => String(x.get('state')))).toEqual(['ONLINE']);
    const before = await currentBookmark(db);
    await applySchema(db);
    expect(await currentBookmark(db)).toBe(before);
  });

  it('writes nothing when any seed file is invalid', async () => {
    const before = await snapshot(db);
    // A valid file plus one bad citation: the valid part must not be loaded either.
    const dir = seedFixture({
      'a.yaml': VALID,
      'b.yaml':
        'entities:\n  - { id: uni:x, kind: university, name: 某大学, cite: [{ doc: plan14, line: 1, section: x }] }\n',
    });
    const outcome = await seedDatabase(db, { dir });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems.map((p) => p.message)).toEqual([
        'uni:x cite[0]: plan14 line 1 contains neither the name nor an alias (某大学)',
      ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each(INVALID_SEEDS)(
    'writes nothing for an invalid seed (%s) and reports its problems',
    async (_rule, files, expected) => {
      const before = await snapshot(db);
      const outcome = await seedDatabase(db, { dir: seedFixture(files) });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.problems).toHaveLength(expected.length);
      expect(await snapshot(db)).toEqual(before);
    },
  );
});
