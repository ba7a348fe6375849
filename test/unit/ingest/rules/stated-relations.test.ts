/**
 * Issue 17, item 3: relations stated in running text outside the five plans' phrasings. Every
 * sentence is written for these tests; before the stated-relations rule none of them was found.
 */
import { describe, expect, it } from 'vitest';
import { entity, idOf, ingestText, relation, smallGraph } from '../support.js';

const g = smallGraph([
  entity('lab:ln', 'laboratory', '辽宁实验室'),
  entity('lab:ln-hc', 'laboratory', '辽宁海城实验室'),
  entity('zone:hn', 'zone', '浑南科技城'),
  entity('region:ganjingzi', 'region', '甘井子区'),
]);

describe('rule stated-relations', () => {
  it('a host before a quoted platform name', () => {
    const p = ingestText('东北大学“矿冶流程智能控制全国重点实验室”通过评估。', g);
    const r = relation(p, idOf(p, '矿冶流程智能控制全国重点实验室'), 'HOSTED_BY', 'uni:neu');
    expect(r).toMatchObject({ basis: 'stated' });
    expect(r?.cite[0]?.span).toContain('东北大学');
  });

  it('由…牵头组建 and 联合…共建, the subject named in the sentence', () => {
    const p = ingestText(
      '海城储能技术创新中心由大连理工大学牵头组建，联合东北大学、中国科学院沈阳自动化研究所共建。',
      g,
    );
    const x = idOf(p, '海城储能技术创新中心');
    expect(relation(p, x, 'LED_BY', 'uni:dlut')).toBeDefined();
    expect(relation(p, x, 'CO_BUILT_WITH', 'uni:neu')).toBeDefined();
    expect(relation(p, x, 'CO_BUILT_WITH', 'ri:cas-sia')).toBeDefined();
  });

  it('Y联合A组建了X: Y leads, A co-builds', () => {
    const p = ingestText('东北大学联合大连理工大学组建了海城冶金工程研究中心。', g);
    const x = idOf(p, '海城冶金工程研究中心');
    expect(relation(p, x, 'LED_BY', 'uni:neu')).toBeDefined();
    expect(relation(p, x, 'CO_BUILT_WITH', 'uni:dlut')).toBeDefined();
  });

  it('location: 均坐落于, 落户, 位于 a district after its city; the subject from the sentence before', () => {
    const p = ingestText(
      '海城冶金实验室和海城装备实验室均坐落于浑南科技城。\n海城海洋技术创新中心近日揭牌。\n该中心位于大连市甘井子区。',
      g,
    );
    expect(relation(p, idOf(p, '海城冶金实验室'), 'LOCATED_IN', 'zone:hn')).toBeDefined();
    expect(relation(p, idOf(p, '海城装备实验室'), 'LOCATED_IN', 'zone:hn')).toBeDefined();
    expect(relation(p, idOf(p, '海城海洋技术创新中心'), 'LOCATED_IN', 'region:ganjingzi')).toBeDefined();
  });

  it('an enumeration with a shared head: each member PART_OF the umbrella; 成为…的组成部分', () => {
    const p = ingestText(
      '海城、渤海、辽东三家辽宁实验室完成考核。\n海城储能技术创新中心成为辽宁实验室的组成部分。',
      g,
    );
    expect(relation(p, 'lab:ln-hc', 'PART_OF', 'lab:ln')).toBeDefined();
    expect(relation(p, idOf(p, '渤海实验室'), 'PART_OF', 'lab:ln')).toBeDefined();
    expect(relation(p, idOf(p, '辽东实验室'), 'PART_OF', 'lab:ln')).toBeDefined();
    expect(relation(p, idOf(p, '海城储能技术创新中心'), 'PART_OF', 'lab:ln')).toBeDefined();
  });

  it('no relation without the words: two platforms in one sentence are not linked', () => {
    const p = ingestText('海城冶金实验室与东北大学开展交流。', g);
    expect(p.relations.filter((r) => r.basis === 'stated')).toEqual([]);
  });
});

describe('rule stated-relations, more phrasings of announcements', () => {
  it('依托单位为Y, 由A和B联合组建, 在Z落户, 位于Z的X', () => {
    const p = ingestText(
      '海城冶金实验室的依托单位为东北大学。\n海城储能技术创新中心由大连理工大学和东北大学联合组建。\n海城装备研究院在浑南科技城落户。\n位于浑南科技城的海城材料研究院投入使用。',
      g,
    );
    expect(relation(p, idOf(p, '海城冶金实验室'), 'HOSTED_BY', 'uni:neu')).toBeDefined();
    expect(relation(p, idOf(p, '海城储能技术创新中心'), 'CO_BUILT_WITH', 'uni:dlut')).toBeDefined();
    expect(relation(p, idOf(p, '海城储能技术创新中心'), 'CO_BUILT_WITH', 'uni:neu')).toBeDefined();
    expect(relation(p, idOf(p, '海城装备研究院'), 'LOCATED_IN', 'zone:hn')).toBeDefined();
    expect(relation(p, idOf(p, '海城材料研究院'), 'LOCATED_IN', 'zone:hn')).toBeDefined();
  });
});
