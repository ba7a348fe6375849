import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SEED_DIR = resolve(ROOT, 'seed');
export const CYPHER_DIR = resolve(ROOT, 'cypher');

/** Where the source documents live: `$INNOGRAPH_SOURCES`, else `../shared/seeds` beside the repo. */
export const sourcesDir = (): string =>
  resolve(process.env.INNOGRAPH_SOURCES ?? resolve(ROOT, '..', 'shared', 'seeds'));
