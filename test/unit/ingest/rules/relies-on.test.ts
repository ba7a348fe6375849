import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule relies-on (重点依托/重点支持)', () => {
  it('a chain paragraph and its 重点依托 list, as key reliance', () => {
    const p = ingestText('--镁质材料产业链。重点依托海城镁业集团、东北大学等单位，开发新型耐火材料。');
    const chain = idOf(p, '镁质材料产业链');
    expect(p.entities.find((e) => e.id === chain)?.kind).toBe('chain');
    expect(relation(p, chain, 'RELIES_ON', 'uni:neu')).toMatchObject({
      basis: 'stated',
      role: 'key_reliance',
    });
    const firm = p.entities.find((e) => e.name === '海城镁业集团');
    expect(firm?.kind).toBe('enterprise');
    expect(relation(p, chain, 'RELIES_ON', firm?.id)).toBeDefined();
  });

  it('重点支持 is key support; 和 and 联合 inside the list separate units', () => {
    const p = ingestText(
      '--冷链装备产业链。重点支持冷链装备公司和大连理工大学联合大连海事大学等单位，研制冷链装备。',
    );
    const chain = idOf(p, '冷链装备产业链');
    expect(relation(p, chain, 'RELIES_ON', 'uni:dlut')?.role).toBe('key_support');
    expect(relation(p, chain, 'RELIES_ON', 'uni:dlmu')).toBeDefined();
    expect(relation(p, chain, 'RELIES_ON', idOf(p, '冷链装备公司'))).toBeDefined();
  });

  it('a list that runs past a comma up to 等单位', () => {
    const p = ingestText(
      '--海洋药物产业链。重点依托大连海事大学、大连化物所，冷链装备公司等单位，开发海洋药物。',
    );
    const chain = idOf(p, '海洋药物产业链');
    expect(relation(p, chain, 'RELIES_ON', 'ri:cas-dicp')).toBeDefined();
    expect(relation(p, chain, 'RELIES_ON', idOf(p, '冷链装备公司'))).toBeDefined();
  });

  it('支持A、B建立… is reliance too, but inferred', () => {
    const p = ingestText('--储能装备产业链。支持大连化物所、海城储能公司建立“储能技术创新研究院”。');
    const r = relation(p, idOf(p, '储能装备产业链'), 'RELIES_ON', 'ri:cas-dicp');
    expect(r?.basis).toBe('inferred');
    expect(r?.reason).toBeTruthy();
  });

  it('components to support are not units', () => {
    const p = ingestText('--新能源车产业链。支持储能系统、动力电池等关键部件的研发。');
    expect(p.relations.filter((r) => r.type === 'RELIES_ON')).toEqual([]);
  });
});
