import { join } from 'node:path';
import { getFileInfo } from 'prettier';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';

const ignored = async (file: string): Promise<boolean> =>
  (await getFileInfo(join(ROOT, file), { ignorePath: join(ROOT, '.prettierignore') })).ignored;

describe('.prettierignore (D22)', () => {
  it('skips the curated seed data only, not the code that reads it or its tests', async () => {
    expect(await ignored('seed/plan14/platforms.yaml')).toBe(true);
    expect(await ignored('src/seed/read.ts')).toBe(false);
    expect(await ignored('test/unit/seed/validation.test.ts')).toBe(false);
  });
});
