import { describe, expect, it } from 'vitest';
import { idOf, ingestText, relation } from '../support.js';

describe('rule serves', () => {
  it('a platform named in a chain’s paragraph serves the chain (inferred)', () => {
    const p = ingestText(
      '--智能铸造产业链。支持东北大学、海城铸造公司建立“智能铸造创新研究院”，攻关铸造装备。',
    );
    const r = relation(p, idOf(p, '智能铸造创新研究院'), 'SERVES', idOf(p, '智能铸造产业链'));
    expect(r?.basis).toBe('inferred');
  });

  it('outside a chain paragraph, nothing is served', () => {
    const p = ingestText('建设智能铸造创新研究院。');
    expect(p.relations.filter((r) => r.type === 'SERVES')).toEqual([]);
  });
});
