/**
 * The shared tools beside the sources (copied-text.mjs): `../shared/tools` beside the clone, or
 * `tools` beside `$INNOGRAPH_SOURCES` (the README lets a clone live anywhere with that set).
 * Undefined when neither exists: the test that needs it says so by being skipped.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, sourcesDir } from '../../src/config/paths.js';

export function sharedTool(name: string): string | undefined {
  return [join(ROOT, '..', 'shared', 'tools', name), resolve(sourcesDir(), '..', 'tools', name)].find((p) =>
    existsSync(p),
  );
}
