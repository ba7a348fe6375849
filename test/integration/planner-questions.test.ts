/**
 * Questions planners ask, written from the source documents, each answered by a query in
 * cypher/questions/ against the seeded graph. Expected answers come from the documents
 * (document, line) rather than from the data, so a curation mistake shows up here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { testDatabase } from '../support/db.js';
import { seedFresh } from '../support/seeded.js';
import { CENTRES_LED_BY_UNNAMED_ENTERPRISE, MARINE_CHAIN_UNITS } from '../support/planner-answers.js';

const db = testDatabase();
beforeAll(() => seedFresh(db));
afterAll(() => db.close());

const ask = async (query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> =>
  (await db.read(cypher(`questions/${query}`), params)).records.map((r) => r.toObject());
const names = async (query: string, params: Record<string, unknown> = {}, key = 'name'): Promise<string[]> =>
  [...new Set((await ask(query, params)).map((r) => String(r[key])))].sort();
const sorted = (xs: string[]): string[] => [...xs].sort();

const ALL_STATUSES = ['existing', 'planned', 'unknown'];
const ALL_LEVELS = ['national', 'provincial', 'municipal', 'unknown'];
const ROLES = ['HOSTED_BY', 'LED_BY', 'CO_BUILT_WITH'];

describe('planner questions', () => {
  it('Q01 which platforms does 大连理工大学 host, lead or co-build (stated)? plan14 专栏1/5, 专栏3/5-6; dalian14 ch2', async () => {
    expect(
      await names('platforms-of-institution', { id: 'uni:dlut', types: ROLES, bases: ['stated'] }),
    ).toEqual(
      sorted([
        '高端精密制造国家重点实验室',
        '海洋工程环境实验与模拟设施',
        '智能制造重大科技设施群',
        '智能制造研究中心',
        '精细化工与催化研究中心',
      ]),
    );
  });

  it('Q02 which platforms does 东北大学 host? plan14 专栏1/6, 专栏3/4', async () => {
    expect(
      await names('platforms-of-institution', { id: 'uni:neu', types: ROLES, bases: ['stated'] }),
    ).toEqual(sorted(['深部工程与智能技术国家重点实验室', '超大型深部工程灾害物理模拟试验装置']));
  });

  it('Q03 which national technology innovation centres are led by an unnamed 优势企业? plan14 专栏2/1-5', async () => {
    expect(
      await names('platforms-of-institution', {
        id: 'ent:unnamed-leading-enterprise',
        types: ['LED_BY'],
        bases: ['stated'],
      }),
    ).toEqual(sorted([...CENTRES_LED_BY_UNNAMED_ENTERPRISE]));
  });

  it('Q04 which centre does 中国科学院沈阳应用生态研究所 lead? plan14 专栏2/6', async () => {
    expect(
      await names('platforms-of-institution', { id: 'ri:cas-iae', types: ['LED_BY'], bases: ['stated'] }),
    ).toEqual(['国家黑土地保护与利用技术创新中心']);
  });

  it('Q05 which hospitals host the national clinical medical research centres to be created? plan14 专栏2/7-10', async () => {
    const rows = await ask('hosts-of-platforms', {
      kinds: ['clinical_centre'],
      levels: ['national'],
      statuses: ALL_STATUSES,
    });
    expect(rows.map((r) => `${String(r.platform)}←${String(r.host)}`).sort()).toEqual(
      sorted([
        '国家糖尿病与代谢疾病临床医学研究中心←中国医科大学附属第一医院',
        '国家皮肤与免疫疾病临床医学研究中心←中国医科大学附属第一医院',
        '国家心血管疾病临床医学研究中心←中国人民解放军北部战区总医院',
        '国家出生缺陷临床医学研究中心←中国医科大学附属盛京医院',
      ]),
    );
  });

  it('Q06 which universities host the national key laboratories to be created (争创)? plan14 专栏1', async () => {
    const rows = await ask('hosts-of-platforms', {
      kinds: ['laboratory'],
      levels: ['national'],
      statuses: ['planned'],
    });
    expect(sorted(rows.map((r) => String(r.host)))).toEqual(
      sorted([
        '沈阳航空航天大学',
        '大连工业大学',
        '沈阳建筑大学',
        '沈阳农业大学',
        '大连理工大学',
        '东北大学',
      ]),
    );
  });

  it('Q07 which institution hosts each major S&T infrastructure of 专栏3? plan14 专栏3/1-7', async () => {
    const rows = await ask('hosts-of-platforms', {
      kinds: ['infrastructure'],
      levels: ALL_LEVELS,
      statuses: ALL_STATUSES,
    });
    expect(rows.map((r) => `${String(r.platform)}←${String(r.host)}`).sort()).toEqual(
      sorted([
        '基于高亮度极紫外自由电子激光的前沿科技研究设施←中国科学院大连化学物理研究所',
        '未来工业互联网创新基础设施←中国科学院沈阳自动化研究所',
        '高能射线多束源材料多维成像分析测试装置←沈阳材料科学国家研究中心',
        '超大型深部工程灾害物理模拟试验装置←东北大学',
        '海洋工程环境实验与模拟设施←大连理工大学',
        '智能制造重大科技设施群←大连理工大学',
        '特殊钢全生命周期研究评价设施←中国科学院金属研究所',
      ]),
    );
  });

  it('Q08 what does 中国科学院大连化学物理研究所 host or co-build? plan14 专栏3/1; dalian14 ch2', async () => {
    expect(
      await names('platforms-of-institution', { id: 'ri:cas-dicp', types: ROLES, bases: ['stated'] }),
    ).toEqual(sorted(['基于高亮度极紫外自由电子激光的前沿科技研究设施', '精细化工与催化研究中心']));
  });

  const reliesOn: [string, string, string, string[]][] = [
    [
      'Q09',
      '海洋工程装备产业链',
      'chain:marine-engineering-equipment-industrial-chain',
      [...MARINE_CHAIN_UNITS],
    ],
    [
      'Q10',
      '新能源汽车产业链',
      'chain:new-energy-vehicle-industrial-chain',
      ['华晨汽车', '曙光汽车', '中国科学院沈阳自动化研究所'],
    ],
    [
      'Q11',
      '节能环保产业链',
      'chain:energy-saving-environmental-protection-industrial-chain',
      ['东北大学', '中国科学院沈阳应用生态研究所', '沈阳化工研究院'],
    ],
    [
      'Q12',
      '新一代信息技术产业链',
      'chain:new-generation-it-industrial-chain',
      ['大连华信', '大连环宇', '东北大学'],
    ],
    ['Q13', '核电装备产业链', 'chain:nuclear-power-equipment-industrial-chain', ['沈鼓集团']],
    [
      'Q14',
      '工程机械产业链',
      'chain:construction-machinery-industrial-chain',
      ['盘锦天意', '沈鼓集团', '三一重装', '北方重工'],
    ],
    [
      'Q15',
      '轨道交通装备产业链',
      'chain:rail-transit-equipment-industrial-chain',
      ['鞍钢集团', '大连机车', '瓦轴集团', '福鞍重工', '营口新泰'],
    ],
    [
      'Q16',
      '特高压输变电设备产业链',
      'chain:uhv-transmission-equipment-industrial-chain',
      ['特变电工沈变公司', '新东北电气集团', '鞍山荣信'],
    ],
    [
      'Q17',
      '生物医药产业链',
      'chain:biomedicine-industrial-chain',
      ['沈阳药科大学', '辽宁中医药大学', '东软医疗', '东北制药', '沈阳三生', '大连美罗', '辽宁成大'],
    ],
    ['Q18', '航空装备产业链', 'chain:aviation-equipment-industrial-chain', []],
  ];
  it.each(reliesOn)('%s which units does the %s rely on? impl2015 二', async (_q, _name, chain, expected) => {
    expect(await names('units-chain-relies-on', { chain })).toEqual(sorted(expected));
  });

  it('Q19 which major infrastructures are planned in Dalian? plan14 第三章; dalian14 ch2', async () => {
    expect(
      await names('platforms-in-region', {
        region: 'region:dalian',
        kinds: ['infrastructure'],
        statuses: ['planned'],
      }),
    ).toEqual(
      sorted([
        '基于高亮度极紫外自由电子激光的前沿科技研究设施',
        '高效低碳燃气轮机试验装置',
        '强磁场大科学装置',
        '大型成像和精密高效分析研究设施',
        '海洋工程环境实验与模拟设施',
        '智能制造重大科技设施群',
      ]),
    );
  });

  it('Q20 which are the four 辽宁实验室? plan14 第四章/一', async () => {
    expect(await names('members-of', { id: 'grp:liaoning-laboratory' })).toEqual(
      sorted(['辽宁材料实验室', '辽宁智能制造实验室', '辽宁精密制造实验室', '辽宁精细化工与催化实验室']),
    );
  });

  it('Q21 what are the six future-industry directions? future2024', async () => {
    expect(await names('members-of', { id: 'dir:future-industries' })).toEqual(
      sorted(['人工智能', '新能源', '新材料', '绿色低碳', '深海深地空天', '生命健康']),
    );
  });

  it('Q22 which sub-fields make up the 新能源 direction? future2024', async () => {
    expect(await names('members-of', { id: 'dir:new-energy' })).toEqual(sorted(['氢能', '储能', '核能']));
  });

  it('Q23 do 大连化物所 and 中科院大连化物所 denote the same institute?', async () => {
    const a = await names('resolve-name', { name: '大连化物所' }, 'id');
    const b = await names('resolve-name', { name: '中科院大连化物所' }, 'id');
    const c = await names('resolve-name', { name: '中国科学院大连化学物理研究所' }, 'id');
    expect(a).toEqual(['ri:cas-dicp']);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('Q24 which chains have no platform at all? (some chains of impl2015 rely only on firms)', async () => {
    const none = await names('chains-without-platforms');
    expect(none).toEqual(
      expect.arrayContaining([
        '航空装备产业链',
        '核电装备产业链',
        '工程机械产业链',
        '特高压输变电设备产业链',
      ]),
    );
    // Served by 国家燃气轮机技术创新中心; relies on 盘锦海工基地.
    expect(none).not.toContain('燃气轮机产业创新链');
    expect(none).not.toContain('海洋工程装备产业链');
  });

  it('Q25 which platforms serve the 燃气轮机 chain, and who leads them? plan14 专栏2/5; dalian14', async () => {
    const rows = await ask('platforms-serving-chain', { chain: 'chain:plan14-gas-turbine' });
    expect(rows.map((r) => String(r.name))).toEqual(
      expect.arrayContaining(['国家燃气轮机技术创新中心', '高效低碳燃气轮机试验装置']),
    );
    expect(rows.find((r) => r.name === '国家燃气轮机技术创新中心')?.hosts).toEqual(['我省优势企业']);
  });

  it('Q26 which documents cite 大连理工大学?', async () => {
    expect(await names('documents-citing', { id: 'uni:dlut' }, 'id')).toEqual([
      'doc:dalian14',
      'doc:impl2015',
      'doc:plan14',
    ]);
  });

  it('Q27 which institutions do several 2015 chains rely on?', async () => {
    const rows = await ask('institutions-shared-by-chains', { min: 2 });
    expect(Object.fromEntries(rows.map((r) => [String(r.name), Number(r.count)]))).toEqual({
      中国科学院沈阳自动化研究所: 3,
      东北大学: 2,
      大连理工大学: 2,
      沈鼓集团: 2,
    });
  });

  it('Q28 which 16 industrial chains does the 2015 implementation plan name?', async () => {
    const chains = await names('chains-of-document', { doc: 'doc:impl2015' });
    expect(chains).toHaveLength(16);
    expect(chains).toEqual(
      expect.arrayContaining([
        '高档数控机床及自动化生产线产业链',
        'IC装备产业链',
        '激光科技产业链',
        '风电装备产业链',
      ]),
    );
  });

  it('Q29 what has Dalian planned versus built, by platform kind?', async () => {
    const rows = await ask('region-status-summary', { region: 'region:dalian' });
    const count = (kind: string, status: string): number =>
      Number(rows.find((r) => r.kind === kind && r.status === status)?.count ?? 0);
    expect(rows.every((r) => (PLATFORM_KINDS as string[]).includes(String(r.kind)))).toBe(true);
    // 6: the umbrella 重大科技基础设施集群 is a platform group, not a facility (issue 16, defect 8).
    expect(count('infrastructure', 'planned')).toBe(6);
    expect(count('infrastructure', 'existing')).toBe(0);
    expect(count('innovation_institute', 'existing')).toBeGreaterThanOrEqual(1); // 中国科学院洁净能源创新研究院
  });

  it('Q30 what is planned in 英歌石科学城? dalian14 ch2', async () => {
    const inCity = await names('platforms-in-zone', {
      zone: 'zone:yingeshi-science-city',
      kinds: PLATFORM_KINDS,
      statuses: ALL_STATUSES,
    });
    expect(inCity).toEqual(
      expect.arrayContaining([
        '中国科学院洁净能源创新研究院',
        '大连理工大学科技创新基地',
        '重大科技基础设施集群',
      ]),
    );
  });
});
