/**
 * The command registry: `innograph <name>` runs `commands[name]`. A new command is a module
 * exporting a Command, plus one line here; `usage()` lists it.
 */
import { seedCommand } from './seed-command.js';
import { neo4jCommand } from './neo4j-command.js';
import { schemaCommand } from './schema-command.js';
import { serveCommand } from './serve-command.js';
import { upCommand } from './up-command.js';
import { ingestCommand } from './ingest-command.js';
import { reviewCommand } from './review-command.js';

export interface Command {
  readonly summary: string;
  /** Exit code: 0 done, 1 failed, 2 usage. Throw a UserError (or UsageError) to fail with a message. */
  run(args: string[]): Promise<number>;
}

export const commands: Readonly<Record<string, Command>> = {
  up: upCommand,
  neo4j: neo4jCommand,
  seed: seedCommand,
  serve: serveCommand,
  schema: schemaCommand,
  ingest: ingestCommand,
  review: reviewCommand,
};

export const usage = (): string =>
  [
    'usage: innograph <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
    '',
    'Run `innograph <command> --help` for its options.',
    '',
  ].join('\n');
