/**
 * The budget counts list arguments and input objects (issue 20, item 4): a list's values cost,
 * duplicates do not, and 10,000 excludeIds are over budget; overview's cost grows with its limit.
 */
import 'reflect-metadata';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inputValues, LIMITS, overBudget, tallyOperation } from '../../src/graphql/budget.js';
import { uniqueLists } from '../../src/graphql/list-arguments.js';
import { graphqlSchema } from '../../src/graphql/schema.js';

const schema = graphqlSchema();

const tally = (source: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error('no operation');
  return tallyOperation(schema, doc, op, variables);
};

const NEIGHBOURHOOD = `query($ids: [ID!]) {
  neighbourhood(id: "uni:dlut", depth: 3, excludeIds: $ids) { nodes { id name kind } edges { source target type } }
}`;
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `ent:x${i}`);

describe('list arguments in the budget', () => {
  it('costs more with every excludeId, and refuses 10,000 of them', () => {
    const none = tally(NEIGHBOURHOOD).cost;
    const hundred = tally(NEIGHBOURHOOD, { ids: ids(100) }).cost;
    const thousand = tally(NEIGHBOURHOOD, { ids: ids(1000) });
    expect(hundred).toBeGreaterThan(none);
    expect(thousand.cost).toBeGreaterThan(5 * none);
    expect(overBudget(thousand)).toBeUndefined();
    const tenThousand = tally(NEIGHBOURHOOD, { ids: ids(10_000) });
    expect(tenThousand.cost).toBeGreaterThan(LIMITS.cost);
    expect(overBudget(tenThousand)).toMatch(/^query cost \d+ exceeds the maximum/);
  });

  it('counts a value given twice once', () => {
    const once = tally(NEIGHBOURHOOD, { ids: ids(500) }).cost;
    expect(tally(NEIGHBOURHOOD, { ids: [...ids(500), ...ids(500)] }).cost).toBe(once);
    const literal = (kinds: string) =>
      tally(`{ entities(filter: { kinds: ${kinds} }) { totalCount nodes { id } } }`).cost;
    expect(literal('[LABORATORY, LABORATORY, LABORATORY]')).toBe(literal('[LABORATORY]'));
  });

  it('counts every leaf and list item of an input object, at any depth', () => {
    expect(inputValues({ id: 'x', first: 20 })).toBe(0);
    expect(inputValues({ ids: ['a', 'b', 'c'] })).toBe(3);
    expect(
      inputValues({ where: { kinds: ['A', 'B'], AND: [{ name: 'x' }, { OR: [{ a: 1 }, { b: [1, 2] }] }] } }),
    ).toBe(6);
    expect(inputValues({ where: { a: null } })).toBe(0);
  });

  it('removes duplicates at every depth, keeping order, and leaves unique lists untouched', () => {
    const unique = { kinds: ['A', 'B'] };
    expect(uniqueLists(unique)).toBe(unique);
    expect(uniqueLists({ kinds: ['B', 'A', 'B'], where: { OR: [{ x: 1 }, { x: 1 }, { x: 2 }] } })).toEqual({
      kinds: ['B', 'A'],
      where: { OR: [{ x: 1 }, { x: 2 }] },
    });
  });

  it("prices overview by its limit: the explorer's overview fits, two of them do not", () => {
    const SUB =
      'truncated nodes { id label kind level status entity { nameEn } } edges { id source target type basis }';
    const small = tally(`{ overview(limit: 100) { ${SUB} } }`).cost;
    const explorer = tally(`{ overview(limit: 2000) { ${SUB} } }`);
    expect(explorer.cost).toBeGreaterThan(10 * small);
    expect(overBudget(explorer)).toBeUndefined();
    expect(explorer.cost).toBeGreaterThan(LIMITS.cost / 2);
    expect(
      overBudget(tally(`{ a: overview(limit: 2000) { ${SUB} } b: overview(limit: 2000) { ${SUB} } }`)),
    ).toMatch(/^query cost/);
  });
});
