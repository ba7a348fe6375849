/**
 * Loads the validated graph into Neo4j. Schema statements first (idempotent, each in its
 * own transaction, as Neo4j requires); then every data change in ONE write transaction,
 * in batches of parameterised UNWIND … MERGE, so a failure leaves nothing half-written.
 * A dry run does the same work in a transaction that is rolled back.
 */
import neo4j, { type ManagedTransaction, type QueryResult, type Transaction } from 'neo4j-driver';
import type { Database } from '../neo4j/driver.js';
import { cypher, cypherStatements } from '../neo4j/cypher-files.js';
import type { Graph } from '../seed/model.js';
import { KIND_LABELS, loadPlan } from './rows.js';

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export interface LoadReport {
  readonly dryRun: boolean;
  readonly reset: boolean;
  readonly counters: Counters;
  /** Rows whose content changed and were (or would be) written. */
  readonly written: {
    entities: number;
    relationships: number;
    provenance: number;
    regions: number;
    searchKeys: number;
  };
  readonly seconds: number;
}

export interface LoadOptions {
  readonly dryRun?: boolean;
  readonly reset?: boolean;
  readonly batchSize?: number;
  readonly progress?: (line: string) => void;
}

/** Counters of a load that changed nothing. */
export const zeroCounters = (): Counters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
});

function add(into: Counters, r: QueryResult): void {
  const u = r.summary.counters.updates();
  for (const k of Object.keys(into) as (keyof Counters)[]) into[k] += u[k];
}

export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema/constraints')) await db.write(statement);
  // The full-text index is populated asynchronously after creation; wait so searches see it.
  await db.read('CALL db.awaitIndexes(300)');
}

type Tx = ManagedTransaction | Transaction;

async function writeAll(
  tx: Tx,
  graph: Graph,
  opts: LoadOptions,
  counters: Counters,
): Promise<LoadReport['written']> {
  const plan = loadPlan(graph);
  const size = opts.batchSize ?? 500;
  const progress = opts.progress ?? (() => {});
  const written = { entities: 0, relationships: 0, provenance: 0, regions: 0, searchKeys: 0 };

  if (opts.reset) add(counters, await tx.run(cypher('load/reset')));

  const batches = async (
    what: keyof typeof written,
    query: string,
    rows: readonly unknown[],
    extra: Record<string, unknown> = {},
  ): Promise<void> => {
    for (let i = 0; i < rows.length; i += size) {
      const r = await tx.run(query, { rows: rows.slice(i, i + size), ...extra });
      add(counters, r);
      written[what] += Number(r.records[0]?.get('written') ?? 0);
      progress(`load: ${what} ${Math.min(i + size, rows.length)}/${rows.length}`);
    }
  };
  await batches('entities', cypher('load/upsert-entities'), plan.entities, { kindLabels: KIND_LABELS });
  await batches('relationships', cypher('load/upsert-relationships'), plan.relationships);
  await batches('provenance', cypher('load/upsert-provenance'), plan.provenance);
  await batches('regions', cypher('load/upsert-regions'), plan.regions);
  await batches('searchKeys', cypher('load/upsert-search-keys'), plan.searchKeys);
  add(counters, await tx.run(cypher('load/prune-entities'), { ids: plan.entities.map((e) => e.id) }));
  add(counters, await tx.run(cypher('load/prune-relationships'), { keys: plan.keys }));
  add(counters, await tx.run(cypher('load/prune-search-keys'), { ids: plan.searchKeys.map((k) => k.id) }));
  return written;
}

export async function loadGraph(db: Database, graph: Graph, opts: LoadOptions = {}): Promise<LoadReport> {
  const t0 = Date.now();
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    if (opts.dryRun) {
      const counters = zeroCounters();
      const tx = session.beginTransaction();
      try {
        const written = await writeAll(tx, graph, opts, counters);
        return {
          dryRun: true,
          reset: opts.reset ?? false,
          counters,
          written,
          seconds: (Date.now() - t0) / 1000,
        };
      } finally {
        await tx.rollback();
      }
    }
    await applySchema(db);
    // executeWrite may retry on a transient error: start from fresh counters each attempt.
    let counters = zeroCounters();
    const written = await session.executeWrite(async (tx) => {
      counters = zeroCounters();
      return writeAll(tx, graph, opts, counters);
    });
    await db.read('CALL db.awaitIndexes(300)');
    return {
      dryRun: false,
      reset: opts.reset ?? false,
      counters,
      written,
      seconds: (Date.now() - t0) / 1000,
    };
  } finally {
    await session.close();
  }
}

export async function countsByKindAndType(
  db: Database,
): Promise<{ byKind: Record<string, number>; byType: Record<string, number> }> {
  const toMap = (r: QueryResult): Record<string, number> =>
    Object.fromEntries(r.records.map((x) => [String(x.get('key')), Number(x.get('count'))]));
  return {
    byKind: toMap(await db.read(cypher('load/count-by-kind'))),
    byType: toMap(await db.read(cypher('load/count-by-type'))),
  };
}
