/**
 * The seeding flow shared by the CLI and the tests: validate everything, then load only
 * when there is no problem at all.
 */
import type { Database } from '../neo4j/driver.js';
import { checkSeed } from '../seed/index.js';
import type { Problem } from '../seed/model.js';
import { loadGraph, type LoadOptions, type LoadReport } from './load.js';

export type SeedOutcome =
  | { readonly ok: false; readonly problems: Problem[] }
  | {
      readonly ok: true;
      readonly report: LoadReport;
      readonly entities: number;
      readonly relationships: number;
      readonly validateSeconds: number;
    };

export async function seedDatabase(
  db: Database,
  options: LoadOptions & { readonly dir?: string; readonly sources?: string } = {},
): Promise<SeedOutcome> {
  const t0 = Date.now();
  const { graph, problems } = checkSeed(options.dir, options.sources);
  if (!graph) return { ok: false, problems };
  const validateSeconds = (Date.now() - t0) / 1000;
  const report = await loadGraph(db, graph, options);
  return {
    ok: true,
    report,
    entities: graph.entities.length,
    relationships: graph.relations.length,
    validateSeconds,
  };
}
