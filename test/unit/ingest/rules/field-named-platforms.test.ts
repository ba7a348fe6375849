import { describe, expect, it } from 'vitest';
import { ingestText, names } from '../support.js';

describe('rule field-named-platforms', () => {
  it('one platform per field, named by the field, with the kind of the object', () => {
    const p = ingestText('在海冰工程、寒区建筑等重点领域培育建设国家重点实验室。');
    const e = p.entities.find((x) => x.name === '海冰工程');
    expect(e).toMatchObject({
      kind: 'laboratory',
      level: 'national',
      status: 'planned',
      statusWord: '培育建设',
    });
    expect(e?.note).toContain('国家重点实验室');
    expect(names(p)).toContain('寒区建筑');
  });

  it('folds into the full name the same chapter gives', () => {
    const p = ingestText(
      '一、平台\n在冷链物流、海洋药物等方向培育建设国家技术创新中心。\n1.国家冷链物流技术创新中心。由我省优势企业牵头。',
    );
    expect(names(p)).toContain('国家冷链物流技术创新中心');
    expect(names(p)).not.toContain('冷链物流');
    expect(names(p)).toContain('海洋药物');
  });

  it('“a batch of” is no named platform', () => {
    expect(names(ingestText('在海冰工程、寒区建筑等领域建设一批重点实验室。'))).not.toContain('海冰工程');
  });
});
