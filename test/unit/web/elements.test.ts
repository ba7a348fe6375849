import { describe, expect, it } from 'vitest';
import {
  edgeElement,
  newElements,
  nodeElement,
  subgraphElements,
  traceElements,
} from '../../../web/src/elements.js';
import { legendEntries, LEGEND_KINDS, stylesheet } from '../../../web/src/legend.js';
import { KINDS } from '../../../src/ontology/ontology.js';

const node = {
  id: 'uni:dlut',
  label: '大连理工大学',
  kind: 'UNIVERSITY',
  group: 'actor',
  level: 'UNKNOWN',
  status: 'EXISTING',
};

describe('shaping API data for Cytoscape', () => {
  it('maps GraphQL enums to the ontology and keeps what styles need', () => {
    expect(nodeElement(node)).toEqual({
      group: 'nodes',
      data: {
        id: 'uni:dlut',
        label: '大连理工大学',
        name: '大连理工大学',
        nameEn: null,
        kind: 'university',
        group: 'Actor',
        level: 'unknown',
        status: 'existing',
        placeholder: false,
      },
    });
    // English label where an English name exists.
    expect(
      nodeElement({ ...node, entity: { nameEn: 'Dalian University of Technology' } }, 'en').data.label,
    ).toBe('Dalian University of Technology');
    expect(
      edgeElement({ id: 'a|HOSTED_BY|b', source: 'a', target: 'b', type: 'HOSTED_BY', basis: 'INFERRED' })
        .data.basis,
    ).toBe('inferred');
  });

  it('adds only what is new, nodes before edges', () => {
    const els = subgraphElements({
      nodes: [node, { ...node, id: 'lab:x', kind: 'LABORATORY' }],
      edges: [
        {
          id: 'lab:x|HOSTED_BY|uni:dlut',
          source: 'lab:x',
          target: 'uni:dlut',
          type: 'HOSTED_BY',
          basis: 'STATED',
        },
      ],
    });
    const fresh = newElements(new Set(['uni:dlut']), [...els].reverse());
    expect(fresh.map((e) => e.data.id)).toEqual(['lab:x', 'lab:x|HOSTED_BY|uni:dlut']);
  });

  it('lays a chain trace out in layers: institutions 0, platforms 1, chain 2, units relied on 3', () => {
    const e = (id: string, kind: string) => ({ id, name: id, kind, level: 'NATIONAL', status: 'PLANNED' });
    const els = traceElements({
      chain: e('chain:c', 'CHAIN'),
      platforms: [
        {
          basis: 'INFERRED',
          platform: e('tic:p', 'INNOVATION_CENTRE'),
          links: [{ type: 'LED_BY', basis: 'INFERRED', node: e('ent:x', 'ENTERPRISE') }],
        },
      ],
      reliedOn: [{ basis: 'STATED', unit: e('uni:u', 'UNIVERSITY') }],
    });
    const layer = (id: string): unknown => els.find((x) => x.data.id === id)?.data.layer;
    expect([layer('ent:x'), layer('tic:p'), layer('chain:c'), layer('uni:u')]).toEqual([0, 1, 2, 3]);
    expect(els.find((x) => x.data.id === 'tic:p|SERVES|chain:c')?.data.basis).toBe('inferred');
    // The basis of each institution link is the relationship's own, not assumed.
    expect(els.find((x) => x.data.id === 'tic:p|LED_BY|ent:x')?.data.basis).toBe('inferred');
    // Each link carries its word in the UI language.
    expect(els.find((x) => x.data.id === 'tic:p|LED_BY|ent:x')?.data.word).toBe('牵头');
  });
});

describe('legend', () => {
  it('comes from the ontology, in both languages, with a style per kind', () => {
    expect(legendEntries('zh').map((e) => e.label)).toContain(KINDS.laboratory.zh);
    expect(legendEntries('en').map((e) => e.label)).toContain(KINDS.laboratory.en);
    const selectors = stylesheet().map((s) => s.selector);
    for (const k of LEGEND_KINDS) expect(selectors).toContain(`node[kind = "${k}"]`);
  });
});
