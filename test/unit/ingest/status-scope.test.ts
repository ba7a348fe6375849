/**
 * What a status word is said of (s24 review H2, M6–M8): a box title's word designates the platform
 * an item opens with, never the host, partner or place the item's body names; institutions and
 * places take no status at all; the longest status word is the one written (获批建设, not 建设).
 * Every sentence here is written for the tests, about a fictional plan.
 */
import { describe, expect, it } from 'vitest';
import { entity, ingestText, smallGraph } from './support.js';

const graph = smallGraph([
  entity('zone:yingkou-hitech', 'zone', '营口高新区'),
  entity('region:yingkou', 'region', '营口市', ['营口']),
  entity('chain:magnesite', 'chain', '菱镁产业创新链'),
]);

const TEXT = [
  '营口市科技创新三年行动方案',
  '',
  '一、夯实创新基础',
  '',
  '近年来营口高新区持续壮大，已获批建设营口市海洋装备工程研究中心。',
  '',
  '二、建设创新平台',
  '',
  '专栏1 重点实验室（培育）',
  '',
  '1.海工装备防腐材料省重点实验室。依托东北大学建设，位于营口高新区。',
  '',
  '2.营口港航智能技术创新中心。由营口港务集团牵头，联合大连理工大学、大连海事大学共建，服务菱镁产业创新链。',
  '',
  '支持骨干企业争创国家和省级重点实验室。',
].join('\n');

describe('ingest: what a status word is said of', () => {
  const p = ingestText(TEXT, graph);
  const byName = (name: string) =>
    [...p.entities, ...p.ambiguous].find((e) => e.name === name) ??
    p.mentions.find((m) => m.as === name || m.id === name);

  it('gives the box title’s word to the platform an item opens with', () => {
    const lab = p.entities.find((e) => e.name === '海工装备防腐材料省重点实验室');
    expect(lab).toMatchObject({ status: 'planned', statusWord: '培育', level: 'provincial' });
  });

  it('gives no status to hosts, partners and places named in the item’s body', () => {
    for (const m of p.mentions)
      for (const c of m.cite) expect(c, `${m.id} line ${c.line}`).not.toHaveProperty('status');
    const enterprise = p.entities.find((e) => e.name === '营口港务集团');
    expect(enterprise?.status).toBe('unknown');
    expect(enterprise).not.toHaveProperty('statusWord');
    for (const c of enterprise?.cite ?? []) expect(c).not.toHaveProperty('status');
  });

  it('reads 获批建设 as built, not as the 建设 it ends with', () => {
    const centre = byName('营口市海洋装备工程研究中心');
    expect(centre).toMatchObject({ status: 'existing', statusWord: '获批建设' });
  });

  it('states the item’s partners, place and chain, never the verb glued to the chain', () => {
    const tic = p.entities.find((e) => e.name === '营口港航智能技术创新中心')?.id;
    const lab = p.entities.find((e) => e.name === '海工装备防腐材料省重点实验室')?.id;
    const rels = p.relations.map((r) => `${r.from} ${r.type} ${r.to} ${r.basis}`);
    expect(rels).toEqual(
      expect.arrayContaining([
        `${tic} CO_BUILT_WITH uni:dlut stated`,
        `${tic} CO_BUILT_WITH uni:dlmu stated`,
        `${tic} SERVES chain:magnesite stated`,
        `${lab} LOCATED_IN zone:yingkou-hitech stated`,
        `${lab} HOSTED_BY uni:neu stated`,
      ]),
    );
    expect(p.entities.map((e) => e.name)).not.toContain('服务菱镁产业创新链');
  });

  it('keeps a category a category and a bracketed status word out of the aliases', () => {
    const category = p.entities.find((e) => e.name === '国家和省级重点实验室');
    expect(category === undefined || category.confidence < 0.6).toBe(true);
    for (const e of p.entities) expect(e.aliases ?? [], e.name).not.toContain('培育');
  });
});
