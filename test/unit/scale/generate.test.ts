import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/config/paths.js';
import { REL_TYPES } from '../../../src/ontology/ontology.js';
import { generateScale } from '../../../src/scale/generate.js';
import { checkSeed } from '../../../src/seed/index.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'innograph-gen-'));

describe('the synthetic national-scale generator', () => {
  const out = tmp();
  const m = generateScale({ factor: 2 }, out);

  it('writes seed data that validates against the sources it writes, with the counts it reports', () => {
    const { graph, problems } = checkSeed(m.seedDir, m.sourcesDir);
    expect(problems).toEqual([]);
    expect(graph?.entities.length).toBe(m.entities);
    expect(graph?.relations.length).toBe(m.relations);
    const pairs = new Set(
      graph?.entities
        .filter((e) => e.kind !== 'document')
        .flatMap((e) => e.cite.map((c) => `${e.id}|${c.doc}`)),
    );
    expect(pairs.size).toBe(m.citedIn);
  });

  it('scales the curated seed: twice its entities and relationships, every relationship type', () => {
    expect(m.entities).toBeGreaterThan(1200);
    expect(m.entities).toBeLessThan(1400);
    expect(m.relations).toBeGreaterThan(1800);
    expect(m.relations).toBeLessThan(1900);
    // Plan lineage (CONTINUES, between two documents' entities) is the one type not generated.
    for (const t of REL_TYPES.filter((x) => x !== 'CONTINUES')) expect(m.byType[t]).toBeGreaterThan(0);
  });

  it('skews degrees: hubs with far more links than the typical entity', () => {
    const top = m.topDegrees[0]?.degree ?? 0;
    const average = (2 * m.relations) / m.entities;
    expect(top).toBeGreaterThan(50 * average);
    // Documents are among the hubs: one is cited by a large share of the entities.
    expect(m.topDegrees.some((t) => t.id.startsWith('doc:') && t.degree > m.entities / 5)).toBe(true);
  });

  it('is deterministic: the same options write the same files', () => {
    const again = generateScale({ factor: 2 }, tmp());
    const read = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
        .sort();
    expect(read(again.seedDir)).toEqual(read(m.seedDir));
    expect(read(again.sourcesDir)).toEqual(read(m.sourcesDir));
  });

  it('sizes by relationships: about N in all, document links included', () => {
    const r = generateScale({ relationships: 20_000 }, tmp());
    const total = r.relations + r.citedIn;
    expect(total).toBeGreaterThan(19_000);
    expect(total).toBeLessThan(21_000);
  });

  it('copies no text from the five source documents', () => {
    const tool = join(ROOT, '..', 'shared', 'tools', 'copied-text.mjs');
    expect(() => execFileSync(process.execPath, [tool, out], { encoding: 'utf8' })).not.toThrow();
  });
});
