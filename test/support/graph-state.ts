/** Counting the graph, for tests that load synthetic data. */
import { countsByKindAndType } from '../../src/loader/load.js';
import type { Database } from '../../src/neo4j/driver.js';

/** Nodes by kind and relationships by type, as the generator's manifest lists them. */
export async function graphCounts(
  db: Database,
): Promise<{ byKind: Record<string, number>; byType: Record<string, number>; entities: number }> {
  const { byKind, byType } = await countsByKindAndType(db);
  return { byKind, byType, entities: Object.values(byKind).reduce((a, b) => a + b, 0) };
}
