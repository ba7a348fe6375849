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
    const lines = new Map([...files].map(([doc, f]) => [doc, readFileSync(join(sourcesDir(), f), 'utf8').split('\n')]));
    const spans = [...(graph?.entities ?? []), ...(graph?.relations ?? [])].flatMap((x) => x.cite).filter((c) => c.span);
    expect(spans.length).toBeGreaterThan(100);
    for (const c of spans) {
      expect(Array.from(squash(c.span ?? '')).length).toBeLessThanOrEqual(40);
      expect(squash(lines.get(c.doc)?.[c.line - 1] ?? '')).toContain(squash(c.span ?? ''));
    }
  });

  const tool = join(ROOT, '..', 'shared', 'tools', 'copied-text.mjs');
  it.runIf(existsSync(tool))('copies no long run of text from the sources (shared/tools/copied-text.mjs)', () => {
    const r = spawnSync(process.execPath, [tool, ROOT], { encoding: 'utf8' });
    expect(r.stdout).toContain('no run of');
    expect(r.status).toBe(0);
  });

  const entity = (id: string) => graph?.entities.find((e) => e.id === id);
  const rels = (type: string) => graph?.relations.filter((r) => r.type === type) ?? [];
  const factOf = (id: string, doc: string) => entity(id)?.facts.find((f) => f.doc === doc);

  it('keeps `chain` for the chains the documents name; industries a place focuses on are `industry`', () => {
    const chains = graph?.entities.filter((e) => e.kind === 'chain').map((e) => e.name) ?? [];
    for (const industryWord of ['5G', '服装', '老字号', '石油化工', '风电装备']) expect(chains).not.toContain(industryWord);
    expect(chains).toEqual(expect.arrayContaining(['氢燃料电池产业链', '深部金属矿产开发产业链', '增材制造全产业链']));
    expect(entity('ind:5g')?.kind).toBe('industry');
    expect(rels('FOCUSES_ON').some((r) => r.from === 'region:xigang' && r.to === 'ind:5g')).toBe(true);
    expect(rels('LOCATED_IN').some((r) => r.from.startsWith('ind:'))).toBe(false);
  });

  it('curates the high-tech zones the documents list only in enumerations, each in its city', () => {
    const zones: [string, string][] = [
      ['抚顺高新区', 'region:fushun'],
      ['丹东高新区', 'region:dandong'],
      ['盘锦高新区', 'region:panjin'],
      ['朝阳高新区', 'region:chaoyang'],
      ['阜新高新区', 'region:fuxin'],
      ['鞍山高新区', 'region:anshan'],
      ['营口高新区', 'region:yingkou'],
      ['本溪高新区', 'region:benxi'],
      ['锦州高新区', 'region:jinzhou'],
    ];
    for (const [name, city] of zones) {
      const z = graph?.entities.find((e) => e.name === name);
      expect(z?.kind, name).toBe('zone');
      expect(rels('LOCATED_IN').some((r) => r.from === z?.id && r.to === city), name).toBe(true);
    }
  });

  it('gives every RELIES_ON the role its line says, except the robot chain (支持…建立, no role word)', () => {
    const noRole = rels('RELIES_ON').filter((r) => r.role === undefined);
    expect(noRole.map((r) => r.from)).toEqual([
      'chain:industrial-and-special-robot-industrial-chain',
      'chain:industrial-and-special-robot-industrial-chain',
    ]);
    const support = rels('RELIES_ON').filter((r) => r.role === 'key_support');
    expect([...new Set(support.flatMap((r) => r.cite.map((c) => c.line)))].sort()).toEqual([23, 24, 31]);
    const core = rels('PART_OF').filter((r) => r.role === 'core_area' && r.to === 'zone:shenyang-dalian-nidz');
    expect(core.map((r) => r.from).sort()).toEqual([
      'zone:dalian-hi-tech-zone',
      'zone:jinpu-new-area',
      'zone:shenyang-hitech-zone',
    ]);
  });

  it('marks the stand-ins for unnamed actors and platforms as placeholders', () => {
    expect(entity('ent:unnamed-leading-enterprise')?.placeholder).toBe(true);
    expect(entity('uni:dlut')?.placeholder).toBe(false);
  });

  it('states what each document says of a platform or zone', () => {
    expect(factOf('zone:shenyang-dalian-nidz', 'impl2015')).toMatchObject({ status: 'planned', statusWord: '创建' });
    expect(factOf('zone:shenyang-dalian-nidz', 'plan14')).toMatchObject({ status: 'existing', statusWord: '获批建设' });
    expect(factOf('ii:cas-clean-energy-institute', 'plan14')).toMatchObject({ status: 'planned', statusWord: '加快建设' });
    expect(factOf('ii:cas-clean-energy-institute', 'dalian14')).toMatchObject({ status: 'existing', statusWord: '组建' });
    expect(entity('ii:cas-clean-energy-institute')?.current.status).toBe('existing');
    expect(factOf('zone:shenfu-new-area', 'guide2020')?.status).toBe('unknown');
    expect(factOf('zone:fuxin-hitech-zone', 'impl2015')).toMatchObject({ status: 'existing', level: 'national' });
  });

  it('links plan lineage from the later document to the earlier one, with a role', () => {
    const lineage = rels('CONTINUES');
    expect(lineage.length).toBeGreaterThanOrEqual(30);
    expect(lineage.every((r) => r.role !== undefined)).toBe(true);
    const pair = (from: string, to: string) => lineage.find((r) => r.from === from && r.to === to);
    expect(pair('chain:plan14-nuclear-power-equipment', 'chain:nuclear-power-equipment-industrial-chain')).toMatchObject({
      role: 'same',
      basis: 'stated',
    });
    expect(pair('rc:synl', 'lab:shenyang-materials-national-lab')).toMatchObject({ role: 'renamed', basis: 'inferred' });
    expect(pair('dir:artificial-intelligence', 'chain:plan14-artificial-intelligence')?.role).toBe('same');
  });
});
