import { resolve } from 'node:path';
import { SEED_DIR, sourcesDir } from '../config/paths.js';
import { DEFAULT_BATCH_SIZE } from '../loader/load.js';
import { checkSeed } from '../seed/index.js';
import { parseOptions, UsageError } from './args.js';
import type { Command } from './commands.js';
import { printProblems, seedAndReport } from './seed-load.js';
import { nearDuplicateNames } from '../ingest/duplicates.js';
import { unplacedNamedPlaces } from '../seed/named-places.js';
import { unplacedCityPlatforms } from '../seed/city-plan-places.js';

const HELP = `usage: innograph seed [--check] [--dry-run] [--reset] [--dir DIR] [--sources DIR] [--batch-size N]

Validates seed/ against the ontology and the source documents, then loads it into Neo4j.
  --check         validate only; print every problem as file:line: message
  --dry-run       validate and show what would be written, without writing
  --reset         delete the whole graph before loading
  --dir DIR       seed folder to read instead of seed/ (e.g. one written by npm run gen:scale)
  --sources DIR   folder of the documents its citations point to (default $INNOGRAPH_SOURCES,
                  else ../shared/seeds)
  --batch-size N  rows per write transaction (default ${DEFAULT_BATCH_SIZE})

The load commits in transactions of N rows. If it is killed or fails part-way, the graph is
marked unfinished and the next run completes it; a run of an unchanged seed writes nothing.
When the seed is the one the last complete load wrote and nothing was committed to the
database since (Neo4j's bookmark says so), the load skips reading the graph altogether.
`;

export const seedCommand: Command = {
  summary: 'validate seed/ and load it into Neo4j',
  async run(args) {
    const { values } = parseOptions('seed', args, {
      check: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      dir: { type: 'string' },
      sources: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const dir = values.dir === undefined ? SEED_DIR : resolve(values.dir);
    const sources = values.sources === undefined ? sourcesDir() : resolve(values.sources);
    const batchSize = values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
      throw new UsageError(
        `seed: --batch-size must be an integer from 1 to 100000 (got "${values['batch-size']}")`,
      );
    if (values.check) {
      const t0 = Date.now();
      const { graph, problems } = checkSeed(dir, sources);
      if (!graph) {
        printProblems(problems);
        return 1;
      }
      // Warnings, not errors: two entities one variant apart (a city in front, 基地 after) may be one.
      for (const d of nearDuplicateNames(graph))
        process.stderr.write(`seed: warning: ${d.a} and ${d.b} may be one entity (both read as ${d.form})\n`);
      // Warnings too: a name that states its city (大连海洋大学) and no placement there (review s24, M3).
      for (const u of unplacedNamedPlaces(graph))
        process.stderr.write(
          `seed: warning: ${u.entity} (${u.name}) names ${u.words} but is not in ${u.region} (${u.regionName}); add a named LOCATED_IN citing a line that names it\n`,
        );
      // And a platform only a city's plan names, in no region of that city (review s25, M5).
      for (const u of unplacedCityPlatforms(graph))
        process.stderr.write(
          `seed: warning: ${u.entity} (${u.name}) is named only by ${u.document}, a plan of ${u.regionName}, but is not in ${u.region}; add an inferred LOCATED_IN citing its line\n`,
        );
      process.stdout.write(
        `seed: ${graph.entities.length} entities, ${graph.relations.length} relationships, no problems (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
      );
      return 0;
    }
    return seedAndReport({ dryRun: values['dry-run'], reset: values.reset, dir, sources, batchSize });
  },
};
