/** Helpers for tests that load synthetic data: empty the graph, count it. */
import neo4j from 'neo4j-driver';
import { countsByKindAndType } from '../../src/loader/load.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import type { Database } from '../../src/neo4j/driver.js';

/** Deletes every curated node and the unfinished-load mark, in batches. */
export async function clearGraph(db: Database): Promise<void> {
  for (;;) {
    const r = await db.write(cypher('load/reset-batch'), { batch: neo4j.int(5000) });
    if (Number(r.records[0]?.get('deleted') ?? 0) === 0) break;
  }
  await db.write(cypher('load/marker-end'));
}

/** Nodes by kind and relationships by type, as the generator's manifest lists them. */
export async function graphCounts(
  db: Database,
): Promise<{ byKind: Record<string, number>; byType: Record<string, number>; entities: number }> {
  const { byKind, byType } = await countsByKindAndType(db);
  return { byKind, byType, entities: Object.values(byKind).reduce((a, b) => a + b, 0) };
}
