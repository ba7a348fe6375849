import { ensureNeo4j } from '../neo4j/provision.js';
import { checkSeed } from '../seed/index.js';
import { parseOptions } from './args.js';
import type { Command } from './commands.js';
import { printProblems, seedAndReport } from './seed-load.js';
import { serveUntilSignal } from './serve-command.js';

const HELP = `usage: innograph up

The main job: provision Neo4j (the local one unless NEO4J_URI is set), validate and load
seed/ into it, then serve the explorer and the GraphQL API until Ctrl-C (--no-serve: stop after seeding).
`;

export const upCommand: Command = {
  summary: 'the main job: provision Neo4j, seed it, serve the API and the explorer',
  async run(args) {
    const { values } = parseOptions('up', args, {
      help: { type: 'boolean', short: 'h', default: false },
      'no-serve': { type: 'boolean', default: false },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const log = (line: string): void => {
      process.stdout.write(`${line}\n`);
    };
    // Validate before starting anything: bad data should fail fast and write nothing.
    const { problems } = checkSeed();
    if (problems.length > 0) {
      printProblems(problems);
      return 1;
    }
    const p = await ensureNeo4j(log);
    log(
      `neo4j: ready: ${p.connection.uri} (Neo4j ${p.version} ${p.edition}, database "${p.connection.database}")`,
    );
    const code = await seedAndReport({ dryRun: false, reset: false });
    if (code !== 0) return code;
    log(`up: the graph is in Neo4j at ${p.connection.uri} (stop the local server: \`npm run neo4j:stop\`)`);
    if (values['no-serve']) return 0;
    return serveUntilSignal();
  },
};
