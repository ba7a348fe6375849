import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '../../../src/ontology/ontology.js';
import { generateScale } from '../../../src/scale/generate.js';
import { checkSeed } from '../../../src/seed/index.js';
import { regionMemberships } from '../../../src/semantics/regions.js';
import { sharedTool } from '../../support/shared-tools.js';

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
    expect(m.relations).toBeGreaterThan(1950);
    expect(m.relations).toBeLessThan(2100);
    for (const t of REL_TYPES) expect(m.byType[t], t).toBeGreaterThan(0);
    expect(m.byKind.industry).toBeGreaterThan(30);
  });

  it("exercises today's API: roles, lineage, per-citation status, abbreviations, placeholders", () => {
    const { graph } = checkSeed(m.seedDir, m.sourcesDir);
    if (!graph) throw new Error('invalid');
    const roles = new Set(graph.relations.flatMap((r) => (r.role ? [`${r.type}:${r.role}`] : [])));
    for (const role of ['RELIES_ON:key_reliance', 'RELIES_ON:key_support', 'PART_OF:core_area'])
      expect(roles, role).toContain(role);
    for (const role of ['same', 'renamed', 'split', 'merged', 'extended'])
      expect(roles, role).toContain(`CONTINUES:${role}`);
    expect(graph.relations.filter((r) => r.type === 'CONTINUES').every((r) => r.role !== undefined)).toBe(
      true,
    );
    expect(m.citationStatuses).toBeGreaterThan(0);
    const stated = graph.entities.flatMap((e) => e.cite.filter((c) => c.status !== undefined));
    expect(stated.length).toBe(m.citationStatuses);
    expect(graph.entities.filter((e) => e.abbreviations.length > 0)).toHaveLength(m.abbreviations);
    expect(m.abbreviations).toBeGreaterThan(0);
    const placeholders = graph.entities.filter((e) => e.placeholder);
    expect(placeholders).toHaveLength(m.placeholders);
    expect(placeholders.some((e) => e.kind === 'enterprise')).toBe(true);
    // Placeholders lead platforms, as 我省优势企业 does.
    const ids = new Set(placeholders.map((e) => e.id));
    expect(graph.relations.some((r) => r.type === 'LED_BY' && ids.has(r.to))).toBe(true);
    // Documents are dated: plan lineage runs from later to earlier ones.
    expect(graph.entities.filter((e) => e.kind === 'document').every((e) => e.date !== undefined)).toBe(true);
  });

  it('places zones by the region rule: some span two cities and pass no region on', () => {
    const { graph } = checkSeed(m.seedDir, m.sourcesDir);
    if (!graph) throw new Error('invalid');
    expect(m.spanningZones.length).toBeGreaterThan(0);
    const members = regionMemberships(graph);
    for (const z of m.spanningZones) {
      const cities = graph.relations.filter(
        (r) => r.from === z && r.type === 'LOCATED_IN' && r.to.startsWith('region:'),
      );
      expect(cities.length).toBe(2);
      // What lies only in a spanning zone is in no region through it.
      const inside = graph.relations.filter(
        (r) =>
          r.to === z &&
          r.type === 'LOCATED_IN' &&
          !graph.relations.some(
            (o) => o.from === r.from && o.to !== z && (o.type === 'LOCATED_IN' || o.type === 'PART_OF'),
          ),
      );
      for (const r of inside) expect(members.filter((x) => x.entity === r.from)).toEqual([]);
    }
    // A region hierarchy: districts in cities in provinces.
    expect(members.some((x) => x.entity.startsWith('zone:') && x.via !== x.region)).toBe(true);
  });

  it('keeps a long chain apart: its ends are the chain length apart', () => {
    const { graph } = checkSeed(m.seedDir, m.sourcesDir);
    if (!graph) throw new Error('invalid');
    expect(m.longChain.length).toBeGreaterThanOrEqual(8);
    const chain = new Set(m.longChain);
    // Every link of a chain industry but the first's one outside link is inside the chain.
    const outside = graph.relations.filter(
      (r) => (chain.has(r.from) || chain.has(r.to)) && !(chain.has(r.from) && chain.has(r.to)),
    );
    expect(outside.map((r) => (chain.has(r.from) ? r.from : r.to))).toEqual([m.longChain.at(-1)]);
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

  const tool = sharedTool('copied-text.mjs');
  it.runIf(tool !== undefined)('copies no text from the five source documents', () => {
    expect(() => execFileSync(process.execPath, [tool ?? '', out], { encoding: 'utf8' })).not.toThrow();
  });
});
