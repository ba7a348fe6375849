/**
 * Issue 17, item 1: a name's left edge is set by grammar (a verb, a determiner, a quote, 与
 * coordination), not by a list, and class phrases are not names. Every sentence is written for
 * these tests; each expectation failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { entity, ingestText, names, smallGraph } from './support.js';

const above = (p: ReturnType<typeof ingestText>, t = 0.6): string[] =>
  p.entities.filter((e) => e.confidence >= t).map((e) => e.name);

describe('name edges from the parse', () => {
  it('a verb before a name is not part of it (新增, 落户, 坐落于, 选址)', () => {
    const p = ingestText(
      '省里新增海城理工大学为合作单位。该中心落户营口海滨科技城。实验室选址大连星海科学城，设备坐落于鞍山千山科技城。',
    );
    expect(names(p)).toEqual(
      expect.arrayContaining(['海城理工大学', '营口海滨科技城', '大连星海科学城', '鞍山千山科技城']),
    );
    expect(names(p).some((n) => /新增|落户|选址|坐落/.test(n))).toBe(false);
  });

  it('并入 governs the name on its right: a numbered item’s own name wins (s25 review H3)', () => {
    const p = ingestText(
      [
        '专栏1 重点实验室（争创）',
        '1.辽宁省镁砂新材料重点实验室。依托营口理工学院建设。',
        '原营口市耐火材料研究所不再单独保留，整体并入辽宁省镁砂新材料重点实验室。',
      ].join('\n'),
    );
    expect(names(p)).toContain('辽宁省镁砂新材料重点实验室');
    expect(names(p).some((n) => /并入/.test(n))).toBe(false);
  });

  it('a lab named as a model (借鉴/参照/对标) and a former unit (原…) stay below 0.6 (s25 review M10)', () => {
    const p = ingestText(
      '学习借鉴杭州之江实验室建设经验，参照合肥量子信息实验室的模式。原盘锦市海洋研究院并入盘锦海工装备技术创新中心。',
    );
    const high = above(p);
    expect(high).not.toContain('杭州之江实验室');
    expect(high).not.toContain('合肥量子信息实验室');
    expect(high.some((n) => n.startsWith('原'))).toBe(false);
    expect(high).toContain('盘锦海工装备技术创新中心');
  });

  it('a long name keeps its front across 与 and a Latin part', () => {
    const p = ingestText('新增海城大学牵头建设的船体结构分析优化与CFD软件全国重点实验室。');
    expect(names(p)).toContain('船体结构分析优化与CFD软件全国重点实验室');
    expect(names(p)).not.toContain('CFD软件全国重点实验室');
  });

  it('a verb inside a compound stays (智能感知, 多维成像)', () => {
    const p = ingestText('东北大学联合企业共建的智能感知技术创新中心投入运行。');
    expect(names(p)).toContain('智能感知技术创新中心');
  });

  it('class phrases are not proposed as names (细分领域实验室, 应用型创新平台, 上述实验室)', () => {
    const p = ingestText(
      '各类细分领域实验室要对标上述实验室加强建设。目前，二十余家应用型创新平台汇聚于此。',
    );
    expect(above(p)).toEqual([]);
  });

  it('联合 between two units is a verb, not part of a university name', () => {
    const g = smallGraph([{ ...entity('ent:hz', 'enterprise', '海轴集团'), abbreviations: ['海轴'] }]);
    const p = ingestText('海轴联合大连理工大学成立海城轴承工程研究中心。', g);
    expect(names(p)).not.toContain('海轴联合大连理工大学');
    expect(p.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['uni:dlut', 'ent:hz']));
  });

  it('a headline names the document, not a platform', () => {
    const p = ingestText('海城市推动钢铁新材料创新平台建设\n海城市科技局召开推进会。');
    expect(names(p)).not.toContain('钢铁新材料创新平台');
  });
});

describe('name edges in a notice', () => {
  it('以下/年度 before a head make a class; 联合A、B共同组建的X keeps 共同 out of B', () => {
    const p = ingestText(
      '确定以下实验室为2025年度辽宁省重点实验室。\n由东北大学牵头，联合海城钢铁集团、海城焦化公司共同组建的海城冶金技术创新中心揭牌。',
    );
    expect(above(p)).not.toContain('以下实验室');
    expect(above(p)).not.toContain('年度辽宁省重点实验室');
    expect(names(p)).toContain('海城焦化公司');
    const x = p.entities.find((e) => e.name === '海城冶金技术创新中心')?.id;
    expect(p.relations.find((r) => r.from === x && r.type === 'LED_BY')?.to).toBe('uni:neu');
  });
});
