/**
 * Questions by year (review s25 M12): `filter.year` is the documents issued that year, each read
 * with exactly the rule of `document`; an entity qualifies if any of them says so.
 */
import { describe, expect, it } from 'vitest';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();

interface Page {
  entities: { totalCount: number; nodes: { id: string }[] };
}

const ids = async (filter: string): Promise<string[]> => {
  const r = await server().gql<Page>(
    `{ entities(first: 100, filter: { ${filter} }) { totalCount nodes { id } } }`,
  );
  expect(codes(r), filter).toEqual([]);
  const nodes = r.data?.entities.nodes ?? [];
  expect(nodes.length, filter).toBe(r.data?.entities.totalCount);
  return nodes.map((n) => n.id).sort();
};

describe('filter.year', () => {
  it('the 2021 plans planned in 大连: the union of doc:plan14 and doc:dalian14 asked one by one', async () => {
    const docs = await server().gql<{ documents: { id: string; date: string }[] }>(
      '{ documents { id date } }',
    );
    const of2021 = (docs.data?.documents ?? []).filter((d) => d.date.startsWith('2021')).map((d) => d.id);
    expect(of2021.sort()).toEqual(['doc:dalian14', 'doc:plan14']);
    const each = await Promise.all(
      of2021.map((d) => ids(`document: "${d}", region: "region:dalian", statuses: [PLANNED]`)),
    );
    const union = [...new Set(each.flat())].sort();
    expect(union.length).toBeGreaterThan(0);
    expect(await ids('year: 2021, region: "region:dalian", statuses: [PLANNED]')).toEqual(union);
  });

  it('a year of one document answers as that document; with kinds only too', async () => {
    expect(await ids('year: 2015, statuses: [PLANNED], kinds: [LABORATORY]')).toEqual(
      await ids('document: "doc:impl2015", statuses: [PLANNED], kinds: [LABORATORY]'),
    );
    expect(await ids('year: 2020, kinds: [LABORATORY, ZONE]')).toEqual(
      await ids('document: "doc:guide2020", kinds: [LABORATORY, ZONE]'),
    );
  });

  it('a year without a document is refused naming the years that have one', async () => {
    const r = await server().gql('{ entities(filter: { year: 2019 }) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toBe(
      'filter.year: no document was issued in 2019; documents were issued in 2015, 2020, 2021, 2024',
    );
  });

  it('year and document together are refused', async () => {
    const r = await server().gql(
      '{ entities(filter: { year: 2021, document: "doc:plan14" }) { totalCount } }',
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toContain('not both');
  });
});

describe('filter.asOf', () => {
  it('after the last document, statuses as of the year are the current statuses', async () => {
    for (const s of ['PLANNED', 'EXISTING', 'UNKNOWN'])
      expect(await ids(`asOf: 2030, statuses: [${s}], kinds: [LABORATORY]`), s).toEqual(
        await ids(`statuses: [${s}], kinds: [LABORATORY]`),
      );
  });

  it('as of 2015 only impl2015 speaks: its PLANNED laboratories', async () => {
    expect(await ids('asOf: 2015, statuses: [PLANNED], kinds: [LABORATORY]')).toEqual(
      await ids('document: "doc:impl2015", statuses: [PLANNED], kinds: [LABORATORY]'),
    );
  });

  it('as of 2021 in 大连: planned by the latest of impl2015, guide2020, plan14, dalian14 that gives a status', async () => {
    const got = await ids(
      'asOf: 2021, region: "region:dalian", statuses: [PLANNED], kinds: [LABORATORY, INFRASTRUCTURE, INNOVATION_INSTITUTE]',
    );
    expect(got).toContain('lab:food-science-nutrition-health');
    // dalian14 (the later 2021 plan) calls it existing, although plan14 plans it.
    expect(got).not.toContain('ii:cas-clean-energy-institute');
    expect(
      await ids('year: 2021, region: "region:dalian", statuses: [PLANNED], kinds: [INNOVATION_INSTITUTE]'),
    ).toContain('ii:cas-clean-energy-institute');
  });

  it('a year before the first document, or asOf with year, is refused', async () => {
    const r = await server().gql('{ entities(filter: { asOf: 2010, statuses: [PLANNED] }) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toBe(
      'filter.asOf: no document was issued up to 2010; the first was issued in 2015',
    );
    const both = await server().gql('{ entities(filter: { asOf: 2021, year: 2021 }) { totalCount } }');
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
  });
});
