/**
 * The request budget: what one GraphQL request may ask for, computed from the document
 * before anything runs against Neo4j.
 *
 * - cost: every field declares one (`complexity` on the type-graphql field, see `listCost`);
 *   lists multiply their items' cost, so nested lists are expensive; the values of list
 *   arguments and input objects add to it (`inputValues`), counted after duplicates are
 *   removed (list-arguments.ts);
 * - `where` size: every input object in a `where` (the filter, each condition, each AND/OR/NOT
 *   branch) is one condition Neo4j must plan and test on every row the field reads; a `where`
 *   may hold at most LIMITS.whereConditions, however it arrives (written in the query or sent
 *   as a variable: both are weighed after coercion, so the document's token limit is no bound);
 *   and it is weighed compiled: at most LIMITS.whereSubqueries EXISTS/COUNT subqueries in the
 *   Cypher it compiles to (`whereSubqueries`), each of which Neo4j plans, nested ones within
 *   their parents (review s24, H1: nested wheres timed out in the planner, admitted by size);
 * - database round trips: root fields and relationship fields declare how many Cypher
 *   queries they issue (`@DbQueries`); batched loads count once per field, not per item;
 * - root fields, expanded field selections and selection depth (introspection exempt from
 *   depth, but it has its own cost).
 *
 * The walk visits each (selection set, concrete type) pair once: fragments are memoised, so
 * a fragment spread twice by twenty nested fragments costs twenty visits, not 2^20.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { uniqueArgs } from './list-arguments.js';
import { whereSubqueries } from './where/compile.js';

export const LIMITS = {
  /** Summed cost of all fields; a list counts its items. */
  cost: 10_000,
  /** Cost of introspection (in memory, but a nested `fields { type { fields … } }` explodes). */
  introspectionCost: 250_000,
  /** Field selections at the top of the operation (aliases count). */
  rootFields: 10,
  /** Cypher round trips the request may make. */
  dbQueries: 30,
  /** Field selections after expanding fragments (not multiplied by list lengths). */
  fields: 2_000,
  /** Nesting of field selections (introspection exempt). */
  depth: 10,
  /**
   * Input objects in one `where` argument (see `whereConditions`). An OR of 500 `name:
   * {contains}` sent as a variable took Neo4j tens of seconds to plan and run (review s23).
   */
  whereConditions: 250,
  /**
   * EXISTS/COUNT subqueries in the Cypher one `where` compiles to. Planning time grows with
   * them (docs/api.md, "Planning a nested where"); the deepest `where` the language allows
   * (5 levels) compiles to 5; an OR of 8 three-level conditions (24) took 8–12 s to plan on the
   * loaded 2-core machine, past the 10 s transaction limit once run.
   */
  whereSubqueries: 16,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

/** Assumed length of a list whose field declares no cost of its own (introspection only). */
export const DEFAULT_LIST_LENGTH = 10;

/** What type-graphql's `complexity` option receives. */
export interface CostArgs {
  readonly args: Record<string, unknown>;
  readonly childComplexity: number;
}
export type CostFn = (a: CostArgs) => number;

/** An argument as a whole number in [min, max]; missing, NaN or fractional values count as max. */
export function clampArg(value: unknown, fallback: number, min: number, max: number): number {
  const n = value === undefined || value === null ? fallback : Number(value);
  if (!Number.isFinite(n)) return max;
  return Math.min(max, Math.max(min, Math.ceil(n)));
}

/**
 * The cost of a list field: `1 + items × cost of one item`. `items` is a fixed estimate or
 * a page-size argument clamped to [0, max] on both sides, so that an out-of-range argument
 * can neither inflate the cost (it is the resolver's BAD_USER_INPUT) nor make it negative.
 */
export function listCost(items: number | { arg: string; fallback: number; max: number }, base = 1): CostFn {
  return ({ args, childComplexity }) => {
    const n = typeof items === 'number' ? items : clampArg(args[items.arg], items.fallback, 0, items.max);
    return base + n * Math.max(0, childComplexity);
  };
}

/** The cost of a field that is not a list: a fixed amount plus its selections. */
export const fixedCost =
  (base: number): CostFn =>
  ({ childComplexity }) =>
    base + Math.max(0, childComplexity);

/** Declares how many Cypher round trips a field's resolver makes (a number or from its arguments). */
export type DbQueriesDecl = number | ((args: Record<string, unknown>) => number);
export const DbQueries = (n: DbQueriesDecl): MethodDecorator & PropertyDecorator & ClassDecorator =>
  Extensions({ dbQueries: n });

/**
 * Round trips of a field that checks a `document` argument: one more when it is given (the
 * request's document list, read once and shared by every field of the request).
 */
export const withDocumentCheck =
  (n: number, ...argNames: string[]): ((args: Record<string, unknown>) => number) =>
  (args) =>
    n + (['document', ...argNames].some((a) => args[a] !== undefined && args[a] !== null) ? 1 : 0);

/** The largest `where` of a request: its conditions and the argument that holds it. */
export interface LargestWhere {
  readonly conditions: number;
  /** The argument, as `Type.field(where:)`. */
  readonly at: string;
}

/** The `where` of a request that compiles to the most subqueries, and its argument. */
export interface CompiledWhereWeight {
  readonly subqueries: number;
  readonly at: string;
}

export interface Tally {
  /** The `where` compiling to the most subqueries (`whereSubqueries`). */
  compiledWhere: CompiledWhereWeight;
  cost: number;
  introspectionCost: number;
  dbQueries: number;
  fields: number;
  depth: number;
  where: LargestWhere;
}

const NO_WHERE: LargestWhere = { conditions: 0, at: '' };
const larger = (a: LargestWhere, b: LargestWhere): LargestWhere => (b.conditions > a.conditions ? b : a);
const NO_COMPILED: CompiledWhereWeight = { subqueries: 0, at: '' };
const heavier = (a: CompiledWhereWeight, b: CompiledWhereWeight): CompiledWhereWeight =>
  b.subqueries > a.subqueries ? b : a;
const zero = (): Tally => ({
  compiledWhere: NO_COMPILED,
  cost: 0,
  introspectionCost: 0,
  dbQueries: 0,
  fields: 0,
  depth: 0,
  where: NO_WHERE,
});
const add = (a: Tally, b: Tally): void => {
  a.cost += b.cost;
  a.introspectionCost += b.introspectionCost;
  a.dbQueries += b.dbQueries;
  a.fields += b.fields;
  a.depth = Math.max(a.depth, b.depth);
  a.where = larger(a.where, b.where);
  a.compiledWhere = heavier(a.compiledWhere, b.compiledWhere);
};
const max = (a: Tally, b: Tally): Tally => ({
  compiledWhere: heavier(a.compiledWhere, b.compiledWhere),
  cost: Math.max(a.cost, b.cost),
  introspectionCost: Math.max(a.introspectionCost, b.introspectionCost),
  dbQueries: Math.max(a.dbQueries, b.dbQueries),
  fields: Math.max(a.fields, b.fields),
  depth: Math.max(a.depth, b.depth),
  where: larger(a.where, b.where),
});

/**
 * The conditions of a `where` value: every input object in it, at any depth (the filter
 * itself, each condition such as `name: {contains}`, each AND/OR/NOT branch, each nested
 * `some`/`all`… filter). Each is a predicate Neo4j plans and tests on every row, so this is
 * the shape that makes a `where` expensive; an `in` list is one condition (its items are
 * input values, costed by `inputValues`).
 */
export function whereConditions(where: unknown): number {
  if (Array.isArray(where)) return where.reduce((n: number, x) => n + whereConditions(x), 0);
  if (where === null || typeof where !== 'object') return 0;
  return Object.values(where).reduce((n: number, x) => n + whereConditions(x), 1);
}

/**
 * Values in list arguments and input objects (`excludeIds`, `kinds`, a `where` filter) are
 * compared against every row a field reads: each value costs INPUT_VALUE_COST on its own, and
 * every INPUT_VALUES_PER_DOUBLING of them double the field's cost. 1,000 excludeIds make a
 * depth-3 neighbourhood (501) cost 6,511; 10,000 are refused before any Cypher runs.
 */
export const INPUT_VALUE_COST = 1;
export const INPUT_VALUES_PER_DOUBLING = 100;

/** Leaf values and list items in the arguments' lists and input objects (plain scalars: 0). */
export function inputValues(args: Record<string, unknown>): number {
  const size = (v: unknown): number =>
    Array.isArray(v)
      ? v.reduce((n: number, item) => n + Math.max(1, size(item)), 0)
      : v !== null && typeof v === 'object'
        ? Object.values(v).reduce((n: number, x) => n + size(x), 0)
        : v === null || v === undefined
          ? 0
          : 1;
  return Object.values(args).reduce(
    (n: number, v) => n + (v !== null && typeof v === 'object' ? size(v) : 0),
    0,
  );
}

const withInputs = (cost: number, values: number): number =>
  values === 0 ? cost : cost * (1 + values / INPUT_VALUES_PER_DOUBLING) + values * INPUT_VALUE_COST;

/** Non-negative; NaN (a broken estimator) counts as unbounded so that the request is refused. */
const sane = (n: unknown): number => {
  const v = Number(n);
  return Number.isNaN(v) ? Infinity : Math.max(0, v);
};

/**
 * Sizes of introspection lists, from the schema itself. Under `__schema { types }` a type's
 * lists count at their average over all types, which sums exactly to the schema's totals;
 * anywhere else (a field's `type`, `ofType`, `__type`) at their maximum, so that nesting
 * `fields { type { fields … } }` grows as fast as it would when executed.
 */
interface IntrospectionSizes {
  readonly avg: ReadonlyMap<string, number>;
  readonly max: ReadonlyMap<string, number>;
}

function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const types = Object.values(schema.getTypeMap());
  const per = (f: (t: (typeof types)[number]) => number): { total: number; most: number } => {
    const ns = types.map(f);
    return { total: ns.reduce((a, b) => a + b, 0), most: Math.max(1, ...ns) };
  };
  const fieldsOf = (t: (typeof types)[number]): { args?: readonly unknown[] }[] =>
    'getFields' in t ? (Object.values(t.getFields()) as { args?: readonly unknown[] }[]) : [];
  const lists = {
    fields: per((t) => fieldsOf(t).length),
    inputFields: per((t) => fieldsOf(t).length),
    interfaces: per((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0)),
    possibleTypes: per((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)),
    enumValues: per((t) => ('getValues' in t ? t.getValues().length : 0)),
  };
  const args = types.flatMap((t) => fieldsOf(t).map((f) => f.args?.length ?? 0));
  const directiveArgs = schema.getDirectives().map((d) => d.args.length);
  const common: [string, number][] = [
    ['types', types.length],
    ['directives', schema.getDirectives().length],
    ['locations', 20],
  ];
  const avg = (total: number, n: number): number => Math.max(1, Math.ceil(total / Math.max(1, n)));
  return {
    avg: new Map([
      ...common,
      ...Object.entries(lists).map(([k, v]): [string, number] => [k, avg(v.total, types.length)]),
      [
        'args',
        avg(
          args.reduce((a, b) => a + b, 0),
          args.length,
        ),
      ],
    ]),
    max: new Map([
      ...common,
      ...Object.entries(lists).map(([k, v]): [string, number] => [k, v.most]),
      ['args', Math.max(1, ...args, ...directiveArgs)],
    ]),
  };
}

/** How a selection is costed: ordinary fields, or introspection at average or maximum list sizes. */
type Mode = 'data' | 'avg' | 'max';
const AVG_LISTS = new Set(['fields', 'inputFields', 'args', 'enumValues']);

const sizesCache = new WeakMap<GraphQLSchema, IntrospectionSizes>();

export class BudgetError extends Error {}

/**
 * Tallies one operation of a validated document. `variables` must already be valid for it
 * (see `checkVariables`); fragments that do not exist or cycle count as nothing (validation
 * reports them).
 */
export function tallyOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Tally & { rootFields: number; visits: number } {
  let sizes = sizesCache.get(schema);
  if (!sizes) {
    sizes = introspectionSizes(schema);
    sizesCache.set(schema, sizes);
  }
  const introSizes = sizes;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new WeakMap<SelectionSetNode, Map<string, Tally>>();
  const inProgress = new Set<string>();
  /** Selection sets walked (memo misses): linear in the document, whatever its fragments do. */
  let visits = 0;

  const applies = (condition: string | undefined, type: GraphQLObjectType): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const t = schema.getType(condition);
    return t !== undefined && isAbstractType(t) && schema.isSubType(t, type);
  };

  const fieldTally = (node: FieldNode, parent: GraphQLObjectType, mode: Mode): Tally => {
    const name = node.name.value;
    if (name === '__typename') return { ...zero(), fields: 1 };
    const atRoot = parent === schema.getQueryType();
    const def: GraphQLField<unknown, unknown> | undefined =
      name === '__schema' && atRoot
        ? SchemaMetaFieldDef
        : name === '__type' && atRoot
          ? TypeMetaFieldDef
          : parent.getFields()[name];
    if (!def) return zero();
    const intro = mode !== 'data' || name.startsWith('__') || parent.name.startsWith('__');
    const childMode: Mode = !intro
      ? 'data'
      : name === 'types' || (mode === 'avg' && AVG_LISTS.has(name))
        ? 'avg'
        : 'max';
    const named = getNamedType(def.type);
    const child =
      node.selectionSet && isCompositeType(named) ? setTally(node.selectionSet, named, childMode) : zero();
    const out: Tally = {
      compiledWhere: child.compiledWhere,
      cost: 0,
      introspectionCost: child.introspectionCost,
      dbQueries: child.dbQueries,
      fields: child.fields + 1,
      depth: intro ? child.depth : child.depth + 1,
      where: child.where,
    };
    if (intro) {
      const listed = isListType(getNullableType(def.type));
      const n = listed
        ? ((mode === 'avg' ? introSizes.avg : introSizes.max).get(name) ?? DEFAULT_LIST_LENGTH)
        : 1;
      out.introspectionCost = sane(1 + n * (child.introspectionCost + child.cost));
      return out;
    }
    let args: Record<string, unknown> = {};
    try {
      // Costed as resolvers will see them: duplicates in lists removed.
      args = uniqueArgs(getArgumentValues(def, node, variables));
    } catch {
      // Invalid arguments are validation's business; cost them at their defaults.
    }
    const declared = def.extensions.complexity as number | CostFn | undefined;
    const childCost = child.cost;
    const own =
      typeof declared === 'number'
        ? declared + childCost
        : typeof declared === 'function'
          ? declared({ args, childComplexity: childCost })
          : isListType(getNullableType(def.type))
            ? 1 + DEFAULT_LIST_LENGTH * childCost
            : 1 + childCost;
    out.cost = sane(withInputs(own, inputValues(args)));
    if (args.where !== undefined && args.where !== null) {
      const at = `${parent.name}.${name}(where:)`;
      out.where = larger(child.where, { conditions: whereConditions(args.where), at });
      // Only a where within the size limit is compiled (a larger one is refused by its size).
      out.compiledWhere = heavier(child.compiledWhere, {
        subqueries: whereConditions(args.where) <= LIMITS.whereConditions ? whereSubqueries(args.where) : 0,
        at,
      });
    } else {
      out.where = child.where;
      out.compiledWhere = child.compiledWhere;
    }
    const q = def.extensions.dbQueries as DbQueriesDecl | undefined;
    out.dbQueries += sane(typeof q === 'function' ? q(args) : (q ?? 0));
    return out;
  };

  /** The selections that apply to one concrete type, with fragments expanded (memoised). */
  const objectTally = (set: SelectionSetNode, type: GraphQLObjectType, mode: Mode): Tally => {
    let byType = memo.get(set);
    if (!byType) {
      byType = new Map();
      memo.set(set, byType);
    }
    const key = `${type.name}|${mode}`;
    const hit = byType.get(key);
    if (hit) return hit;
    visits += 1;
    const total = zero();
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) add(total, fieldTally(s, type, mode));
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, type)) add(total, objectTally(s.selectionSet, type, mode));
      } else {
        const f = fragments.get(s.name.value);
        const guard = `${s.name.value}|${type.name}`;
        if (!f || inProgress.has(guard) || !applies(f.typeCondition.name.value, type)) continue;
        inProgress.add(guard);
        add(total, objectTally(f.selectionSet, type, mode));
        inProgress.delete(guard);
      }
    }
    byType.set(key, total);
    return total;
  };

  /** An abstract type costs what its most expensive concrete type costs. */
  const setTally = (set: SelectionSetNode, type: GraphQLCompositeType, mode: Mode): Tally => {
    if (isObjectType(type)) return objectTally(set, type, mode);
    return schema.getPossibleTypes(type).reduce((m, t) => max(m, objectTally(set, t, mode)), zero());
  };

  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) throw new BudgetError(`this API has no ${operation.operation} operations`);
  const total = objectTally(operation.selectionSet, root, 'data');

  // Root fields, counted through fragments at the top (aliases each count), memoised too.
  const rootMemo = new Map<string, number>();
  const countRoot = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += 1;
      else if (s.kind === Kind.INLINE_FRAGMENT) n += countRoot(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        const f = fragments.get(s.name.value);
        if (!f) continue;
        let m = rootMemo.get(s.name.value);
        if (m === undefined) {
          m = countRoot(f.selectionSet, new Set([...seen, s.name.value]));
          rootMemo.set(s.name.value, m);
        }
        n += m;
      }
    }
    return n;
  };
  const rootFields = countRoot(operation.selectionSet, new Set());
  return { ...total, rootFields, visits };
}

/** The first limit a tally exceeds, as a message for the client; undefined when within budget. */
export function overBudget(t: Tally & { rootFields: number }, limits: Limits = LIMITS): string | undefined {
  if (t.rootFields > limits.rootFields)
    return `the query has ${t.rootFields} root fields; at most ${limits.rootFields} are allowed per request`;
  if (t.depth > limits.depth) return `query depth ${t.depth} exceeds the maximum of ${limits.depth}`;
  if (t.where.conditions > limits.whereConditions)
    return `the where argument of ${t.where.at} holds ${big(t.where.conditions)} conditions (input objects, AND/OR/NOT branches included); at most ${limits.whereConditions} are allowed, however the where is sent: narrow it, or use one \`in\` list instead of many OR branches`;
  if (t.compiledWhere.subqueries > limits.whereSubqueries)
    return `the where argument of ${t.compiledWhere.at} compiles to ${big(t.compiledWhere.subqueries)} relationship subqueries (each relationship condition's some/none/all/single/count, and region, zone, focusesOn, documents, citedIn and per-document status conditions, at any depth); at most ${limits.whereSubqueries} are allowed, as Neo4j takes too long to plan more: split the question, or merge OR branches into one condition with an \`in\` list`;
  if (t.fields > limits.fields)
    return `the query selects ${big(t.fields)} fields after expanding fragments; at most ${limits.fields} are allowed`;
  if (t.cost > limits.cost)
    return `query cost ${big(t.cost)} exceeds the maximum of ${limits.cost}; ask for smaller pages or fewer nested lists`;
  if (t.introspectionCost > limits.introspectionCost)
    return `introspection cost ${big(t.introspectionCost)} exceeds the maximum of ${limits.introspectionCost}`;
  if (t.dbQueries > limits.dbQueries)
    return `the query needs ${big(t.dbQueries)} database round trips; at most ${limits.dbQueries} are allowed per request`;
  return undefined;
}

const big = (n: number): string =>
  Number.isFinite(n) && n < 1e15 ? String(Math.round(n)) : 'more than 10^15';
