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

  it('a place after 落户 is never the subject of the next clause (the opening platform serves the chain)', () => {
    const p = ingestText(
      '丹东海珍品育种技术创新中心由丹东海洋渔业集团牵头，联合大连海洋大学共同组建，落户营口高新区，将服务海洋资源利用产业链。',
    );
    const centre = idOf(p, '丹东海珍品育种技术创新中心');
    const serves = p.relations.filter((r) => r.type === 'SERVES');
    expect(serves.map((r) => r.from)).toEqual([centre]);
    expect(p.relations.filter((r) => r.type === 'LED_BY').map((r) => r.from)).toEqual([centre]);
  });
});
