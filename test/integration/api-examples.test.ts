/**
 * The IDE's example operations all run, and the planner questions of the data issue are
 * answered through GraphQL with exact answer sets (documents and lines in the titles).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { useSeededApi } from '../support/api.js';
import { CENTRES_LED_BY_UNNAMED_ENTERPRISE, MARINE_CHAIN_UNITS } from '../support/planner-answers.js';

const server = useSeededApi();

const sorted = (xs: string[]): string[] => [...xs].sort();
type Named = { name: string }[];

describe('IDE examples', () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('runs: %s', async (_title, example) => {
    const r = await server().gql(example.query, example.variables ?? {});
    expect(r.errors).toBeUndefined();
    expect(r.data).toBeTruthy();
  });
});

describe('planner questions through GraphQL', () => {
  it('platforms 大连理工大学 hosts (plan14 专栏1/5, 专栏3/5-6; dalian14)', async () => {
    const r = await server().gql<{ node: { hostedPlatforms: Named } }>(
      '{ node(id: "uni:dlut") { ... on University { hostedPlatforms { name } } } }',
    );
    expect(r.data?.node.hostedPlatforms.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        '高端精密制造国家重点实验室',
        '海洋工程环境实验与模拟设施',
        '智能制造重大科技设施群',
        '智能制造研究中心',
      ]),
    );
  });

  it('the five national technology innovation centres led by 我省优势企业 (plan14 专栏2/1-5)', async () => {
    const r = await server().gql<{ node: { ledPlatforms: Named } }>(
      '{ node(id: "ent:unnamed-leading-enterprise") { ... on Enterprise { ledPlatforms { name } } } }',
    );
    expect(sorted(r.data?.node.ledPlatforms.map((p) => p.name) ?? [])).toEqual(
      sorted([...CENTRES_LED_BY_UNNAMED_ENTERPRISE]),
    );
  });

  it('units the 海洋工程装备产业链 relies on (impl2015 l.31)', async () => {
    const r = await server().gql<{ node: { reliedOn: Named } }>(
      '{ node(id: "chain:marine-engineering-equipment-industrial-chain") { ... on Chain { reliedOn { name } } } }',
    );
    expect(sorted(r.data?.node.reliedOn.map((u) => u.name) ?? [])).toEqual(sorted([...MARINE_CHAIN_UNITS]));
  });

  it('hospitals host the national clinical medical research centres (plan14 专栏2/7-10)', async () => {
    const r = await server().gql<{
      a: { hostedPlatforms: Named };
      b: { hostedPlatforms: Named };
      c: { hostedPlatforms: Named };
    }>(`{
      a: node(id: "hos:cmu-1st") { ... on Hospital { hostedPlatforms { name } } }
      b: node(id: "hos:cmu-shengjing") { ... on Hospital { hostedPlatforms { name } } }
      c: node(id: "hos:pla-northern") { ... on Hospital { hostedPlatforms { name } } }
    }`);
    expect(sorted(r.data?.a.hostedPlatforms.map((p) => p.name) ?? [])).toEqual(
      sorted(['国家糖尿病与代谢疾病临床医学研究中心', '国家皮肤与免疫疾病临床医学研究中心']),
    );
    expect(r.data?.b.hostedPlatforms.map((p) => p.name)).toEqual(['国家出生缺陷临床医学研究中心']);
    expect(r.data?.c.hostedPlatforms.map((p) => p.name)).toEqual(['国家心血管疾病临床医学研究中心']);
  });

  it('the four 辽宁实验室 and the six future-industry directions (plan14 第四章/一; future2024)', async () => {
    const r = await server().gql<{ labs: { parts: Named }; future: { parts: Named } }>(`{
      labs: node(id: "grp:liaoning-laboratory") { ... on PlatformGroup { parts { name } } }
      future: node(id: "dir:future-industries") { ... on Direction { parts { name } } }
    }`);
    expect(sorted(r.data?.labs.parts.map((p) => p.name) ?? [])).toEqual(
      sorted(['辽宁材料实验室', '辽宁智能制造实验室', '辽宁精密制造实验室', '辽宁精细化工与催化实验室']),
    );
    expect(sorted(r.data?.future.parts.map((p) => p.name) ?? [])).toEqual(
      sorted(['人工智能', '新能源', '新材料', '绿色低碳', '深海深地空天', '生命健康']),
    );
  });

  it('the 6 infrastructures planned in Dalian (plan14 第三章; dalian14; the 集群 is a group)', async () => {
    const r = await server().gql<{ entities: { totalCount: number; nodes: Named } }>(
      '{ entities(filter: { kinds: [INFRASTRUCTURE], statuses: [PLANNED], region: "region:dalian" }, first: 50) { totalCount nodes { name } } }',
    );
    expect(r.data?.entities.totalCount).toBe(6);
    expect(r.data?.entities.nodes.map((n) => n.name)).toEqual(
      expect.arrayContaining(['高效低碳燃气轮机试验装置', '强磁场大科学装置']),
    );
  });

  it.each(['大连化物所', '中科院大连化物所', '中国科学院大连化学物理研究所'])(
    'search %s finds the one DICP node first',
    async (text) => {
      const r = await server().gql<{ search: { entity: { id: string } }[] }>(
        'query($t: String!) { search(text: $t, first: 3) { entity { id } } }',
        { t: text },
      );
      expect(r.data?.search[0]?.entity.id).toBe('ri:cas-dicp');
    },
  );
});

describe('GraphQL IDE', () => {
  it('serves GraphiQL at /graphql for browsers, with every asset from this server', async () => {
    const page = await fetch(`${server().server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.length).toBeGreaterThanOrEqual(4);
    for (const s of srcs) {
      expect(s.startsWith('/ide/')).toBe(true);
      const asset = await fetch(`${server().server.url}${s}`);
      expect(asset.status).toBe(200);
      await asset.arrayBuffer();
    }
    // No way out of the asset folders: encoded dot segments still land on the explorer's page.
    for (const path of ['/ide/%2e%2e/%2e%2e/package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const body = await (await fetch(`${server().server.url}${path}`)).text();
      expect(body).not.toContain('"name": "innograph"');
    }
  });
});
