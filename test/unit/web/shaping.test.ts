import { describe, expect, it } from 'vitest';
import { queries } from '../../../web/src/api.js';
import { byDegree, clusterByChainGroup, clusterByRegion } from '../../../web/src/clusters.js';
import { visibleNodes, visibleSubgraph, type FilterSettings } from '../../../web/src/filters.js';
import { clusterLayout, traceLayout } from '../../../web/src/layouts.js';
import { pathVariables } from '../../../web/src/paths-view.js';
import { INITIAL } from '../../../web/src/state.js';
import { sortRows, tableRows, toCsv } from '../../../web/src/table.js';
import { displayName, docTitle, noteFor, relWord } from '../../../web/src/words.js';

const NO_FILTER: FilterSettings = INITIAL;
const nodes = [
  { id: 'lab:a', kind: 'laboratory', status: 'planned', level: 'national' },
  { id: 'lab:b', kind: 'laboratory', status: 'existing', level: 'provincial' },
  { id: 'uni:u', kind: 'university', status: 'existing', level: 'unknown' },
  { id: 'chain:c', kind: 'chain', status: 'unknown', level: 'unknown' },
  { id: 'chain:lonely', kind: 'chain', status: 'unknown', level: 'unknown' },
  { id: 'region:r', kind: 'region', status: 'unknown', level: 'municipal' },
] as const;
const edges = [
  { source: 'lab:a', target: 'chain:c', type: 'SERVES' },
  { source: 'lab:a', target: 'uni:u', type: 'HOSTED_BY' },
  { source: 'lab:a', target: 'region:r', type: 'LOCATED_IN' },
  { source: 'lab:b', target: 'chain:lonely', type: 'SERVES' },
];

describe('filters apply to the kinds they describe', () => {
  it('keeps everything without a filter', () => {
    expect(visibleNodes(nodes, edges, NO_FILTER, { region: null, field: null }).size).toBe(nodes.length);
  });

  it('status filters platforms only; chains and regions stay when linked to a kept node', () => {
    const v = visibleNodes(
      nodes,
      edges,
      { ...NO_FILTER, statuses: ['planned'] },
      { region: null, field: null },
    );
    expect([...v].sort()).toEqual(['chain:c', 'lab:a', 'region:r', 'uni:u']);
  });

  it('region and field members come from the API; the filter subject stays', () => {
    const v = visibleNodes(
      nodes,
      edges,
      { ...NO_FILTER, region: 'region:r' },
      { region: new Set(['lab:a']), field: null },
    );
    expect([...v].sort()).toEqual(['chain:c', 'lab:a', 'region:r']);
  });

  it('hidden nodes and kinds go; export keeps only edges between visible nodes', () => {
    const v = visibleNodes(
      nodes,
      edges,
      { ...NO_FILTER, hidden: ['uni:u'], hiddenKinds: ['region'] },
      { region: null, field: null },
    );
    expect(v.has('uni:u') || v.has('region:r')).toBe(false);
    const sub = visibleSubgraph(
      nodes.map((n) => ({ id: n.id })),
      edges,
      v,
    );
    expect(sub.edges.every((e) => v.has(e.source) && v.has(e.target))).toBe(true);
    expect(sub.edges).toHaveLength(2);
  });
});

describe('layouts', () => {
  it('a trace keeps its layers left to right and fits a wide or a tall screen', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, layer: 1 }));
    const ns = [{ id: 'i', layer: 0 }, ...many, { id: 'c', layer: 2 }];
    for (const vp of [
      { width: 1000, height: 600 },
      { width: 600, height: 1000 },
    ]) {
      const l = traceLayout(ns, vp);
      const x = (id: string): number => l.positions.get(id)?.x ?? NaN;
      expect(x('i')).toBeLessThan(Math.min(...many.map((m) => x(m.id))));
      expect(Math.max(...many.map((m) => x(m.id)))).toBeLessThan(x('c'));
      expect(l.headings.map((h) => h.layer)).toEqual([0, 1, 2]);
    }
    const wide = traceLayout(ns, { width: 1600, height: 400 });
    const tall = traceLayout(ns, { width: 400, height: 1600 });
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
  });

  it('institutions follow the platforms they stand behind', () => {
    const l = traceLayout(
      [
        { id: 'p1', layer: 1, key: 'a' },
        { id: 'p2', layer: 1, key: 'b' },
        { id: 'i2', layer: 0, key: 'a' },
        { id: 'i1', layer: 0, key: 'b' },
      ],
      { width: 800, height: 600 },
      [
        { source: 'p1', target: 'i1' },
        { source: 'p2', target: 'i2' },
      ],
    );
    expect(l.positions.get('i1')?.y).toBeLessThan(l.positions.get('i2')?.y ?? 0);
  });

  it('clusters never overlap and are deterministic', () => {
    const clusters = [
      { id: 'a', members: Array.from({ length: 50 }, (_, i) => `a${i}`) },
      { id: 'b', members: Array.from({ length: 5 }, (_, i) => `b${i}`) },
    ];
    const p = clusterLayout(clusters);
    expect(clusterLayout(clusters)).toEqual(p);
    const box = (pre: string) => {
      const ps = [...p].filter(([id]) => id.startsWith(pre)).map(([, v]) => v);
      return {
        x1: Math.min(...ps.map((q) => q.x)),
        x2: Math.max(...ps.map((q) => q.x)),
        y1: Math.min(...ps.map((q) => q.y)),
        y2: Math.max(...ps.map((q) => q.y)),
      };
    };
    const a = box('a');
    const b = box('b');
    expect(a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1).toBe(true);
  });
});

describe('clusters', () => {
  it('by region: the API members of the first region that has a node; chains apart', () => {
    const c = clusterByRegion(nodes, [{ id: 'region:r', members: new Set(['lab:a', 'uni:u']) }]);
    const of = (id: string) => c.find((x) => x.members.includes(id))?.id;
    expect(of('lab:a')).toBe('cluster:region:r');
    expect(of('region:r')).toBe('cluster:region:r');
    expect(of('lab:b')).toBe('cluster:other');
    expect(of('chain:c')).toBe('cluster:chains');
  });

  it('by region: what the API places in two cities goes to neither city', () => {
    const c = clusterByRegion(nodes, [
      { id: 'region:r', members: new Set(['lab:a', 'uni:u']) },
      { id: 'region:s', members: new Set(['lab:a']) },
    ]);
    const of = (id: string) => c.find((x) => x.members.includes(id))?.id;
    expect(of('lab:a')).toBe('cluster:several-cities');
    expect(of('uni:u')).toBe('cluster:region:r');
  });

  it('by chain group: chains join their group, platforms the group they serve, hosts their platforms', () => {
    const ns = [
      { id: 'chain:g', kind: 'chain' },
      { id: 'chain:c', kind: 'chain' },
      { id: 'lab:a', kind: 'laboratory' },
      { id: 'uni:u', kind: 'university' },
      { id: 'lab:z', kind: 'laboratory' },
    ] as const;
    const es = [
      { source: 'chain:c', target: 'chain:g', type: 'PART_OF' },
      { source: 'lab:a', target: 'chain:c', type: 'SERVES' },
      { source: 'lab:a', target: 'uni:u', type: 'HOSTED_BY' },
    ];
    const c = clusterByChainGroup(ns, es);
    const of = (id: string) => c.find((x) => x.members.includes(id))?.id;
    expect([of('chain:c'), of('chain:g'), of('lab:a'), of('uni:u')]).toEqual(
      Array(4).fill('cluster:chain:g'),
    );
    expect(of('lab:z')).toBe('cluster:no-chain');
    expect(byDegree(['lab:z', 'lab:a'], es)).toEqual(['lab:a', 'lab:z']);
  });
});

describe('the table', () => {
  const rows = tableRows(
    nodes.map((n) => ({ ...n, label: n.id })),
    edges,
  );
  it('counts links and sorts by any column, status and level in their natural order', () => {
    expect(rows.find((r) => r.id === 'lab:a')?.degree).toBe(3);
    expect(sortRows(rows, 'degree', true, 'zh')[0]?.id).toBe('lab:a');
    expect(sortRows(rows, 'status', false, 'zh')[0]?.status).toBe('existing');
    expect(sortRows(rows, 'level', false, 'en')[0]?.level).toBe('national');
  });

  it('writes CSV with a BOM, the UI language header, quoting and no spreadsheet formulas', () => {
    const csv = toCsv(
      [{ id: 'x:y', name: '=cmd,"1"', kind: 'laboratory', status: 'planned', level: 'national', degree: 2 }],
      ['name', 'kind', 'status', 'level', 'degree'],
      'zh',
    );
    expect(csv).toBe('\uFEFF名称,类型,状态,级别,连接数,id\r\n"\'=cmd,""1""",实验室,规划,国家级,2,x:y\r\n');
  });
});

describe('one language at a time', () => {
  it('names, relationship words with roles, notes and document titles', () => {
    expect(displayName({ name: '大连理工大学', nameEn: 'Dalian University of Technology' }, 'en')).toBe(
      'Dalian University of Technology',
    );
    expect(displayName({ name: '我省优势企业', nameEn: null }, 'en')).toBe('我省优势企业');
    expect(relWord('HOSTED_BY', 'zh')).toBe('依托');
    expect(relWord('HOSTED_BY', 'en')).toBe('hosted by');
    expect(relWord('HOSTED_BY', 'zh', 'no_such_role')).toBe('依托');
    expect(noteFor({ note: '中文', noteEn: 'English' }, 'zh')).toBe('中文');
    expect(noteFor({ note: '中文', noteEn: 'English' }, 'en')).toBe('English');
    // One language at a time: no English note in the Chinese UI, and the reverse.
    expect(noteFor({ noteEn: 'English' }, 'zh')).toBeNull();
    expect(noteFor({ note: '中文' }, 'en')).toBeNull();
    const docs = new Map([
      ['doc:plan14', { name: '辽宁省“十四五”科技创新规划', nameEn: 'Liaoning 14th FYP' }],
    ]);
    expect(docTitle('doc:plan14', docs, 'zh')).toBe('辽宁省“十四五”科技创新规划');
    expect(docTitle('doc:plan14', docs, 'en')).toBe('Liaoning 14th FYP');
  });
});

describe('queries follow the schema', () => {
  it('asks for placeholders, roles, English notes and path exclusions', () => {
    const q = queries();
    expect(q.details).toContain('noteEn');
    expect(q.details).toContain('role');
    expect(q.details).toContain('placeholder');
    expect(q.paths).toContain('excludeIds: $excludeIds');
  });

  it('keeps regions and placeholders out of paths unless allowed, never the ends', () => {
    expect(
      pathVariables('a:a', 'b:b', { regions: false, placeholders: false, exclude: ['a:a', 'c:c'] }),
    ).toEqual({
      from: 'a:a',
      to: 'b:b',
      excludeIds: ['c:c'],
      excludeKinds: ['REGION'],
      includePlaceholders: false,
    });
    expect(
      pathVariables('a:a', 'b:b', { regions: true, placeholders: true, exclude: [] }).excludeKinds,
    ).toEqual([]);
  });
});
