import { describe, expect, it } from 'vitest';
import { chainBrief, countStatuses } from '../../../web/src/briefs.js';
import { cityChains, documentsOf, splitByDocument } from '../../../web/src/region-brief.js';
import {
  compareRows,
  reasonFor,
  renderComparison,
  renderHistory,
  type Comparison,
  type EntityHistory,
} from '../../../web/src/plans.js';
import { pathSummary } from '../../../web/src/paths-view.js';
import { lineageWords, sectionRef } from '../../../web/src/words.js';
import { encodeState, INITIAL, parseState } from '../../../web/src/state.js';

const doc = (id: string, date: string) => ({ id, name: id, nameEn: `${id} (en)`, date });
const history: EntityHistory = {
  entity: { id: 'chain:a', name: '甲链', nameEn: 'Chain A', kind: 'CHAIN' },
  lineage: [],
  links: [
    {
      from: { id: 'chain:b', name: '乙链' },
      to: { id: 'chain:a', name: '甲链' },
      role: 'RENAMED',
      basis: 'INFERRED',
      reason: '名称相近',
      reasonEn: 'similar names',
    },
  ],
  entries: [
    {
      document: doc('doc:late', '2024-09-09'),
      entity: { id: 'chain:b', name: '乙链' },
      status: 'EXISTING',
      level: 'PROVINCIAL',
      lines: [27],
      sections: [],
    },
    {
      document: doc('doc:early', '2015-08-03'),
      entity: { id: 'chain:a', name: '甲链' },
      status: 'PLANNED',
      statusWord: '重点建设',
      level: 'PROVINCIAL',
      lines: [229, 230],
      sections: [],
    },
  ],
};

describe('plan history and compare (pure rendering)', () => {
  it('orders the timeline by date, gives the status word and lines, and names the lineage role', () => {
    const html = renderHistory(history, 'zh');
    expect(html.indexOf('2015-08-03')).toBeLessThan(html.indexOf('2024-09-09'));
    expect(html).toContain('重点建设');
    expect(html).toContain('第 229 行、第 230 行');
    expect(html).toContain('更名');
    expect(html).toContain('推断：名称相近');
    const en = renderHistory(history, 'en');
    expect(en).toContain('renamed');
    expect(en).toContain('Inferred: similar names');
    expect(en).toContain('doc:early (en)');
  });

  it('gives an inferred link its reason in the chosen language, the Chinese one when no English exists', () => {
    expect(reasonFor({ reason: '中文', reasonEn: 'English' }, 'zh')).toBe('中文');
    expect(reasonFor({ reason: '中文', reasonEn: 'English' }, 'en')).toBe('English');
    expect(reasonFor({ reason: '中文' }, 'en')).toBe('中文');
  });

  it('puts continued entities side by side, then dropped and added, marking status changes', () => {
    const c: Comparison = {
      from: doc('doc:early', '2015'),
      to: doc('doc:late', '2021'),
      added: [
        {
          entity: { id: 'p:new', name: '新平台', kind: 'LABORATORY' },
          mention: { status: 'PLANNED', lines: [3] },
        },
      ],
      dropped: [
        {
          entity: { id: 'p:old', name: '旧平台', kind: 'LABORATORY' },
          mention: { status: 'EXISTING', lines: [4] },
        },
      ],
      continued: [
        {
          before: { id: 'c:1', name: '一' },
          after: { id: 'c:2', name: '二' },
          same: false,
          roles: ['MERGED'],
          basis: 'INFERRED',
          statusBefore: 'UNKNOWN',
          statusAfter: 'PLANNED',
        },
        {
          before: { id: 'c:3', name: '三' },
          after: { id: 'c:3', name: '三' },
          same: true,
          roles: [],
          basis: 'STATED',
          statusBefore: 'PLANNED',
          statusAfter: 'PLANNED',
        },
      ],
      statusChanged: [
        {
          before: { id: 'c:1', name: '一' },
          after: { id: 'c:2', name: '二' },
          same: false,
          roles: ['MERGED'],
          basis: 'INFERRED',
          statusBefore: 'UNKNOWN',
          statusAfter: 'PLANNED',
        },
      ],
    };
    const rows = compareRows(c, 'zh');
    expect(rows.map((r) => r.kind)).toEqual(['continued', 'continued', 'dropped', 'added']);
    expect(rows.filter((r) => r.kind === 'continued' && r.changed)).toHaveLength(1);
    const html = renderComparison(c, 'zh');
    expect(html).toContain('新增 1，删去 1，延续 2（其中状态变化 1）');
    // Read left (before) to right (after): 一 并入 二, "one merged into two" (review s24).
    expect(html).toContain('→ 并入 →');
    expect(renderComparison(c, 'en')).toContain('→ merged into →');
    expect(renderComparison(c, 'en')).toContain('1 added, 1 dropped, 2 continued (1 with a status change)');
  });

  it('briefs count built vs planned and say when a chain has no platform', () => {
    expect(countStatuses([{ status: 'EXISTING' }, { status: 'PLANNED' }, { status: 'PLANNED' }])).toEqual({
      existing: 1,
      planned: 2,
      unknown: 0,
    });
    const html = chainBrief(
      {
        chain: { id: 'chain:a', name: '甲链', kind: 'CHAIN', level: 'PROVINCIAL', status: 'PLANNED' },
        platforms: [],
        reliedOn: [],
      },
      history,
      'zh',
    );
    expect(html).toContain('文件没有为该产业链指定任何平台');
    expect(
      chainBrief(
        {
          chain: { id: 'chain:a', name: '甲链', kind: 'CHAIN', level: 'PROVINCIAL', status: 'PLANNED' },
          platforms: [],
          reliedOn: [],
        },
        history,
        'en',
      ),
    ).toContain('The documents name no platform for this chain.');
  });

  it('reads lineage links from the earlier name to the later one', () => {
    // chain:b (later) CONTINUES chain:a (earlier) as RENAMED: 甲链 → 更名为 → 乙链.
    const zh = renderHistory(history, 'zh');
    expect(zh.indexOf('甲链', zh.indexOf('lineage-links'))).toBeLessThan(zh.indexOf('更名为'));
    expect(zh.indexOf('更名为')).toBeLessThan(zh.lastIndexOf('乙链'));
    const en = renderHistory(
      { ...history, links: history.links.map((l) => ({ ...l, role: 'SPLIT' })) },
      'en',
    );
    expect(en).toContain('→ split into →');
    expect(en).not.toContain('split from');
  });

  it("a city's chains are those of the province's plans and its own, not another city's; superseded ones once", () => {
    const docs = [
      { id: 'doc:prov', name: '省规划', issuer: '辽宁省人民政府', date: '2021' },
      { id: 'doc:dl', name: '大连规划', issuer: '大连市科学技术局', date: '2021' },
      { id: 'doc:old', name: '旧方案', issuer: '辽宁省人民政府', date: '2015' },
    ];
    const cities = ['大连市', '沈阳市'];
    expect(documentsOf({ name: '沈阳市' }, docs, cities).map((d) => d.id)).toEqual(['doc:prov', 'doc:old']);
    expect(documentsOf({ name: '大连市' }, docs, cities).map((d) => d.id)).toEqual([
      'doc:prov',
      'doc:dl',
      'doc:old',
    ]);
    const chains = [
      { id: 'c:prov', name: '省链', docs: ['doc:prov'] },
      { id: 'c:dl', name: '大连链', docs: ['doc:dl'] },
      { id: 'c:old', name: '旧链', docs: ['doc:old'], continuedBy: [{ id: 'c:prov', kind: 'CHAIN' }] },
      {
        id: 'c:ai',
        name: '人工智能链',
        docs: ['doc:prov'],
        continuedBy: [{ id: 'dir:ai', kind: 'DIRECTION' }],
      },
    ];
    expect(cityChains({ name: '沈阳市' }, chains, docs, cities).map((c) => c.id)).toEqual(['c:prov', 'c:ai']);
    expect(cityChains({ name: '大连市' }, chains, docs, cities).map((c) => c.id)).toEqual([
      'c:prov',
      'c:dl',
      'c:ai',
    ]);
    const split = splitByDocument(
      [
        {
          id: 'p:1',
          name: '一',
          kind: 'LABORATORY',
          level: 'NATIONAL',
          status: 'PLANNED',
          relationships: [],
          mentions: [
            { document: 'doc:old', status: 'PLANNED' },
            { document: 'doc:prov', status: 'EXISTING' },
          ],
        },
      ],
      docs,
      { ...history, entries: [] },
    );
    expect(split.map((s) => [s.document.id, s.existing, s.planned, s.unknown])).toEqual([
      ['doc:old', 0, 1, 0],
      ['doc:prov', 1, 0, 0],
    ]);
  });

  it('history, compare and brief pages round-trip through the URL; a malformed compare is reported', () => {
    for (const page of [
      { kind: 'history', id: 'chain:a' },
      { kind: 'compare', from: 'doc:impl2015', to: 'doc:plan14' },
      { kind: 'brief', id: 'region:shenyang' },
    ] as const) {
      const s = { ...INITIAL, page, lang: 'en' as const };
      expect(parseState(encodeState(s))).toEqual({ state: s, bad: [] });
    }
    expect(parseState('?compare=doc:a').bad).toEqual([{ name: 'compare', value: 'doc:a' }]);
    expect(parseState('?history=Nope').bad).toEqual([{ name: 'history', value: 'Nope' }]);
  });

  it('says a path in words, each link with its direction', () => {
    const n = (id: string, label: string, nameEn: string) => ({
      id,
      label,
      kind: 'UNIVERSITY',
      level: 'UNKNOWN',
      status: 'EXISTING',
      entity: { nameEn },
    });
    const path = {
      nodes: [
        n('uni:a', '甲大学', 'A University'),
        n('lab:b', '乙实验室', 'B Lab'),
        n('ri:c', '丙所', 'C Institute'),
      ],
      edges: [
        { id: '1', source: 'lab:b', target: 'uni:a', type: 'HOSTED_BY', basis: 'STATED' },
        { id: '2', source: 'lab:b', target: 'ri:c', type: 'HOSTED_BY', basis: 'STATED' },
      ],
    };
    expect(pathSummary([path], 'zh')).toEqual({ n: 1, k: 2, steps: '甲大学 ←依托— 乙实验室 —依托→ 丙所' });
    expect(pathSummary([path], 'en')?.steps).toContain('A University ←');
    expect(pathSummary([], 'zh')).toBeNull();
  });
});

describe('citation sections (review s23, s24)', () => {
  it("English is the API's labelEn, never the explorer's own; Chinese as written", () => {
    const c = { section: '第四章/二/专栏1/1', labelEn: 'Chapter 4, part 2, box 1, item 1' };
    expect(sectionRef(c, 'en')).toBe('Chapter 4, part 2, box 1, item 1');
    expect(sectionRef(c, 'zh')).toBe('第四章/二/专栏1/1');
    expect(sectionRef({ section: 'preamble', labelEn: 'Preamble' }, 'zh')).toBe('前言');
    expect(sectionRef({ section: 'preamble', labelEn: 'Preamble' }, 'en')).toBe('Preamble');
  });
});

describe('a lineage of several links in the compare view (review s24)', () => {
  it('reads earlier → later (the API lists the later link first), a repeated role said once', () => {
    expect(lineageWords(['SPLIT', 'EXTENDED'], 'zh')).toBe('调整为，再拆分出');
    expect(lineageWords(['SPLIT', 'EXTENDED'], 'en')).toBe('continued, rescoped, as, then split into');
    expect(lineageWords(['EXTENDED', 'EXTENDED'], 'zh')).toBe('调整为（2 次）');
    expect(lineageWords(['EXTENDED', 'EXTENDED'], 'en')).toBe('continued, rescoped, as (twice)');
    expect(lineageWords(['MERGED'], 'en')).toBe('merged into');
    expect(lineageWords([], 'zh')).toBe('延续为');
    expect(lineageWords(['EXTENDED', 'SAME'], 'zh')).toBe('调整为');
    expect(lineageWords(['SAME'], 'en')).toBe('same as');
  });
});
