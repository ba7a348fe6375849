import { describe, expect, it } from 'vitest';
import { sectionPaths } from '../../../src/ingest/sections.js';

describe('section paths from headings', () => {
  it('follows chapters, numbered sections, boxes and items', () => {
    const lines = [
      '海城市行动方案', // 1
      '第一章 总体要求', // 2
      '一、指导思想', // 3
      '正文。', // 4
      '专栏1 重点平台（争创）', // 5
      '1.辽河实验室。依托东北大学建设。', // 6
      '2.海城中试基地。', // 7
      '二、重点任务', // 8
      '第二章 保障措施', // 9
      '正文。', // 10
    ];
    const s = sectionPaths(lines, 1);
    expect(s[0]).toBe('title');
    expect(s[3]).toBe('第一章/一');
    expect(s[5]).toBe('第一章/一/专栏1/1');
    expect(s[6]).toBe('第一章/一/专栏1/2');
    expect(s[7]).toBe('第一章/二');
    expect(s[9]).toBe('第二章');
  });

  it('reads 一、 as the top level without chapters, and counts --items', () => {
    const lines = [
      '一、目标',
      '（一）产业链',
      '--镁质材料产业链。正文。',
      '--装备产业链。正文。',
      '（二）平台',
      '（1）细则。',
    ];
    expect(sectionPaths(lines)).toEqual([
      '一',
      '一/(一)',
      '一/(一)/1',
      '一/(一)/2',
      '一/(二)',
      '一/(二)/(1)',
    ]);
  });
});
