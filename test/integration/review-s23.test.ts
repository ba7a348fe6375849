/**
 * The API defects of the s23 review (/work/issues/review-s23.md), each asserted over the real API:
 * an omitted optional argument, a large `where` as a variable, per-document region counts, counts
 * per city, and `node` with an unknown id among other fields.
 */
import { describe, expect, it } from 'vitest';
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
