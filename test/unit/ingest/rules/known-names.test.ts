import { describe, expect, it } from 'vitest';
import { ingestText } from '../support.js';

describe('rule known-names', () => {
  it('an institution the graph knows becomes a mention, by name and by alias', () => {
    const p = ingestText('大连化物所与东北大学开展合作。');
    expect(p.mentions.find((m) => m.id === 'ri:cas-dicp')).toMatchObject({
      as: '大连化物所',
      match: 'alias',
    });
    expect(p.mentions.find((m) => m.id === 'uni:neu')?.cite[0]).toMatchObject({ line: 1, span: '东北大学' });
    expect(p.entities).toEqual([]);
  });

  it('a short category that is some entity’s alias is not a mention of it', () => {
    const p = ingestText('培育优势企业。');
    expect(p.mentions.find((m) => m.id === 'ent:unnamed-leading-enterprise')).toBeUndefined();
  });

  it('every line naming a proposed platform cites it', () => {
    const p = ingestText('建设辽河镁质材料实验室。\n辽河镁质材料实验室开展应用研究。');
    expect(p.entities.find((e) => e.name === '辽河镁质材料实验室')?.cite.map((c) => c.line)).toEqual([1, 2]);
  });
});
