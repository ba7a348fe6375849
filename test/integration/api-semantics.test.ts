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
      regionSummary: { nodes: { total: number }[] };
      entities: { totalCount: number };
    }>(
      /* GraphQL */ `
        query ($kinds: [Kind!]) {
          regionSummary(region: "region:shenyang") {
            nodes {
              total
            }
          }
          entities(filter: { region: "region:shenyang", kinds: $kinds }) {
            totalCount
          }
        }
      `,
      { kinds: PLATFORMS },
    );
    expect(r.data?.regionSummary.nodes[0]?.total).toBe(r.data?.entities.totalCount);
    expect(r.data?.entities.totalCount).toBeLessThan(35);
  });

  it('places an entity in a region by a document only when that document locates it (per-document facts)', async () => {
    // The 2015 plan names 中国科学院机器人与智能制造创新研究院; only the 2021 plan places it in 沈阳.
    const ask = async (document: string): Promise<string[]> => {
      const r = await server().gql<Ids>(IN_REGION, {
        filter: { kinds: PLATFORMS, region: 'region:shenyang', document },
      });
      expect(r.errors).toBeUndefined();
      return r.data?.entities.nodes.map((n) => n.id) ?? [];
    };
    expect(await ask('doc:impl2015')).not.toContain('ii:cas-robotics-intelligent-manufacturing');
    expect(await ask('doc:plan14')).toContain('ii:cas-robotics-intelligent-manufacturing');
    const where = await server().gql<Ids>(
      `{ entities(where: {region: {id: "region:shenyang", document: "doc:impl2015"}}, first: 100) { totalCount nodes { id name } } }`,
    );
    expect(where.data?.entities.nodes.map((n) => n.id)).not.toContain(
      'ii:cas-robotics-intelligent-manufacturing',
    );
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
    ['大工', 'uni:dlut', 'ALIAS', 'ABBREVIATION'],
    ['DUT', 'uni:dlut', 'ALIAS', 'ABBREVIATION'],
    ['东大', 'uni:neu', 'ALIAS', 'ABBREVIATION'],
    ['dicp', 'ri:cas-dicp', 'ALIAS', 'ABBREVIATION'],
    ['SIA', 'ri:cas-sia', 'ALIAS', 'ABBREVIATION'],
    ['Siasun', 'ent:siasun', 'ALIAS', 'ABBREVIATION'],
    ['沈阳高新技术产业开发区', 'zone:shenyang-hitech-zone', 'ALIAS', 'ABBREVIATION'],
    ['大连高新技术产业园区', 'zone:dalian-hi-tech-zone', 'ALIAS', 'ABBREVIATION'],
    ['dalian', 'region:dalian', 'ALIAS', 'ENGLISH'], // the English name and the pinyin agree,
    // Inside a name, an alias, an abbreviation or the pinyin: SUBSTRING, not FUZZY (review s23).
    ['理工大学', 'uni:dlut', 'SUBSTRING', 'NAME'],
    ['连化物', 'ri:cas-dicp', 'SUBSTRING', 'ALIAS'],
    ['自所', 'ri:cas-sia', 'SUBSTRING', 'ABBREVIATION'],
    ['ligong', 'uni:dlut', 'SUBSTRING', 'PINYIN'],
  ])('puts what %s names first', async (text, id, matchType, matchedOn) => {
    const r = await server().gql<Hits>(SEARCH, { text });
    expect(r.data?.search[0]).toEqual({ matchType, matchedOn, entity: { id } });
  });

  it('never says FUZZY of a hit one of whose names holds what was typed (review s23)', async () => {
    for (const text of ['理工大学', '大学', '实验室', '化物所', '大连', '创新中心', '自动化', '国家实验室']) {
      const r = await server().gql<{
        search: {
          matchType: string;
          matched: string;
          entity: { name: string; aliases: string[]; abbreviations: string[]; nameEn: string | null };
        }[];
      }>(
        /* GraphQL */ `
          query ($text: String!) {
            search(text: $text, first: 50) {
              matchType
              matched
              entity {
                name
                aliases
                abbreviations
                nameEn
              }
            }
          }
        `,
        { text },
      );
      const hits = r.data?.search ?? [];
      expect(hits.length, text).toBeGreaterThan(0);
      for (const h of hits) {
        const names = [h.entity.name, ...h.entity.aliases, ...h.entity.abbreviations, h.entity.nameEn ?? ''];
        if (h.matchType === 'FUZZY')
          expect(
            names.filter((n) => n.includes(text)),
            text,
          ).toEqual([]);
        else expect(h.matched, `${text}: ${h.matchType}`).toContain(text);
      }
      const order = ['EXACT', 'ALIAS', 'PREFIX', 'SUBSTRING', 'FUZZY'];
      const ranks = hits.map((h) => order.indexOf(h.matchType));
      expect(ranks, text).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('says FUZZY when nothing matches what was typed', async () => {
    const r = await server().gql<Hits>(SEARCH, { text: '大连量子计算国家实验室' });
    expect(r.data?.search.length).toBeGreaterThan(0);
    expect(r.data?.search.every((h) => h.matchType === 'FUZZY')).toBe(true);
  });
});

describe('citations in English (review s23)', () => {
  it('gives every citation its section in English, on entities and on relationships', async () => {
    const r = await server().gql<{
      node: {
        citations: { section: string; labelEn: string }[];
        relationships: { citations: { section: string; labelEn: string }[] }[];
      };
    }>(/* GraphQL */ `
      {
        node(id: "lab:new-energy-aircraft") {
          citations {
            section
            labelEn
          }
          relationships(types: [HOSTED_BY]) {
            citations {
              section
              labelEn
            }
          }
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    expect(r.data?.node.citations).toContainEqual({
      section: '第四章/二/专栏1/1',
      labelEn: 'Chapter 4, part 2, box 1, item 1',
    });
    const cites = [
      ...(r.data?.node.citations ?? []),
      ...(r.data?.node.relationships ?? []).flatMap((x) => x.citations),
    ];
    expect(cites.length).toBeGreaterThan(1);
    for (const c of cites) expect(c.labelEn, c.section).toMatch(/^(Chapter|Part|Title|Preamble)\b/);
  });

  it('gives what each document says its sections in English too (mentions, history)', async () => {
    const r = await server().gql<{
      node: { mentions: { sections: string[]; sectionsEn: string[] }[] };
      history: { entries: { sections: string[]; sectionsEn: string[] }[] };
    }>(/* GraphQL */ `
      {
        node(id: "lab:new-energy-aircraft") {
          mentions {
            sections
            sectionsEn
          }
        }
        history(id: "lab:new-energy-aircraft") {
          entries {
            sections
            sectionsEn
          }
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    expect(r.data?.node.mentions).toContainEqual({
      sections: ['第四章/二/专栏1/1'],
      sectionsEn: ['Chapter 4, part 2, box 1, item 1'],
    });
    for (const e of [...(r.data?.node.mentions ?? []), ...(r.data?.history.entries ?? [])])
      expect(e.sectionsEn).toHaveLength(e.sections.length);
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

describe('status per document', () => {
  it('knows 沈大自创区 was planned in 2015 and exists in the 2021 plans', async () => {
    const r = await server().gql<{
      node: {
        status: string;
        impl: { status: string; statusWord: string };
        plan: { status: string };
        future: null;
      };
    }>(/* GraphQL */ `
      {
        node(id: "zone:shenyang-dalian-nidz") {
          status
          impl: statusIn(document: "doc:impl2015") {
            status
            statusWord
          }
          plan: statusIn(document: "doc:plan14") {
            status
          }
          future: statusIn(document: "doc:future2024") {
            status
          }
        }
      }
    `);
    expect(r.data?.node.status).toBe('EXISTING');
    expect(r.data?.node.impl.status).toBe('PLANNED');
    expect(r.data?.node.plan.status).toBe('EXISTING');
    expect(r.data?.node.future).toBeNull();
  });
});

describe('roles and placeholders', () => {
  it('tells 重点支持 from 重点依托', async () => {
    const r = await server().gql<{ node: { support: { id: string }[]; reliance: { id: string }[] } }>(
      /* GraphQL */ `
        {
          node(id: "chain:marine-engineering-equipment-industrial-chain") {
            ... on Chain {
              support: reliedOn(roles: [KEY_SUPPORT]) {
                id
              }
              reliance: reliedOn(roles: [KEY_RELIANCE]) {
                id
              }
            }
          }
        }
      `,
    );
    expect(r.data?.node.support.map((n) => n.id)).toContain('uni:dlut');
    expect(r.data?.node.reliance).toEqual([]);
  });

  it('leaves placeholders out of hubs unless asked', async () => {
    const r = await server().gql<{
      plain: { institution: { id: string } }[];
      all: { institution: { id: string } }[];
    }>(
      `{ plain: hubs(first: 100) { institution { id } } all: hubs(first: 100, includePlaceholders: true) { institution { id } } }`,
    );
    expect(r.data?.plain.map((h) => h.institution.id)).not.toContain('ent:unnamed-leading-enterprise');
    expect(r.data?.all.map((h) => h.institution.id)).toContain('ent:unnamed-leading-enterprise');
  });

  it('keeps paths away from regions when asked', async () => {
    const r = await server().gql<{ paths: { nodes: { kind: string }[] }[] }>(/* GraphQL */ `
      {
        paths(from: "uni:dlut", to: "uni:dmu", maxHops: 4, excludeKinds: [REGION]) {
          nodes {
            kind
          }
        }
      }
    `);
    for (const p of r.data?.paths ?? []) expect(p.nodes.map((n) => n.kind)).not.toContain('REGION');
  });
});

describe('plan lineage', () => {
  it('names a lineage link’s role `roles`, as compareDocuments does (role kept, deprecated) (review s23)', async () => {
    const r = await server().gql<{
      history: { links: { role: string | null; roles: string[] }[] };
      compareDocuments: { continued: { roles: string[] }[] };
    }>(/* GraphQL */ `
      {
        history(id: "chain:plan14-robotics") {
          links {
            role
            roles
          }
        }
        compareDocuments(from: "doc:impl2015", to: "doc:plan14", kinds: [CHAIN]) {
          continued {
            roles
          }
        }
      }
    `);
    expect(r.errors).toBeUndefined();
    const links = r.data?.history.links ?? [];
    expect(links.map((l) => l.roles).sort()).toEqual([['EXTENDED'], ['SPLIT']]);
    for (const l of links) expect(l.roles).toEqual(l.role === null ? [] : [l.role]);
    expect(r.data?.compareDocuments.continued.some((c) => c.roles.length > 0)).toBe(true);
  });

  it('follows a chain from the 2015 plan to the 2021 plan', async () => {
    const r = await server().gql<{
      history: { entries: { document: { id: string }; entity: { id: string } }[]; links: { role: string }[] };
    }>(/* GraphQL */ `
      {
        history(id: "chain:plan14-nuclear-power-equipment") {
          entries {
            document {
              id
            }
            entity {
              id
            }
          }
          links {
            role
          }
        }
      }
    `);
    const entries = r.data?.history.entries ?? [];
    expect(entries[0]).toEqual({
      document: { id: 'doc:impl2015' },
      entity: { id: 'chain:nuclear-power-equipment-industrial-chain' },
    });
    expect(entries.map((e) => e.document.id)).toContain('doc:plan14');
    expect(r.data?.history.links.map((l) => l.role)).toContain('SAME');
  });

  it('lists what the 2021 plan continued, added and dropped from the 2015 chains', async () => {
    const r = await server().gql<{
      compareDocuments: {
        continued: { before: { id: string }; after: { id: string }; roles: string[] }[];
        added: { entity: { id: string } }[];
        dropped: { entity: { id: string } }[];
      };
    }>(/* GraphQL */ `
      {
        compareDocuments(from: "doc:impl2015", to: "doc:plan14", kinds: [CHAIN]) {
          continued {
            before {
              id
            }
            after {
              id
            }
            roles
          }
          added {
            entity {
              id
            }
          }
          dropped {
            entity {
              id
            }
          }
        }
      }
    `);
    const c = r.data?.compareDocuments;
    expect(c?.continued).toContainEqual({
      before: { id: 'chain:nuclear-power-equipment-industrial-chain' },
      after: { id: 'chain:plan14-nuclear-power-equipment' },
      roles: ['SAME'],
    });
    const added = c?.added.map((a) => a.entity.id) ?? [];
    const dropped = c?.dropped.map((d) => d.entity.id) ?? [];
    expect(added).not.toContain('chain:plan14-nuclear-power-equipment');
    expect(dropped).not.toContain('chain:nuclear-power-equipment-industrial-chain');
    expect(added.length).toBeGreaterThan(0);
  });

  it('reports no status change where one document gives no status (guide2020 only names 沈抚新区)', async () => {
    const r = await server().gql<{
      compareDocuments: {
        statusChanged: { after: { id: string }; statusBefore: string; statusAfter: string }[];
      };
    }>(
      `{ compareDocuments(from: "doc:guide2020", to: "doc:plan14", kinds: [ZONE]) {
          statusChanged { after { id } statusBefore statusAfter } } }`,
    );
    expect(r.errors).toBeUndefined();
    const changed = r.data?.compareDocuments.statusChanged ?? [];
    expect(changed.map((c) => c.after.id)).not.toContain('zone:shenfu-new-area');
    for (const c of changed) {
      expect(c.statusBefore).not.toBe('UNKNOWN');
      expect(c.statusAfter).not.toBe('UNKNOWN');
    }
  });

  it('rejects comparing a document with itself', async () => {
    const r = await server().gql(
      `{ compareDocuments(from: "doc:plan14", to: "doc:plan14") { added { entity { id } } } }`,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
