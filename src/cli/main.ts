#!/usr/bin/env node
/** innograph's single command line: `innograph <command> [options]`. */
import { commands, usage } from './commands.js';
import { UsageError } from './args.js';
import { checkEnvironment } from '../config/env.js';
import { UserError } from '../errors.js';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`innograph: unknown command "${name.slice(0, 40)}"\n\n${usage()}`);
    return 2;
  }
  // Every variable is checked before anything starts: one line per bad one.
  const problems = checkEnvironment();
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`innograph: ${p}\n`);
    process.stderr.write(
      'innograph: fix the environment variables above (see docs/operations.md, Configuration)\n',
    );
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // node:util parseArgs's own refusals (an unknown or malformed option) are usage errors too.
    const code = (err as { code?: unknown } | null)?.code;
    const parseError = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
    if (err instanceof UsageError || parseError) {
      const message = err instanceof Error ? err.message.split('. To specify')[0] : String(err);
      process.stderr.write(
        `innograph ${parseError ? `${process.argv[2] ?? ''}: ` : ''}${message}\nRun \`innograph ${process.argv[2] ?? ''} --help\` for its options.\n`,
      );
      process.exitCode = 2;
      return;
    }
    if (err instanceof UserError) process.stderr.write(`innograph: ${err.message}\n`);
    else
      process.stderr.write(
        `innograph: unexpected error (a bug; please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    process.exitCode = 1;
  },
);
