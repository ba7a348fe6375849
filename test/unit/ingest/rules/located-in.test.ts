import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule located-in', () => {
  it('a city opening a platform’s name places it there (inferred)', () => {
    const p = ingestText('建设大连海洋装备重点实验室。');
    const r = relation(p, idOf(p, '大连海洋装备重点实验室'), 'LOCATED_IN', 'region:dalian');
    expect(r).toMatchObject({ basis: 'inferred', cite: [{ line: 1, span: '大连' }] });
  });

  it('a district’s industries are located in the district (stated)', () => {
    const graph = ['region:lvshun', 'region', '旅顺口区'] as const;
    const { smallGraph, entity } = support;
    const p = ingestText(
      '支持旅顺口区重点围绕船舶修造、港口机械等两大主导产业布局科技项目。',
      smallGraph([entity(...graph)]),
    );
    expect(relation(p, idOf(p, '船舶修造'), 'LOCATED_IN', 'region:lvshun')?.basis).toBe('stated');
  });
});

import * as support from '../support.js';
