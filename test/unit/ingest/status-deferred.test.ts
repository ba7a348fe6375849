/**
 * s25 review M7: 建成投用 / 投入使用 after a name say it is built (existing); 暂缓/暂停/不再 before a
 * build verb defer or drop the plan, so no status is stated. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './support.js';

describe('ingest: built-and-in-use and deferred plans', () => {
  const p = ingestText(
    [
      '丹东市创新平台调整方案',
      '',
      '丹东边贸物流中试基地已建成投用。丹东仪器仪表中试基地于去年投入使用。',
      '',
      '暂缓布局丹东锂电材料中试基地。暂停建设丹东草莓育种中试基地。',
    ].join('\n'),
  );
  const find = (name: string) => p.entities.find((e) => e.name === name);

  it('已建成投用 and 投入使用 after the name make it existing', () => {
    expect(find('丹东边贸物流中试基地')).toMatchObject({ status: 'existing' });
    expect(find('丹东仪器仪表中试基地')).toBeDefined();
    expect(find('丹东仪器仪表中试基地')?.status).not.toBe('planned');
  });

  it('暂缓/暂停 + a build verb is not planned', () => {
    expect(find('丹东锂电材料中试基地')).toBeDefined();
    expect(find('丹东草莓育种中试基地')).toBeDefined();
    expect(find('丹东锂电材料中试基地')?.status).not.toBe('planned');
    expect(find('丹东草莓育种中试基地')?.status).not.toBe('planned');
  });
});
