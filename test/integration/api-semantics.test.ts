/**
 * What the API means (README): region rule, search order, narrowing by document and basis,
 * per-document status, lineage. Each answer is exact, in one query.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { codes, useSeededApi } from '../support/api.js';

const server = useSeededApi();
const PLATFORMS = PLATFORM_KINDS.map((k) => k.toUpperCase());

interface Ids {
  entities: { totalCount: number; nodes: { id: string; name: string }[] };
}
const IN_REGION = /* GraphQL */ `
  query ($filter: EntityFilter) {
    entities(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`;

describe('the region rule', () => {
  it('never counts what is in a Dalian park as Shenyang through the 沈大 zone', async () => {
    const r = await server().gql<Ids>(IN_REGION, { filter: { region: 'region:shenyang', kinds: PLATFORMS } });
    const ids = r.data?.entities.nodes.map((n) => n.id) ?? [];
    expect(ids).toContain('zone:shenyang-hitech-zone');
    expect(ids).toContain('zone:shenyang-dalian-nidz'); // located in both cities, so in each
    for (const dalian of [
      'zone:yingeshi-science-city',
      'pb:dalian-software-cloud-base',
      'zone:dalian-hi-tech-zone',
      'zone:jinpu-new-area',
      'inf:dalian-advanced-light-source',
    ])
      expect(ids).not.toContain(dalian);
  });

  it('never counts 沈阳高新区 as Dalian', async () => {
    const r = await server().gql<Ids>(IN_REGION, { filter: { region: 'region:dalian', kinds: PLATFORMS } });
    const ids = r.data?.entities.nodes.map((n) => n.id) ?? [];
    expect(ids).not.toContain('zone:shenyang-hitech-zone');
    expect(ids).toContain('zone:yingeshi-science-city');
    expect(ids).toContain('pb:dalian-software-cloud-base');
  });

  it('gives regionSummary the same platforms as the region filter', async () => {
    const r = await server().gql<{
      regionSummary: { total: number }[];
      entities: { totalCount: number };
    }>(
      /* GraphQL */ `
        query ($kinds: [Kind!]) {
          regionSummary(region: "region:shenyang") {
            total
          }
          entities(filter: { region: "region:shenyang", kinds: $kinds }) {
            totalCount
          }
        }
      `,
      { kinds: PLATFORMS },
    );
    expect(r.data?.regionSummary[0]?.total).toBe(r.data?.entities.totalCount);
    expect(r.data?.entities.totalCount).toBeLessThan(35);
  });

  it('keeps only stated memberships with regionBasis: STATED', async () => {
    const all = await server().gql<Ids>(IN_REGION, { filter: { region: 'region:dalian', kinds: PLATFORMS } });
    const stated = await server().gql<Ids>(IN_REGION, {
      filter: { region: 'region:dalian', kinds: PLATFORMS, regionBasis: 'STATED' },
    });
    expect(stated.data?.entities.totalCount).toBeGreaterThan(0);
    expect(stated.data?.entities.totalCount).toBeLessThan(all.data?.entities.totalCount ?? 0);
  });
});

interface Hits {
  search: { matchType: string; matchedOn: string; entity: { id: string } }[];
}
const SEARCH = /* GraphQL */ `
  query ($text: String!) {
    search(text: $text, first: 5) {
      matchType
      matchedOn
      entity {
        id
      }
    }
  }
`;

describe('search', () => {
  it.each([
    ['大连先进光源', 'inf:dalian-advanced-light-source', 'ALIAS', 'ALIAS'],
    ['英歌石科学城', 'zone:yingeshi-science-city', 'EXACT', 'NAME'],
    [' “英歌石科学城” ', 'zone:yingeshi-science-city', 'EXACT', 'NAME'],
    ['yinggeshikexuecheng', 'zone:yingeshi-science-city', 'ALIAS', 'PINYIN'],
    ['ygskxc', 'zone:yingeshi-science-city', 'ALIAS', 'INITIALS'],
    ['dllg', 'uni:dlut', 'PREFIX', 'INITIALS'],
    ['Dalian University of Technology', 'uni:dlut', 'ALIAS', 'ENGLISH'],
  ])('puts what %s names first', async (text, id, matchType, matchedOn) => {
    const r = await server().gql<Hits>(SEARCH, { text });
    expect(r.data?.search[0]).toEqual({ matchType, matchedOn, entity: { id } });
  });

  it('says FUZZY when nothing matches what was typed', async () => {
    const r = await server().gql<Hits>(SEARCH, { text: '大连量子计算国家实验室' });
    expect(r.data?.search.length).toBeGreaterThan(0);
    expect(r.data?.search.every((h) => h.matchType === 'FUZZY')).toBe(true);
  });
});

describe('narrowing by document and basis', () => {
  it('tells which platforms a document says an institution hosts, and only stated ones', async () => {
    const r = await server().gql<{
      node: { all: { id: string }[]; plan14: { id: string }[]; stated: { id: string }[] };
    }>(/* GraphQL */ `
      {
        node(id: "uni:dlut") {
          ... on University {
            all: hostedPlatforms {
              id
            }
            plan14: hostedPlatforms(document: "doc:plan14") {
              id
            }
            stated: hostedPlatforms(document: "doc:plan14", basis: STATED) {
              id
            }
          }
        }
      }
    `);
    const n = r.data?.node;
    expect(n?.plan14.length).toBeGreaterThan(0);
    expect(n?.plan14.length).toBeLessThanOrEqual(n?.all.length ?? 0);
    expect(n?.stated.length).toBeLessThanOrEqual(n?.plan14.length ?? 0);
  });

  it('rejects an unknown document on a relationship field with BAD_USER_INPUT', async () => {
    const r = await server().gql(
      `{ node(id: "uni:dlut") { ... on University { hostedPlatforms(document: "doc:x") { id } } } }`,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.argument).toBe('document');
  });
});

describe('what each document says', () => {
  it('gives one mention per citing document, oldest first, with status and lines', async () => {
    const r = await server().gql<{
      node: {
        mentions: {
          document: string;
          date: string;
          status: string;
          lines: number[];
          source: { name: string };
        }[];
      };
    }>(/* GraphQL */ `
      {
        node(id: "zone:yingeshi-science-city") {
          mentions {
            document
            date
            status
            lines
            source {
              name
            }
          }
        }
      }
    `);
    const ms = r.data?.node.mentions ?? [];
    expect(ms.map((m) => m.document).sort()).toEqual(['doc:dalian14', 'doc:plan14']);
    expect(ms.every((m) => m.lines.length > 0 && m.source.name.length > 0)).toBe(true);
  });

  it('filters entities by the status a document gives', async () => {
    const r = await server().gql<Ids>(IN_REGION, {
      filter: { document: 'doc:dalian14', statuses: ['PLANNED'], kinds: ['INFRASTRUCTURE'] },
    });
    expect(r.data?.entities.totalCount).toBeGreaterThan(0);
  });
});
