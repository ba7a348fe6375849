/**
 * Seed problems put the root cause first (issue 20, item 5): a file that cannot be read (a
 * YAML syntax error) comes before the dozens of follow-on problems it causes elsewhere, and the
 * summary line names it again.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { printProblems } from '../../../src/cli/seed-load.js';
import { SEED_DIR } from '../../../src/config/paths.js';
import { checkSeed } from '../../../src/seed/index.js';

describe('seed problems', () => {
  it('lists a YAML syntax error in documents.yaml before the unknown documents it causes', () => {
    const seed = join(mkdtempSync(join(tmpdir(), 'innograph-root-cause-')), 'seed');
    cpSync(SEED_DIR, seed, { recursive: true });
    const file = join(seed, 'documents.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('entities:', 'entities: [\n'));
    const { graph, problems } = checkSeed(seed);
    expect(graph).toBeUndefined();
    expect(problems.length).toBeGreaterThan(10);
    expect(problems[0]?.file).toBe('seed/documents.yaml');

    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      lines.push(String(s));
      return true;
    });
    try {
      printProblems(problems);
    } finally {
      spy.mockRestore();
    }
    expect(lines[0]).toMatch(/^seed\/documents\.yaml:\d+: /);
    expect(lines.at(-1)).toMatch(/nothing was written; start with the first: seed\/documents\.yaml:\d+: /);
  });
});
