import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule led-by (牵头)', () => {
  it('a box item led by an unnamed leading enterprise points at the placeholder', () => {
    const p = ingestText('3.国家冷链物流技术创新中心。由我省优势企业牵头，联合上下游企业组建创新联合体。');
    expect(
      relation(p, idOf(p, '国家冷链物流技术创新中心'), 'LED_BY', 'ent:unnamed-leading-enterprise'),
    ).toBeDefined();
  });

  it('支持Y牵头，…建设X', () => {
    const p = ingestText('支持东北大学牵头，联合相关科研机构建设冶金智能装备研究中心。');
    expect(relation(p, idOf(p, '冶金智能装备研究中心'), 'LED_BY', 'uni:neu')).toBeDefined();
    // 相关科研机构 is nobody in particular: no partner.
    expect(p.relations.filter((r) => r.type === 'CO_BUILT_WITH')).toEqual([]);
  });

  it('a lead named across a page break', () => {
    const p = ingestText(
      '5.国家盐碱地改良技术创新中心。由中国科学院沈阳自动化研究所\n\n牵头，联合农业企业开展攻关。',
    );
    const r = relation(p, idOf(p, '国家盐碱地改良技术创新中心'), 'LED_BY', 'ri:cas-sia');
    expect(r?.cite[0]?.line).toBe(1);
  });

  it('leading a task is not leading a platform', () => {
    expect(ingestText('由省科技厅牵头，负责统筹协调。').relations).toEqual([]);
  });
});
