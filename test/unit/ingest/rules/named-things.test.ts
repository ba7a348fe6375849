import { describe, expect, it } from 'vitest';
import { ingestText, names } from '../support.js';

describe('rule named-things', () => {
  it('names in a list, each with its kind, level and governing status word', () => {
    const p = ingestText('推进辽河镁质材料实验室、海城中试基地和“营口（鲅鱼圈）海洋装备转化中心”建设。');
    expect(p.entities.find((e) => e.name === '辽河镁质材料实验室')).toMatchObject({
      kind: 'laboratory',
      statusWord: '推进建设',
    });
    expect(p.entities.find((e) => e.name === '海城中试基地')?.kind).toBe('pilot_base');
    expect(names(p)).toContain('营口（鲅鱼圈）海洋装备转化中心');
  });

  it('和 inside a name stays; 和 between names splits', () => {
    const p = ingestText('谋划建设大型成像和精密测量研究设施、海冰模拟设施群和寒区建筑研究中心。');
    expect(names(p)).toEqual(
      expect.arrayContaining(['大型成像和精密测量研究设施', '海冰模拟设施群', '寒区建筑研究中心']),
    );
  });

  it('a name and its short form in parentheses', () => {
    const p = ingestText('建设基于超导加速器的海城前沿光源研究设施（海城光源）。');
    const e = p.entities.find((x) => x.name === '基于超导加速器的海城前沿光源研究设施');
    expect(e?.aliases).toEqual(['海城光源']);
  });

  it('a category is proposed with a low confidence and a note', () => {
    const p = ingestText('建设沈阳材料实验室、营口装备实验室和大连能源实验室。支持企业建设省级重点实验室。');
    const e = p.entities.find((x) => x.name === '省级重点实验室');
    expect(e?.confidence).toBeLessThan(0.5);
    expect(e?.note).toMatch(/category/);
  });

  it('an aspiration (世界一流的…基地) is trusted less than a plan', () => {
    const p = ingestText('建成世界一流的镁质材料产业基地。\n建设海城冷链装备产业基地。');
    const goal = p.entities.find((x) => x.name === '镁质材料产业基地');
    const plan = p.entities.find((x) => x.name === '海城冷链装备产业基地');
    expect(goal && plan && goal.confidence < plan.confidence).toBe(true);
  });

  it('a platform named in a box item’s body is trusted less than the item', () => {
    const p = ingestText('1.渤海湾海冰实验室。依托大连理工大学建设，配套建设海冰模拟设施。');
    const body = p.entities.find((x) => x.name === '海冰模拟设施');
    expect(body?.confidence ?? 0).toBeLessThan(0.6);
  });
});
