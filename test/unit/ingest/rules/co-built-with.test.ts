import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule co-built-with (联合/共建)', () => {
  it('联合A、B等单位建设X', () => {
    const p = ingestText('联合大连理工大学、大连化物所等单位建设海水淡化研究中心。');
    const rc = idOf(p, '海水淡化研究中心');
    expect(relation(p, rc, 'CO_BUILT_WITH', 'uni:dlut')).toBeDefined();
    expect(relation(p, rc, 'CO_BUILT_WITH', 'ri:cas-dicp')).toBeDefined();
  });

  it('支持A、B建立“X”', () => {
    const p = ingestText('支持东北大学、海城镁业集团建立“镁质材料创新研究院”。');
    const ii = idOf(p, '镁质材料创新研究院');
    expect(relation(p, ii, 'CO_BUILT_WITH', 'uni:neu')).toBeDefined();
    expect(relation(p, ii, 'CO_BUILT_WITH', idOf(p, '海城镁业集团'))).toBeDefined();
  });

  it('cities that create a zone together become its co-builders', () => {
    const p = ingestText('推进沈阳、大连联合创建沈大海洋技术转移示范区。');
    const zone = idOf(p, '沈大海洋技术转移示范区');
    expect(relation(p, zone, 'CO_BUILT_WITH', 'region:shenyang')).toBeDefined();
    expect(relation(p, zone, 'CO_BUILT_WITH', 'region:dalian')).toBeDefined();
  });

  it('fields are not partners', () => {
    const p = ingestText('重点支持在肿瘤、心血管疾病等领域建设一批临床研究中心。');
    expect(p.relations.filter((r) => r.type === 'CO_BUILT_WITH')).toEqual([]);
  });
});
