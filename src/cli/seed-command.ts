import { checkSeed } from '../seed/index.js';
import { parseOptions } from './args.js';
import type { Command } from './commands.js';
import { printProblems, seedAndReport } from './seed-load.js';

const HELP = `usage: innograph seed [--check] [--dry-run] [--reset]

Validates seed/ against the ontology and the source documents, then loads it into Neo4j.
  --check     validate only; print every problem as file:line: message
  --dry-run   validate and show what would be written, without writing
  --reset     delete the whole graph before loading
`;

export const seedCommand: Command = {
  summary: 'validate seed/ and load it into Neo4j',
  async run(args) {
    const { values } = parseOptions('seed', args, {
      check: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.check) {
      const { graph, problems } = checkSeed();
      if (!graph) {
        printProblems(problems);
        return 1;
      }
      process.stdout.write(
        `seed: ${graph.entities.length} entities, ${graph.relations.length} relationships, no problems\n`,
      );
      return 0;
    }
    return seedAndReport({ dryRun: values['dry-run'], reset: values.reset });
  },
};
