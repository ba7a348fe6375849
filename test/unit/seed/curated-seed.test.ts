import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourcesDir } from '../../../src/config/paths.js';
import { checkSeed } from '../../../src/seed/index.js';
import { formatProblem } from '../../../src/seed/model.js';
import { squash } from '../../../src/seed/sources.js';
import { readFileSync } from 'node:fs';

// The curated seed against the real source documents in ../shared/seeds.
describe('the curated seed', () => {
  const { graph, problems } = checkSeed();

  it('has no validation problem: every citation names a real line that names its entity', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(graph?.entities.length).toBeGreaterThan(500);
  });

  it('cites every one of the five documents', () => {
    const docs = new Set(graph?.entities.flatMap((e) => e.cite.map((c) => c.doc)));
    expect([...docs].sort()).toEqual(['dalian14', 'future2024', 'guide2020', 'impl2015', 'plan14']);
  });

  it('resolves the aliases the documents use for one institute to one node', () => {
    const dicp = graph?.entities.find((e) => e.id === 'ri:cas-dicp');
    expect(dicp?.name).toBe('中国科学院大连化学物理研究所');
    expect(dicp?.aliases).toEqual(expect.arrayContaining(['中科院大连化物所', '大连化物所']));
    const sia = graph?.entities.find((e) => e.id === 'ri:cas-sia');
    expect(sia?.aliases).toEqual(expect.arrayContaining(['中科院沈阳自动化所']));
  });

  it('keeps every evidence span short and verbatim', () => {
    const files = new Map(
      graph?.entities.filter((e) => e.kind === 'document').map((d) => [d.id.slice(4), d.file ?? '']),
    );
    const lines = new Map(
      [...files].map(([doc, f]) => [doc, readFileSync(join(sourcesDir(), f), 'utf8').split('\n')]),
    );
    const spans = [...(graph?.entities ?? []), ...(graph?.relations ?? [])]
      .flatMap((x) => x.cite)
      .filter((c) => c.span);
    expect(spans.length).toBeGreaterThan(100);
    for (const c of spans) {
      expect(Array.from(squash(c.span ?? '')).length).toBeLessThanOrEqual(40);
      expect(squash(lines.get(c.doc)?.[c.line - 1] ?? '')).toContain(squash(c.span ?? ''));
    }
  });

  const tool = join(ROOT, '..', 'shared', 'tools', 'copied-text.mjs');
  it.runIf(existsSync(tool))(
    'copies no long run of text from the sources (shared/tools/copied-text.mjs)',
    () => {
      const r = spawnSync(process.execPath, [tool, ROOT], { encoding: 'utf8' });
      expect(r.stdout).toContain('no run of');
      expect(r.status).toBe(0);
    },
  );
});
