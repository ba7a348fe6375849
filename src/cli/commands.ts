import { seedCommand } from './seed-command.js';
import { neo4jCommand } from './neo4j-command.js';

export interface Command {
  readonly summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> = {
  neo4j: neo4jCommand,
  seed: seedCommand,
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
