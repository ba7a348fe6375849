import { describe, expect, it } from 'vitest';
import { ingestText, names } from '../support.js';

describe('rule numbered-items', () => {
  it('an item whose first sentence is a name, with the box’s status word', () => {
    const p = ingestText(
      '专栏2 重大科技基础设施（争创）\n1.渤海湾海冰观测与模拟设施。依托大连理工大学，建设海冰水池。',
    );
    const e = p.entities.find((x) => x.name === '渤海湾海冰观测与模拟设施');
    expect(e).toMatchObject({
      kind: 'infrastructure',
      status: 'planned',
      statusWord: '争创',
      confidence: 0.97,
    });
    expect(e?.rules).toContain('numbered-items');
    expect(e?.cite).toEqual([
      {
        doc: 'test',
        line: 2,
        section: '专栏2/1',
        span: '渤海湾海冰观测与模拟设施',
        statusWord: '争创',
        status: 'planned',
      },
    ]);
  });

  it('an item title that opens with a verb names what follows; a task is no name', () => {
    const p = ingestText('1．积极创建辽河镁质材料高新区。\n2．加强人才培养。');
    expect(names(p)).toContain('辽河镁质材料高新区');
    expect(names(p).some((n) => n.includes('人才'))).toBe(false);
  });
});
