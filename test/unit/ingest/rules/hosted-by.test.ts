import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule hosted-by (依托)', () => {
  it('a box item built on a university: 1.X。依托Y建设', () => {
    const p = ingestText(
      '专栏1 重点实验室（争创）\n1.镁基储能国家重点实验室。依托东北大学建设，研究储能材料。',
    );
    const lab = idOf(p, '镁基储能国家重点实验室');
    const r = relation(p, lab, 'HOSTED_BY', 'uni:neu');
    expect(r?.basis).toBe('stated');
    expect(r?.cite[0]).toMatchObject({ doc: 'test', line: 2, section: '专栏1/1', span: '依托东北大学建设' });
    expect(p.entities.find((e) => e.id === lab)).toMatchObject({
      kind: 'laboratory',
      level: 'national',
      status: 'planned',
      statusWord: '争创',
    });
  });

  it('依托Y打造X in running text', () => {
    const p = ingestText('依托大连理工大学打造海洋牧场装备研究中心，服务沿海产业。');
    expect(relation(p, idOf(p, '海洋牧场装备研究中心'), 'HOSTED_BY', 'uni:dlut')).toBeDefined();
  });

  it('建设以Y为主体的X, with a unit the graph does not know', () => {
    const p = ingestText('建设以海城镁业集团为主体的镁材料中试基地，开展工艺放大。');
    const host = p.entities.find((e) => e.name === '海城镁业集团');
    expect(host?.kind).toBe('enterprise');
    expect(relation(p, idOf(p, '镁材料中试基地'), 'HOSTED_BY', host?.id)).toBeDefined();
  });

  it('a platform whose name opens with its host’s name is hosted by it (inferred)', () => {
    const p = ingestText('推进大连理工大学滨海科技创新基地建设。');
    const r = relation(p, idOf(p, '大连理工大学滨海科技创新基地'), 'HOSTED_BY', 'uni:dlut');
    expect(r?.basis).toBe('inferred');
    expect(r?.reason).toContain('name');
  });

  it('依托 advantages or a city is no host', () => {
    const p = ingestText('依托沈阳的区位优势，推动海城镁材料中试基地发展。');
    expect(p.relations.filter((r) => r.type === 'HOSTED_BY')).toEqual([]);
  });

  it('a zone that 建有 a platform is where it is (LOCATED_IN), never its host', () => {
    const p = ingestText(
      '营口高新区获批建设国家级科技企业孵化器，建有营口镁砂材料重点实验室和营口仪表工程技术研究中心。',
    );
    for (const name of ['营口镁砂材料重点实验室', '营口仪表工程技术研究中心']) {
      const id = idOf(p, name);
      expect(p.relations.filter((r) => r.from === id && r.type === 'HOSTED_BY')).toEqual([]);
      const at = p.relations.filter((r) => r.from === id && r.type === 'LOCATED_IN').map((r) => r.to);
      expect(at).toEqual([idOf(p, '营口高新区')]);
    }
  });
});
