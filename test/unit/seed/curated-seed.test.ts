import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourcesDir } from '../../../src/config/paths.js';
import {
  DESIGNATION_NAMES,
  DESIGNATIONS,
  REL_TYPES,
  RELATIONSHIPS,
  ROLES,
} from '../../../src/ontology/ontology.js';
import { checkSeed } from '../../../src/seed/index.js';
import { formatProblem } from '../../../src/seed/model.js';
import { squash } from '../../../src/seed/sources.js';
import { readFileSync } from 'node:fs';
import { sharedTool } from '../../support/shared-tools.js';

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

  const tool = sharedTool('copied-text.mjs');
  it.runIf(tool !== undefined)(
    'copies no long run of text from the sources (shared/tools/copied-text.mjs)',
    () => {
      const r = spawnSync(process.execPath, [tool ?? '', ROOT], { encoding: 'utf8' });
      expect(r.stdout).toContain('no run of');
      expect(r.status).toBe(0);
    },
  );

  const entity = (id: string) => graph?.entities.find((e) => e.id === id);
  const rels = (type: string) => graph?.relations.filter((r) => r.type === type) ?? [];
  const factOf = (id: string, doc: string) => entity(id)?.facts.find((f) => f.doc === doc);

  it('keeps `chain` for the chains the documents name; industries a place focuses on are `industry`', () => {
    const chains = graph?.entities.filter((e) => e.kind === 'chain').map((e) => e.name) ?? [];
    for (const industryWord of ['5G', '服装', '老字号', '石油化工', '风电装备'])
      expect(chains).not.toContain(industryWord);
    expect(chains).toEqual(
      expect.arrayContaining(['氢燃料电池产业链', '深部金属矿产开发产业链', '增材制造全产业链']),
    );
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
      expect(
        rels('LOCATED_IN').some((r) => r.from === z?.id && r.to === city),
        name,
      ).toBe(true);
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
    const core = rels('PART_OF').filter(
      (r) => r.role === 'core_area' && r.to === 'zone:shenyang-dalian-nidz',
    );
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
    expect(factOf('zone:shenyang-dalian-nidz', 'impl2015')).toMatchObject({
      status: 'planned',
      statusWord: '创建',
    });
    expect(factOf('zone:shenyang-dalian-nidz', 'plan14')).toMatchObject({
      status: 'existing',
      statusWord: '获批建设',
    });
    expect(factOf('ii:cas-clean-energy-institute', 'plan14')).toMatchObject({
      status: 'planned',
      statusWord: '加快建设',
    });
    expect(factOf('ii:cas-clean-energy-institute', 'dalian14')).toMatchObject({
      status: 'existing',
      statusWord: '组建',
    });
    expect(entity('ii:cas-clean-energy-institute')?.current.status).toBe('existing');
    expect(factOf('zone:shenfu-new-area', 'guide2020')?.status).toBe('unknown');
    expect(factOf('zone:fuxin-hitech-zone', 'impl2015')).toMatchObject({
      status: 'existing',
      level: 'national',
    });
  });

  it('links plan lineage from the later document to the earlier one, with a role', () => {
    const lineage = rels('CONTINUES');
    expect(lineage.length).toBeGreaterThanOrEqual(30);
    expect(lineage.every((r) => r.role !== undefined)).toBe(true);
    const pair = (from: string, to: string) => lineage.find((r) => r.from === from && r.to === to);
    expect(
      pair('chain:plan14-nuclear-power-equipment', 'chain:nuclear-power-equipment-industrial-chain'),
    ).toMatchObject({
      role: 'same',
      basis: 'stated',
    });
    expect(pair('rc:synl', 'lab:shenyang-materials-national-lab')).toMatchObject({
      role: 'renamed',
      basis: 'inferred',
    });
    expect(pair('dir:artificial-intelligence', 'chain:plan14-artificial-intelligence')?.role).toBe('same');
  });
});

describe('designations, sections and named ties in the curated seed', () => {
  const { graph } = checkSeed();
  const entities = graph?.entities ?? [];
  const entity = (id: string) => entities.find((e) => e.id === id);

  // Names that carry a class's words without being of that class: the collective 全省高新区, a
  // pilot zone inside the high-tech park, the park itself (园区 is not an industrial park), the academy.
  const NOT_OF_THE_CLASS: Record<string, string[]> = {
    high_tech_zone: ['zone:liaoning-high-tech-zones', 'zone:hitech-ip-services-pilot-zone'],
    industrial_park: ['zone:dalian-hi-tech-zone'],
    cas_institute: ['ri:cas'],
  };

  it('designates every entity whose name states a class (a class, not examples)', () => {
    const missing: string[] = [];
    for (const d of DESIGNATION_NAMES) {
      if (d === 'incubating') continue;
      const spec = DESIGNATIONS[d];
      for (const e of entities) {
        if (!(spec.kinds as readonly string[]).includes(e.kind)) continue;
        if ((NOT_OF_THE_CLASS[d] ?? []).includes(e.id)) continue;
        const named = spec.words.some((w) => [e.name, ...e.aliases].some((n) => new RegExp(w).test(n)));
        if (named && !(e.designations ?? []).includes(d)) missing.push(`${e.id} ${d}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never gives a relationship word as a status word (依托 says what relies on it, not its status)', () => {
    // review s23: 依托 was shown as the status word of four platforms the text relies on.
    const relationWords = new Set([
      ...REL_TYPES.map((t) => RELATIONSHIPS[t].zh),
      ...Object.values(ROLES).map((r) => r.zh),
    ]);
    expect(relationWords).toContain('依托');
    const wrong = [
      ...entities.map((e) => [e.id, e.statusWord] as const),
      ...entities.flatMap((e) => e.cite.map((c) => [`${e.id} ${c.doc} l.${c.line}`, c.statusWord] as const)),
    ].filter(([, w]) => w !== undefined && relationWords.has(w));
    expect(wrong).toEqual([]);
  });

  it('knows the zones, CAS institutes and 省部共建 laboratories a planner asks for', () => {
    const of = (d: string) =>
      entities
        .filter((e) => (e.designations ?? []).includes(d as never))
        .map((e) => e.id)
        .sort();
    expect(of('high_tech_zone')).toHaveLength(12);
    expect(of('cas_institute')).toEqual([
      'ii:cas-clean-energy-institute',
      'ii:cas-robotics-intelligent-manufacturing',
      'pb:cas-dandong-incubation-centre',
      'ri:cas-dicp',
      'ri:cas-iae',
      'ri:cas-imr',
      'ri:cas-sia',
    ]);
    expect(of('provincial_ministerial')).toHaveLength(4);
    // The four plan14 l.125 names, not their umbrella 辽宁实验室 (review s23).
    expect(of('liaoning_laboratory')).toEqual([
      'lab:liaoning-fine-chemicals-catalysis',
      'lab:liaoning-intelligent-manufacturing',
      'lab:liaoning-materials',
      'lab:liaoning-precision-manufacturing',
    ]);
    // The umbrella is the group of those four (plan14 l.123), not a fifth laboratory.
    expect(entity('grp:liaoning-laboratory')?.kind).toBe('platform_group');
    expect(entities.filter((e) => e.kind === 'laboratory' && e.name === '辽宁实验室')).toEqual([]);
    expect(of('national_innovation_demonstration_zone')).toEqual(['zone:shenyang-dalian-nidz']);
    expect(entity('zone:hitech-ip-services-pilot-zone')?.designations).toEqual(['pilot_zone']);
  });

  it('curates the structure of all five documents, and every citation lies in its section', () => {
    const docs = [...new Set((graph?.sections ?? []).map((s) => s.doc))].sort();
    expect(docs).toEqual(['dalian14', 'future2024', 'guide2020', 'impl2015', 'plan14']);
    const box = graph?.sections?.find((s) => s.doc === 'plan14' && s.path === '第四章/四/专栏3');
    expect(box).toMatchObject({ kind: 'box', label: '专栏3', fromLine: 183 });
  });

  it('gives every inferred or named relationship a Chinese reason and an English one', () => {
    const bad = (graph?.relations ?? [])
      .filter((r) => r.basis === 'inferred' || r.reason !== undefined)
      .filter((r) => !/\p{Script=Han}/u.test(r.reason ?? '') || (r.reasonEn ?? '') === '')
      .map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(bad).toEqual([]);
  });

  it('marks ties a name or heading states as named, with the words that state them', () => {
    const rel = (from: string, type: string, to: string) =>
      graph?.relations.find((r) => r.from === from && r.type === type && r.to === to);
    expect(rel('rc:dlut-intelligent-mfg-rc', 'FOCUSES_ON', 'field:intelligent-manufacturing')).toMatchObject({
      basis: 'named',
    });
    // Defect 6: platforms named after a field link the field the name states, besides a broader one.
    for (const [platform, field] of [
      ['tic:dl-digital-gas-turbine', 'field:gas-turbines'],
      ['tic:dl-industrial-intelligent-systems', 'dir:industrial-intelligence'],
      ['lab:dl-high-performance-precision-mfg', 'field:high-end-precision-manufacturing'],
      ['tic:shenyang-gas-turbine', 'field:gas-turbines'],
      ['tic:northern-japonica-rice-seed-platform', 'field:seed-industry'],
    ])
      expect(rel(platform ?? '', 'FOCUSES_ON', field ?? '')?.basis, `${platform} → ${field}`).toBe('named');
    expect(
      rel('lab:dl-high-performance-precision-mfg', 'FOCUSES_ON', 'field:advanced-manufacturing'),
    ).toBeDefined();
    const named = (graph?.relations ?? []).filter((r) => r.basis === 'named');
    expect(named.length).toBeGreaterThan(150);
    expect(named.every((r) => (r.words ?? '') !== '')).toBe(true);
  });
});

describe('named groups and the gaps of defect 8', () => {
  const { graph } = checkSeed();
  const rels = graph?.relations ?? [];
  const members = (group: string) =>
    rels
      .filter((r) => r.type === 'PART_OF' && r.to === group)
      .map((r) => r.from)
      .sort();
  const kindOf = (id: string) => graph?.entities.find((e) => e.id === id)?.kind;

  it('models the lists the text names as one, with the members its paragraph states', () => {
    expect(kindOf('grp:plan14-regional-featured-platforms')).toBe('platform_group');
    expect(members('grp:plan14-regional-featured-platforms')).toEqual([
      'pb:dandong-industrial-tech-innovation-incubation',
      'pb:dongdaihe-transfer-centre',
      'pb:panjin-pilot-base',
      'pb:songshan-lake-jinzhou-industrial-base',
    ]);
    expect(members('zone:shenyang-comprehensive-national-science-centre')).toEqual([
      'ii:cas-robotics-intelligent-manufacturing',
      'rc:synl',
      'tic:national-robotics-innovation-centre',
      'tic:shenyang-gas-turbine',
      'tic:shi-changxu-advanced-materials',
      'zone:hunnan-science-city',
    ]);
    expect(members('zone:dalian-northeast-asia-innovation-centre')).toHaveLength(10);
  });

  it('types umbrella headings as groups, not facilities', () => {
    expect(kindOf('grp:dalian-major-infrastructure-cluster')).toBe('platform_group');
    expect(members('grp:dalian-major-infrastructure-cluster')).toHaveLength(4);
  });

  it('ties the seed-industry platforms to 种业, a direction to its field, and knows 辽西', () => {
    const has = (from: string, type: string, to: string) =>
      rels.some((r) => r.from === from && r.type === type && r.to === to);
    expect(has('rc:modern-seed-industry-rd-centre', 'FOCUSES_ON', 'field:seed-industry')).toBe(true);
    expect(has('tic:northern-japonica-rice-seed-platform', 'FOCUSES_ON', 'field:seed-industry')).toBe(true);
    expect(has('dir:hydrogen-energy', 'FOCUSES_ON', 'field:hydrogen-energy-and-fuel-cells')).toBe(true);
    expect(kindOf('region:liaoxi')).toBe('region');
    for (const city of ['region:fuxin', 'region:chaoyang', 'region:huludao'])
      expect(has(city, 'PART_OF', 'region:liaoxi'), city).toBe(true);
  });
});
