/**
 * A `where` is weighed by its shape, however it arrives (review s23, defect 6): an OR of many
 * `name: {contains}` sent as a variable escaped the document's token limit and ran for tens of
 * seconds; now it is refused before any Cypher runs, naming the argument.
 */
import 'reflect-metadata';
import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, overBudget, tallyOperation, whereConditions } from '../../src/graphql/budget.js';
import { whereSubqueries } from '../../src/graphql/where/compile.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { DEFAULT_ADMISSION } from '../../src/graphql/admission.js';
import { admissionCost } from '../../src/graphql/protection.js';

const schema = graphqlSchema();

/** Tallied as the protection plugin does: variables coerced first. */
const tally = (source: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(source, { noLocation: true });
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('no operation');
  const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  return tallyOperation(schema, doc, op, coerced.coerced);
};

const branches = (n: number): { name: { contains: string } }[] =>
  Array.from({ length: n }, (_, i) => ({ name: { contains: `名${i}` } }));
const literal = (n: number): string =>
  `{ entities(where: {OR: [${branches(n)
    .map((b) => `{name: {contains: "${b.name.contains}"}}`)
    .join(', ')}]}) { totalCount } }`;
const AS_VARIABLE = 'query ($w: EntityWhere) { entities(where: $w) { totalCount } }';

describe('the size of a where', () => {
  it('counts every input object: the where, each condition, each branch', () => {
    expect(whereConditions({})).toBe(1);
    expect(whereConditions({ name: { contains: 'x' } })).toBe(2);
    expect(whereConditions({ OR: branches(3) })).toBe(7);
    expect(whereConditions({ id: { in: ['a', 'b', 'c'] } })).toBe(2); // one condition, three values
    expect(whereConditions({ hosts: { some: { kind: { eq: 'UNIVERSITY' } } } })).toBe(4);
  });

  it('weighs a where the same whether written in the query or sent as a variable', () => {
    for (const n of [1, 10, 100]) {
      const a = tally(literal(n));
      const b = tally(AS_VARIABLE, { w: { OR: branches(n) } });
      expect(b.cost).toBe(a.cost);
      expect(b.where).toEqual(a.where);
      expect(a.where).toEqual({ conditions: 2 * n + 1, at: 'Query.entities(where:)' });
    }
  });

  it('refuses an OR of a thousand branches sent as a variable, naming the argument', () => {
    const t = tally(AS_VARIABLE, { w: { OR: branches(1000) } });
    expect(t.where.conditions).toBeGreaterThan(LIMITS.whereConditions);
    expect(overBudget(t)).toMatch(
      /^the where argument of Query\.entities\(where:\) holds 2001 conditions .*at most 250 are allowed/,
    );
  });

  it('refuses one as large written in the query, within the token limit', () => {
    expect(overBudget(tally(literal(200)))).toMatch(/Query\.entities\(where:\) holds 401 conditions/);
  });

  it('finds a where on a relationship field too, and keeps planner-sized ones', () => {
    const nested = tally(
      'query ($w: EntityWhere) { node(id: "uni:dlut") { ... on University { hostedPlatforms(where: $w) { id } } } }',
      { w: { OR: branches(300) } },
    );
    expect(overBudget(nested)).toMatch(
      /^the where argument of University\.hostedPlatforms\(where:\) holds 601/,
    );
    const planner = tally(AS_VARIABLE, {
      w: { kind: { in: ['LABORATORY'] }, hosts: { some: { kind: { eq: 'UNIVERSITY' } } }, OR: branches(50) },
    });
    expect(overBudget(planner)).toBeUndefined();
  });
});

/** `chains` nested `levels` deep, as a planner asks "units behind chains whose platforms …". */
const nestedChains = (levels: number): Record<string, unknown> => {
  let w: Record<string, unknown> = { count: { gt: 1 } };
  for (let i = 1; i < levels; i += 1) w = { some: { chains: w } };
  return { chains: w };
};
const threeLevels = (n = 1) => ({
  chains: { some: { platforms: { some: { hosts: { count: { gt: n } } } } } },
});

describe('the compiled weight of a where (review s24, H1)', () => {
  it('counts the subqueries of the compiled where: one per nested level', () => {
    for (const levels of [1, 2, 3, 4, 5]) expect(whereSubqueries(nestedChains(levels))).toBe(levels);
    expect(whereSubqueries(threeLevels())).toBe(3);
    expect(whereSubqueries({ name: { contains: '大' } })).toBe(0);
  });

  it('admits the deepest where the language allows', () => {
    const t = tally(AS_VARIABLE, { w: nestedChains(5) });
    expect(t.compiledWhere).toEqual({ subqueries: 5, at: 'Query.entities(where:)' });
    expect(overBudget(t)).toBeUndefined();
  });

  it('refuses a where whose compiled Cypher Neo4j would take too long to plan, naming the argument', () => {
    // Distinct branches: a value given twice counts once (list-arguments.ts).
    const many = { OR: Array.from({ length: 6 }, (_, i) => threeLevels(i)) };
    const t = tally(AS_VARIABLE, { w: many });
    expect(t.where.conditions).toBeLessThanOrEqual(LIMITS.whereConditions);
    expect(t.compiledWhere.subqueries).toBe(18);
    expect(overBudget(t)).toMatch(
      new RegExp(
        `^the where argument of Query\\.entities\\(where:\\) compiles to 18 relationship subqueries .*at most ${LIMITS.whereSubqueries} are allowed`,
      ),
    );
    const onField = tally(
      'query ($w: EntityWhere) { node(id: "uni:dlut") { ... on University { hostedPlatforms(where: $w) { id } } } }',
      { w: many },
    );
    expect(overBudget(onField)).toMatch(
      /^the where argument of University\.hostedPlatforms\(where:\) compiles to 18/,
    );
  });
});

describe('what a where draws from the admission pool (review s25 M2)', () => {
  // Distinct three-level conditions, as the review sent them (identical branches compile once).
  const fields = ['partOf', 'locatedIn', 'hosts', 'chains', 'platforms'];
  const ors = (n: number): string =>
    `{ entities(first: 1, where: {OR: [${fields
      .slice(0, n)
      .map((f, i) => `{${f}: {some: {locatedIn: {some: {partOf: {count: {gt: ${i}}}}}}}}`)
      .join(', ')}]}) { totalCount } }`;

  it('keeps a one-subquery where in the reserved lane and makes larger ones heavy, the largest alone', () => {
    const one = tally('{ entities(where: {platforms: {none: {kind: {eq: LABORATORY}}}}) { totalCount } }');
    expect(one.compiledWhere.subqueries).toBe(1);
    expect(admissionCost(one)).toBeLessThan(DEFAULT_ADMISSION.cheapCost);
    const two = tally(ors(2));
    expect(two.compiledWhere.subqueries).toBeGreaterThanOrEqual(2);
    // Cheap by rows, heavy by planning: it waits for room instead of running beside many others.
    expect(two.cost).toBeLessThan(DEFAULT_ADMISSION.cheapCost);
    expect(admissionCost(two)).toBeGreaterThanOrEqual(DEFAULT_ADMISSION.cheapCost);
    const most = tally(ors(5));
    expect(most.compiledWhere.subqueries).toBeLessThanOrEqual(LIMITS.whereSubqueries);
    expect(most.compiledWhere.subqueries).toBe(15);
    expect(admissionCost(most)).toBeGreaterThan(DEFAULT_ADMISSION.cost / 2);
    // A where without relationship conditions draws its rows' cost only.
    const plain = tally('{ entities(where: {name: {contains: "大连"}}) { totalCount } }');
    expect(admissionCost(plain)).toBe(plain.cost);
  });
});
