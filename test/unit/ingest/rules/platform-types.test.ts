import { describe, expect, it } from 'vitest';
import { ingestText } from '../support.js';

describe('rule platform-types', () => {
  it('a document that names no platform: the kinds it calls for become proposals', () => {
    const p = ingestText('建设科学数据中心。组建基础科学中心。探索数字化中试基地。建设一批中试平台。');
    for (const name of ['科学数据中心', '基础科学中心', '数字化中试基地', '中试平台'])
      expect(p.entities.find((e) => e.name === name)?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('a document with named platforms keeps its categories low', () => {
    const p = ingestText('建设沈阳材料实验室、营口装备实验室和大连能源实验室。组建基础科学中心。');
    expect(p.entities.find((e) => e.name === '基础科学中心')?.confidence).toBeLessThan(0.6);
  });

  it('is off when its document is held out', () => {
    const p = ingestText('建设科学数据中心。', undefined, { holdOut: 'future2024' });
    expect(p.entities.find((e) => e.name === '科学数据中心')?.confidence ?? 0).toBeLessThan(0.6);
  });
});
