/**
 * The rules changed for documents the project had never seen (docs/ingest.md, "Documents never
 * seen"): tables, older layouts, a status after the name, place-only category names, near matches,
 * two spellings of one chain, 围绕…布局建设, 依托Y建设Z, 由Y牵头建设，位于Z. Every sentence is
 * written for these tests; every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { paragraphsOf, splitLines } from '../../../src/ingest/document.js';
import { sectionPaths } from '../../../src/ingest/sections.js';
import { roleOf, tableRows } from '../../../src/ingest/tables.js';
import { entity, idOf, ingestText, relation, smallGraph } from './support.js';

describe('tables', () => {
  it('reads column roles and keeps the cells of a row apart', () => {
    expect(
      ['序号', '平台名称', '依托单位', '牵头单位', '共建单位', '所在市', '建设状态'].map(roleOf),
    ).toEqual(['number', 'name', 'host', 'lead', 'partner', 'place', 'status']);
    const rows = tableRows(['序号\t名称\t依托单位\t所在市', '1\t甲乙材料工程研究中心\t东北大学\t沈阳市', '']);
    expect(rows.get(2)?.text).toBe('甲乙材料工程研究中心；东北大学；沈阳市。');
  });

  it('proposes a row’s platform with its host, place and the status the list announces', () => {
    const p = ingestText(
      [
        '关于公布示范平台名单的通知',
        '经评审，确定以下平台获批建设。',
        '序号 名称 依托单位 所在市',
        '1 寒地材料辽宁省重点实验室 东北大学 沈阳市',
      ].join('\n'),
    );
    const lab = p.entities.find((e) => e.name === '寒地材料辽宁省重点实验室');
    expect(lab).toMatchObject({ status: 'existing', statusWord: '获批建设', level: 'provincial' });
    expect(relation(p, lab?.id, 'HOSTED_BY', 'uni:neu')?.basis).toBe('stated');
    expect(relation(p, lab?.id, 'LOCATED_IN', 'region:shenyang')).toBeDefined();
  });

  it('reads labelled rows (牵头单位：Y) and a status cell', () => {
    const p = ingestText(
      ['拟培育平台名单', '1．沈阳精密仪器技术创新中心　　牵头单位：大连理工大学', ''].join('\n'),
    );
    const tic = p.entities.find((e) => e.name === '沈阳精密仪器技术创新中心');
    expect(tic).toMatchObject({ status: 'planned', statusWord: '培育' });
    expect(relation(p, tic?.id, 'LED_BY', 'uni:dlut')).toBeDefined();
  });
});

describe('older layouts', () => {
  it('reads ⑴ and ① as items, full-width digits as digits, and joins a name broken across lines', () => {
    const lines = splitLines(
      [
        '二、任务',
        '⑴　培育平台。重点培育以下平台：',
        '①大连海港智能工程技术研究',
        '中心，依托大连海事大学建设；',
        '２．其他。',
      ].join('\n'),
    );
    const paths = sectionPaths(lines);
    expect(paths[2]).toBe('二/(1)/(1)');
    const paras = paragraphsOf(lines);
    expect(paras.some((p) => p.text.startsWith('①大连海港智能工程技术研究中心，'))).toBe(true);
    expect(paras.some((p) => p.text.startsWith('2.'))).toBe(true);
    const p = ingestText(lines.join('\n'));
    const rc = p.entities.find((e) => e.name === '大连海港智能工程技术研究中心');
    expect(rc).toMatchObject({ status: 'planned', statusWord: '培育' });
    expect(relation(p, rc?.id, 'HOSTED_BY', 'uni:dlmu')).toBeDefined();
  });
});

describe('status and names', () => {
  it('reads a status after the name: 已建成, 已于…建成, 目前正在建设, 拟建', () => {
    const p = ingestText(
      [
        '依托东北大学建设的沈阳冶金材料研究中心已建成。',
        '大连海事大学联合大连理工大学共建大连港口智能工程研究中心，目前正在建设。',
        '支持沈阳农机工程研究中心拟建于沈阳市。',
      ].join('\n\n'),
    );
    const by = (n: string) => p.entities.find((e) => e.name === n);
    expect(by('沈阳冶金材料研究中心')).toMatchObject({ status: 'existing', statusWord: '已建成' });
    expect(by('大连港口智能工程研究中心')).toMatchObject({ status: 'planned', statusWord: '正在建设' });
    expect(by('沈阳农机工程研究中心')).toMatchObject({ status: 'planned', statusWord: '拟建' });
    expect(relation(p, by('沈阳农机工程研究中心')?.id, 'LOCATED_IN', 'region:shenyang')).toBeDefined();
  });

  it('takes a place with its administrative word and a bare head as a category', () => {
    const p = ingestText('二、辽宁省技术创新中心\n\n积极建设锦州市重点实验室。');
    for (const n of ['辽宁省技术创新中心', '锦州市重点实验室']) {
      const e = p.entities.find((x) => x.name === n);
      expect(e === undefined || e.confidence < 0.6, n).toBe(true);
    }
  });

  it('does not resolve a name one different character away (农产品 is not 水产品)', () => {
    const graph = smallGraph([entity('chain:aquatic', 'chain', '水产品加工产业链')]);
    const p = ingestText('研究中心服务农产品加工产业链。', graph);
    expect(p.mentions.map((m) => m.id)).not.toContain('chain:aquatic');
  });
});

describe('relations of compound sentences', () => {
  it('围绕A和B产业链，布局建设X: X serves both chains', () => {
    const p = ingestText('围绕海工装备产业链和船舶配套产业链，布局建设大连海工新材料中试基地。');
    const x = idOf(p, '大连海工新材料中试基地');
    expect(relation(p, x, 'SERVES', idOf(p, '海工装备产业链'))?.basis).toBe('stated');
    expect(relation(p, x, 'SERVES', idOf(p, '船舶配套产业链'))).toBeDefined();
  });

  it('X要依托Y建设Z hosts Z on Y, not X; 由Y牵头建设，位于Z does not make Z led by Y', () => {
    const p = ingestText(
      [
        '沈阳经济技术开发区要依托沈阳装备产业园建设装备检验检测中心。',
        '',
        '专栏1 技术创新中心（培育）',
        '',
        '1.沈阳机床智能技术创新中心。由大连理工大学牵头建设，位于沈阳经济技术开发区。',
      ].join('\n'),
    );
    const zone = idOf(p, '沈阳经济技术开发区');
    expect(relation(p, zone, 'HOSTED_BY', idOf(p, '沈阳装备产业园'))).toBeUndefined();
    expect(relation(p, idOf(p, '装备检验检测中心'), 'HOSTED_BY', idOf(p, '沈阳装备产业园'))).toBeDefined();
    expect(relation(p, zone, 'LED_BY', 'uni:dlut')).toBeUndefined();
    expect(relation(p, idOf(p, '沈阳机床智能技术创新中心'), 'LED_BY', 'uni:dlut')).toBeDefined();
  });

  it('flags a second spelling of one chain in one document and keeps it below 0.6', () => {
    const p = ingestText('--激光产业链。重点依托东北大学等单位。\n\n围绕激光产业创新链部署研发任务。');
    const second = p.entities.find((e) => e.name === '激光产业创新链');
    expect(second?.compared).toContain('激光产业链');
    expect(second?.confidence).toBeLessThan(0.6);
  });
});

describe('a host named in 依托X建设 (review s24 Low)', () => {
  it('is no planned zone with the box’s 培育', () => {
    const p = ingestText(
      [
        '专栏2 技术创新中心（培育）',
        '',
        '1.海城镁材料技术创新中心。依托海城菱镁产业园建设，服务新材料产业链。',
      ].join('\n'),
    );
    const park = p.entities.find((e) => e.name === '海城菱镁产业园');
    expect(park?.status ?? 'unknown').toBe('unknown');
    expect(park?.statusWord).toBeUndefined();
    expect(p.entities.find((e) => e.name === '海城镁材料技术创新中心')).toMatchObject({ statusWord: '培育' });
  });
});
