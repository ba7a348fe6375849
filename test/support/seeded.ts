/** Loads the real seed into the run's Neo4j (reset first), once per test file. */
import type { Database } from '../../src/neo4j/driver.js';
import { testDatabase } from './db.js';
import { seedDatabase } from '../../src/loader/seed.js';

export async function seedFresh(db: Database): Promise<void> {
  const outcome = await seedDatabase(db, { reset: true });
  if (!outcome.ok) throw new Error(`seed is invalid: ${outcome.problems.length} problem(s)`);
}

/** Seeds the run's Neo4j afresh over a connection of its own, closed afterwards. */
export async function seedFreshGraph(): Promise<void> {
  const db = testDatabase();
  try {
    await seedFresh(db);
  } finally {
    await db.close();
  }
}
