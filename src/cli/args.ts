/** Command-line options through node:util parseArgs, with mistakes said plainly (exit 2, no stack). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

/** A mistake on the command line: main prints it with a pointer to --help and exits 2. */
export class UsageError extends UserError {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(
        `${command}: ${err.message.replace(/\. To specify a positional argument.*$/s, '')}`,
      );
    throw e;
  }
}

/** An option's value through one of config/env.ts's parsers; a bad value is a UsageError. */
export function optionValue<T>(
  command: string,
  flag: string,
  raw: string,
  parse: (raw: string, name: string) => T,
): T {
  try {
    return parse(raw, flag);
  } catch (e) {
    if (e instanceof UserError) throw new UsageError(`${command}: ${e.message}`);
    throw e;
  }
}
