/**
 * The `where` compiler: the Cypher it generates for each filter form (snapshots), values only
 * as parameters, labels and types only from the ontology, and the depth limit.
 */
import { describe, expect, it } from 'vitest';
import {
  compileWhere,
  emptyHolds,
  MAX_WHERE_DEPTH,
  WhereInputError,
} from '../../src/graphql/where/compile.js';
import type { EntityWhereLiteral as EntityWhere } from '../../src/graphql/where/input.js';

const forms: Record<string, EntityWhere> = {
  'name eq / contains / startsWith': { name: { eq: '大连理工大学', contains: '理工', startsWith: '大连' } },
  'alias contains': { alias: { contains: '大工' } },
  'kind, status, level in': {
    kind: { in: ['laboratory'] },
    status: { in: ['existing'] },
    level: { eq: 'national' },
  },
  'status of a document': { status: { in: ['planned'], document: 'doc:impl2015' } },
  'status word': { statusWord: { eq: '获批' } },
  'status word of a document': { statusWord: { in: ['争创', '培育'], document: 'doc:plan14' } },
  designations: { designations: { includes: 'high_tech_zone', includesAny: ['a', 'b'], includesAll: ['c'] } },
  placeholder: { placeholder: false },
  'region with bases and document': {
    region: { id: 'region:shenyang', basis: ['stated'], document: 'doc:impl2015' },
  },
  zone: { zone: { id: 'zone:x' } },
  'zone of a document': { zone: { id: 'zone:x', document: 'doc:plan14' } },
  'focuses on': { focusesOn: { id: 'field:x', document: 'doc:plan14' } },
  'documents all / some / none': {
    documents: { all: ['doc:impl2015', 'doc:plan14'], some: ['doc:dalian14'], none: ['doc:guide2020'] },
  },
  'cited in a section': { citedIn: { document: 'doc:plan14', section: '专栏3' } },
  'AND / OR / NOT': {
    AND: [{ kind: { eq: 'university' } }],
    OR: [{ name: { contains: '大连' } }, { name: { contains: '沈阳' } }],
    NOT: { status: { eq: 'planned' } },
  },
  'empty OR': { OR: [] },
  'relationship some (platform hosts, same on every group that has it)': {
    hosts: { some: { name: { contains: '大学' } } },
  },
  'relationship none: no host': { hosts: { none: {} } },
  'relationship all with link arguments': {
    reliedOn: {
      all: { kind: { in: ['university'] } },
      document: 'doc:impl2015',
      basis: ['stated'],
      roles: ['key_reliance'],
    },
  },
  'relationship single': { chains: { single: {} } },
  'relationship count': { hostedPlatforms: { count: { gt: 1, lte: 5 } } },
  'relationship count eq 0 (holds where the type has no such field)': { platforms: { count: { eq: 0 } } },
  // A region's platforms and institutions follow the region rule (IN_REGION, review s24 M2);
  // locatedHere is the direct LOCATED_IN.
  'a region by the region rule: institutions of a document, platforms none': {
    institutions: { document: 'doc:plan14', basis: ['stated'], some: { kind: { eq: 'university' } } },
    locatedHere: { none: { kind: { eq: 'laboratory' } } },
  },
  'only link arguments: at least one such link': { hosts: { document: 'doc:plan14', kinds: ['university'] } },
  'nested relationship': { chains: { some: { reliedOn: { some: { name: { eq: '大连理工大学' } } } } } },
};

describe('the where compiler', () => {
  for (const [form, where] of Object.entries(forms))
    it(`compiles ${form}`, () => {
      const c = compileWhere(where);
      expect(c.cypher).toMatchSnapshot();
      expect(c.params).toMatchSnapshot();
    });

  it('puts every value in a parameter, never in the Cypher', () => {
    const evil = "x' OR true //";
    const where: EntityWhere = {
      name: { eq: evil },
      alias: { contains: evil },
      region: { id: evil, document: evil },
      citedIn: { document: evil, section: evil },
      hosts: { some: { name: { startsWith: evil } }, document: evil },
    };
    const c = compileWhere(where);
    expect(c.cypher).not.toContain(evil);
    expect(Object.values(c.params)).toContain(evil);
  });

  it('composes extra conditions (the `filter`) with AND', () => {
    const c = compileWhere({ name: { contains: '大' } }, 'n', 'where', [{ kind: { in: ['university'] } }]);
    expect(c.cypher).toBe('(n.kind IN $w0 AND n.name CONTAINS $w1)');
  });

  it(`refuses nesting deeper than ${MAX_WHERE_DEPTH}, naming the path`, () => {
    let w: EntityWhere = { name: { eq: 'x' } };
    for (let i = 0; i < MAX_WHERE_DEPTH; i += 1) w = { hosts: { some: w } };
    expect(() => compileWhere(w)).not.toThrow();
    const deeper: EntityWhere = { NOT: w };
    expect(() => compileWhere(deeper)).toThrow(WhereInputError);
    try {
      compileWhere(deeper);
    } catch (e) {
      expect((e as WhereInputError).path).toBe(
        'where.NOT.hosts.some.hosts.some.hosts.some.hosts.some.hosts.some',
      );
    }
  });

  it('compiles a name with several meanings once per level: the statement grows linearly with depth', () => {
    // `chains` of a platform (SERVES) and of an institution (RELIES_ON): one subquery for both.
    const sizes: number[] = [];
    for (let levels = 1; levels <= MAX_WHERE_DEPTH; levels += 1) {
      let w: EntityWhere = { chains: { count: { gt: 1 } } };
      for (let i = 1; i < levels; i += 1) w = { chains: { some: w } };
      const c = compileWhere(w);
      expect(c.cypher.match(/\b(?:EXISTS|COUNT) \{/g)).toHaveLength(levels);
      sizes.push(c.cypher.length);
    }
    const steps = sizes.slice(1).map((s, i) => s - (sizes[i] ?? 0));
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(10);
  });

  it('knows what holds of an entity with no such links', () => {
    expect(emptyHolds({ none: {} })).toBe(true);
    expect(emptyHolds({ some: {} })).toBe(false);
    expect(emptyHolds({ count: { eq: 0 } })).toBe(true);
    expect(emptyHolds({ count: { gt: 0 } })).toBe(false);
    expect(emptyHolds({ all: {}, count: { lt: 2 } })).toBe(true);
    expect(emptyHolds({})).toBe(false);
  });
});
