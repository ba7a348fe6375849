import { describe, expect, it } from 'vitest';
import { entity, ingestText, names, smallGraph } from '../support.js';

describe('chain rules', () => {
  it('a list item opening with a chain name', () => {
    const p = ingestText('--冷链物流装备产业链。重点依托大连理工大学等单位，开发冷链装备。');
    expect(p.entities.find((e) => e.name === '冷链物流装备产业链')?.rules).toContain('chain-items');
  });

  it('a list sharing one chain suffix, each item cited where it stands', () => {
    const p = ingestText('重点建设镁质材料、冷链物流、海洋药物等\n\n产业创新链，提升产业水平。');
    expect(names(p)).toEqual(
      expect.arrayContaining(['镁质材料产业创新链', '冷链物流产业创新链', '海洋药物产业创新链']),
    );
    expect(p.entities.find((e) => e.name === '海洋药物产业创新链')?.cite[0]).toMatchObject({
      line: 1,
      span: '海洋药物',
    });
  });

  it('a chain list that only frames the work is trusted less', () => {
    const p = ingestText('围绕整车、电堆、储氢瓶等产业链，开展技术攻关。');
    for (const e of p.entities.filter((x) => x.kind === 'chain')) expect(e.confidence).toBeLessThan(0.6);
  });

  it('the industries a district develops; an industry the graph has as a field stays that field', () => {
    const graph = smallGraph([entity('region:xg', 'region', '西岗区')]);
    const p = ingestText('支持西岗区重点围绕软件外包、新材料、动漫游戏等新兴产业发展。', graph);
    expect(names(p)).toEqual(expect.arrayContaining(['软件外包', '动漫游戏']));
    expect(p.mentions.find((m) => m.id === 'field:new-materials')).toBeDefined();
  });

  it('the province’s chain groups in quotes', () => {
    const p = ingestText('科技赋能改造升级“老字号”，培育壮大“新字号”。');
    expect(names(p)).toEqual(expect.arrayContaining(['老字号', '新字号']));
  });

  it('a chain word that modifies what follows names nothing', () => {
    const p = ingestText('建立从田间到餐桌全产业链的追溯体系。');
    expect(p.entities.filter((e) => e.kind === 'chain')).toEqual([]);
  });
});
