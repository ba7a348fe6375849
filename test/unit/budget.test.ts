import 'reflect-metadata';
import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { KIND_NAMES } from '../../src/ontology/ontology.js';
import { describe, expect, it } from 'vitest';
import { clampArg, LIMITS, listCost, overBudget, tallyOperation } from '../../src/graphql/budget.js';
import { graphqlSchema } from '../../src/graphql/schema.js';

const schema = graphqlSchema();

const tally = (source: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('no operation');
  return tallyOperation(schema, doc, op, variables);
};

/** n fragments on Entity, each spreading the next twice: 2^n selections if expanded naively. */
const fragmentBomb = (n: number): string => {
  const frags = Array.from({ length: n }, (_, i) =>
    i === n - 1
      ? `fragment F${i} on Entity { id name }`
      : `fragment F${i} on Entity { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query Bomb { node(id: "uni:dlut") { ...F0 } }\n${frags.join('\n')}`;
};
const KIND_TYPES = KIND_NAMES.length;

describe('declared costs', () => {
  it('every root field declares a cost and its database round trips', () => {
    const missing = Object.values(schema.getQueryType()?.getFields() ?? {})
      .filter((f) => f.extensions.complexity === undefined || f.extensions.dbQueries === undefined)
      .map((f) => `Query.${f.name}`);
    expect(missing, 'declare `complexity` and @DbQueries on these root fields').toEqual([]);
  });

  it('every list of objects declares a cost', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const f of Object.values(type.getFields()))
        if (
          isListType(getNullableType(f.type)) &&
          isCompositeType(getNamedType(f.type)) &&
          f.extensions.complexity === undefined
        )
          missing.push(`${type.name}.${f.name}`);
    }
    expect(missing, 'declare `complexity` (listCost) on these list fields').toEqual([]);
  });
});

describe('the request budget', () => {
  it('clamps page sizes on both sides, so a negative page size cannot lower the cost (D3)', () => {
    const cost = listCost({ arg: 'first', fallback: 20, max: 100 });
    expect(cost({ args: { first: -2147483648 }, childComplexity: 5 })).toBe(1);
    expect(cost({ args: { first: 1e9 }, childComplexity: 5 })).toBe(501);
    expect(cost({ args: {}, childComplexity: 5 })).toBe(101);
    expect(clampArg(Number.NaN, 1, 0, 100)).toBe(100);
    expect(clampArg('x', 1, 0, 100)).toBe(100);
  });

  it('still refuses an over-limit query when one alias has a negative page size (D3)', () => {
    const heavy = Array.from(
      { length: 3 },
      (_, i) => `h${i}: entities(first: 100) { nodes { relationships { node { id name } } } }`,
    ).join(' ');
    const t = tally(`{ neg: entities(first: -2147483648) { nodes { id } } ${heavy} }`);
    expect(t.cost).toBeGreaterThan(LIMITS.cost);
    expect(overBudget(t)).toMatch(/^query cost \d+ exceeds the maximum of 10000/);
  });

  it('walks a fragment bomb in linear time: each fragment once per type (D2)', () => {
    // Each (fragment, concrete type) pair once: linear, where a naive walk makes 2^22 visits.
    const t = tally(fragmentBomb(22));
    expect(t.visits).toBeLessThanOrEqual((22 + 1) * KIND_TYPES + 1);
    expect(overBudget(t)).toMatch(/^the query selects \d+ fields after expanding fragments; at most 2000/);
    // 200 levels: 2^200 naively; memoised, a few thousand visits.
    expect(tally(fragmentBomb(200)).visits).toBeLessThanOrEqual((200 + 1) * KIND_TYPES + 1);
    // The same bomb at the top of the query is refused for its root fields.
    const top = parse(
      'query { ...G0 }\n' +
        Array.from({ length: 22 }, (_, i) =>
          i === 21
            ? 'fragment G21 on Query { stats { entities } }'
            : `fragment G${i} on Query { ...G${i + 1} ...G${i + 1} }`,
        ).join('\n'),
    );
    const op = top.definitions[0] as OperationDefinitionNode;
    expect(overBudget(tallyOperation(schema, top, op, {}))).toBe(
      'the query has 2097152 root fields; at most 10 are allowed per request',
    );
  });

  it('caps root fields, so 400 chainCoverage aliases are refused before any resolver runs (D4)', () => {
    const q = `{ ${Array.from({ length: 400 }, (_, i) => `c${i}: chainCoverage { totalCount }`).join(' ')} }`;
    expect(overBudget(tally(q))).toBe('the query has 400 root fields; at most 10 are allowed per request');
  });

  it('counts database round trips: 40 relationship lists on one entity are too many (D4)', () => {
    const q = `{ node(id: "uni:dlut") { ${Array.from({ length: 40 }, (_, i) => `r${i}: relationships { type }`).join(' ')} } }`;
    const t = tally(q);
    expect(t.dbQueries).toBe(41);
    expect(overBudget(t)).toBe('the query needs 41 database round trips; at most 30 are allowed per request');
  });

  it('declares what chainCoverage, hubs and stats cost (D4)', () => {
    // The chains, and the page's relied-on units when selected.
    expect(tally('{ chainCoverage { nodes { covered } } }')).toMatchObject({ dbQueries: 2 });
    expect(tally('{ hubs(first: 100) { score } }').cost).toBeGreaterThan(100);
    expect(tally('{ stats { entities } }')).toMatchObject({ dbQueries: 1 });
  });

  it('counts one round trip per hop of a paths search, at most (issue 19)', () => {
    expect(tally('{ paths(from: "a", to: "b", maxHops: 6) { length } }')).toMatchObject({ dbQueries: 8 });
    expect(tally('{ paths(from: "a", to: "b") { length } }')).toMatchObject({ dbQueries: 6 });
    expect(tally('{ paths(from: "a", to: "b", maxHops: 1, document: "doc:x") { length } }')).toMatchObject({
      dbQueries: 4,
    });
  });

  it('lets the IDE introspect, but not a nested introspection bomb', () => {
    expect(overBudget(tally(getIntrospectionQuery()))).toBeUndefined();
    let q = 'name';
    for (let i = 0; i < 6; i += 1) q = `name fields { type { ${q} } }`;
    expect(overBudget(tally(`{ __schema { types { ${q} } } }`))).toMatch(/^introspection cost \d+ exceeds/);
  });

  it('takes the most expensive concrete type of an interface, not the sum of all', () => {
    const perKind = ['Laboratory', 'University', 'Chain', 'Region'].map(
      (t) => `... on ${t} { parts { id } }`,
    );
    const one = tally(`{ node(id: "x") { ${perKind[0] ?? ''} } }`);
    const all = tally(`{ node(id: "x") { ${perKind.join(' ')} } }`);
    expect(all.cost).toBe(one.cost);
  });
});
