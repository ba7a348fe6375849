/**
 * The API defects of the s23 review (/work/issues/review-s23.md), each asserted over the real API:
 * an omitted optional argument, a large `where` as a variable, per-document region counts, counts
 * per city, and `node` with an unknown id among other fields.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();

interface Sections {
  node: { sections: { label: string; path: string }[] } | null;
}

describe('optional arguments left out arrive as undefined, and mean "not given"', () => {
  it('Document.sections without `path` lists the top-level sections, as `path: null` does', async () => {
    const omitted = await server().gql<Sections>(
      '{ node(id: "doc:plan14") { ... on Document { sections { label path } } } }',
    );
    expect(codes(omitted)).toEqual([]);
    const top = omitted.data?.node?.sections ?? [];
    expect(top.length).toBeGreaterThan(1);
    const explicit = await server().gql<Sections>(
      '{ node(id: "doc:plan14") { ... on Document { sections(path: null) { label path } } } }',
    );
    expect(explicit.data?.node?.sections).toEqual(top);
    // An unset variable is an omitted argument too.
    const unset = await server().gql<Sections>(
      'query ($p: String) { node(id: "doc:plan14") { ... on Document { sections(path: $p) { label path } } } }',
    );
    expect(codes(unset)).toEqual([]);
    expect(unset.data?.node?.sections).toEqual(top);
    const all = await server().gql<{ documents: { sections: unknown[] }[] }>(
      '{ documents { ... on Document { sections { label } } } }',
    );
    expect(codes(all)).toEqual([]);
    for (const d of all.data?.documents ?? []) expect(d.sections.length).toBeGreaterThan(0);
  });

  it('other optional arguments left out (kinds, document, basis, excludeIds, types) answer as when null', async () => {
    const q = (args: string): string => `{
      node(id: "doc:impl2015") { ... on Document { sections(path: "一") { entities${args} { id } } } }
      n: neighbourhood(id: "uni:dlut", depth: 1${args ? ', document: null, basis: null, excludeKinds: null, excludeIds: null, relationshipTypes: null' : ''}) { nodes { id } }
      r: node(id: "uni:dlut") { relationships${args ? '(types: null, document: null, basis: null, roles: null, kinds: null)' : ''} { type } mentions${args ? '(document: null)' : ''} { document } }
      s: search(text: "大工"${args ? ', kinds: null' : ''}) { entity { id } }
      t: traceChain(chainId: "chain:plan14-gas-turbine"${args ? ', document: null, basis: null' : ''}) { platforms { platform { id } } }
    }`;
    const omitted = await server().gql(q(''));
    const nulls = await server().gql(q('(kinds: null)'));
    expect(omitted.errors).toBeUndefined();
    expect(nulls.errors).toBeUndefined();
    expect(omitted.data).toEqual(nulls.data);
  });
});

describe('a large where sent as a variable', () => {
  it('is refused up front with QUERY_TOO_COMPLEX naming the argument, as the same where written in the query', async () => {
    const w = { OR: Array.from({ length: 1000 }, (_, i) => ({ name: { contains: `名${i}` } })) };
    const r = await server().gql('query ($w: EntityWhere) { entities(where: $w) { totalCount } }', { w });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.message).toMatch(
      /where argument of Query\.entities\(where:\) holds 2001 conditions/,
    );
    // A planner-sized where still answers.
    const small = await server().gql<{ entities: { totalCount: number } }>(
      'query ($w: EntityWhere) { entities(where: $w) { totalCount } }',
      { w: { OR: [{ name: { contains: '大连' } }, { name: { contains: '沈阳' } }] } },
    );
    expect(small.errors).toBeUndefined();
    expect(small.data?.entities.totalCount).toBeGreaterThan(10);
  });
});

const PLATFORMS = PLATFORM_KINDS.map((k) => k.toUpperCase());
const CITIES = [
  'region:anshan',
  'region:benxi',
  'region:chaoyang',
  'region:dalian',
  'region:dandong',
  'region:fushun',
  'region:fuxin',
  'region:huludao',
  'region:jinzhou',
  'region:panjin',
  'region:shenyang',
  'region:yingkou',
];
interface Summary {
  regionSummary: { totalCount: number; nodes: { region: { id: string; name: string }; total: number }[] };
}

describe('regionSummary counts what the region filter lists', () => {
  it('with a document, equals entities(filter: {document, region}).totalCount for every city × document', async () => {
    const docs = await server().gql<{ documents: { id: string }[] }>('{ documents { id } }');
    const documents = (docs.data?.documents ?? []).map((d) => d.id);
    expect(documents).toHaveLength(5);
    const summaries = new Map<string, Map<string, number>>();
    for (const document of documents) {
      const r = await server().gql<Summary>(
        'query ($d: ID) { regionSummary(document: $d, levels: [MUNICIPAL], within: "region:liaoning") { totalCount nodes { region { id name } total } } }',
        { d: document },
      );
      expect(r.errors).toBeUndefined();
      summaries.set(document, new Map(r.data?.regionSummary.nodes.map((n) => [n.region.id, n.total])));
    }
    const mismatches: string[] = [];
    for (const city of CITIES) {
      const aliases = documents
        .map(
          (d, i) =>
            `d${i}: entities(filter: {region: "${city}", document: "${d}", kinds: [${PLATFORMS.join(', ')}]}, first: 0) { totalCount }`,
        )
        .join('\n');
      const r = await server().gql<Record<string, { totalCount: number }>>(`{ ${aliases} }`);
      expect(r.errors).toBeUndefined();
      documents.forEach((d, i) => {
        const listed = r.data?.[`d${i}`]?.totalCount;
        const counted = summaries.get(d)?.get(city);
        if (listed !== counted) mismatches.push(`${city} ${d}: summary ${counted} vs list ${listed}`);
      });
    }
    expect(mismatches).toEqual([]);
    // The review's cases: impl2015 places 3 platforms in Dalian (高新园区 and 金普新区 only through
    // other documents' links), not 5.
    expect(summaries.get('doc:impl2015')?.get('region:dalian')).toBe(3);
  });
});

describe('counts per city', () => {
  it('levels: [MUNICIPAL] within Liaoning lists its cities only, most platforms first', async () => {
    const r = await server().gql<Summary>(
      '{ regionSummary(levels: [MUNICIPAL], within: "region:liaoning") { totalCount nodes { region { id name } total } } }',
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data?.regionSummary.nodes ?? [];
    expect(nodes.map((n) => n.region.id).sort()).toEqual(CITIES);
    expect(r.data?.regionSummary.totalCount).toBe(12);
    expect(nodes[0]?.region.id).toBe('region:dalian');
    for (let i = 1; i < nodes.length; i += 1) {
      const [a, b] = [nodes[i - 1], nodes[i]];
      expect(
        a &&
          b &&
          (a.total > b.total ||
            (a.total === b.total && a.region.name.localeCompare(b.region.name, 'zh-u-co-pinyin') <= 0)),
      ).toBe(true);
    }
    // Without the filters: provinces, districts and areas are there too; by name in pinyin order.
    const all = await server().gql<Summary>(
      '{ regionSummary(first: 200, orderBy: NAME) { totalCount nodes { region { id name } total } } }',
    );
    const names = all.data?.regionSummary.nodes.map((n) => n.region.name) ?? [];
    expect(names.length).toBeGreaterThan(12);
    expect(names).toContain('辽宁省');
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-u-co-pinyin').compare));
    // A city that is not a region is refused, naming the argument.
    const bad = await server().gql('{ regionSummary(within: "uni:dlut") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.argument).toBe('within');
  });
});

describe('node of an unknown id', () => {
  it('is null with NOT_FOUND in errors, and the sibling fields still answer (Relay convention)', async () => {
    const r = await server().gql<{
      a: { id: string } | null;
      b: { id: string } | null;
      stats: { entities: number };
    }>('{ a: node(id: "uni:dlut") { id } b: node(id: "uni:nobody") { id } stats { entities } }');
    expect(r.status).toBe(200);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors?.[0]?.path).toEqual(['b']);
    expect(r.data?.a).toEqual({ id: 'uni:dlut' });
    expect(r.data?.b).toBeNull();
    expect(r.data?.stats.entities).toBeGreaterThan(100);
  });
});
