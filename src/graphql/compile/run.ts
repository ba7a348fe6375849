/**
 * The selection compiler as root resolvers use it: which entity lists a root field returns
 * (`nodes`, `edges.node`, or the entity itself), their plan with the arguments checked, the
 * compiled Cypher, and, once read, the related entities handed to the field resolvers
 * (prefetch.ts). Arguments that fail their checks (an unknown document, a `where` naming an
 * unknown region) leave their field uncompiled: its resolver then reports the error at its own
 * path, as it always did.
 */
import { isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { KIND_NAMES, type Kind } from '../../ontology/ontology.js';
import type { CompiledEntity, CompiledReads } from '../../repository/compiled-reads.js';
import { documentArg } from '../arguments.js';
import type { Context } from '../context.js';
import { checkWhereRefs } from '../where/checks.js';
import { compileWhere } from '../where/compile.js';
import { collectSubfields } from './collect.js';
import { compileChildrenOf, type CompiledChildren } from './cypher.js';
import { allSlots, planSelections, withoutSlots, type EntityPlan, type Slot } from './plan.js';

/** A list of entities under a root field: its field nodes, kinds, and the path of its i-th item. */
export interface EntityList {
  readonly nodes: readonly FieldNode[];
  readonly kinds: readonly Kind[];
  readonly at: (i: number) => string;
}

export interface CompiledSelection {
  readonly reads: CompiledReads;
  readonly lists: readonly EntityList[];
  readonly plans: readonly EntityPlan[];
  readonly children: CompiledChildren;
}

type Info = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'path'>;

/** The entity lists of an EntityConnection root field: `nodes` and `edges { node }`, by alias. */
export function connectionLists(info: Info, kinds: readonly Kind[]): EntityList[] {
  const root = String(info.path.key);
  const conn = info.schema.getType('EntityConnection');
  const edge = info.schema.getType('EntityEdge');
  if (!isObjectType(conn) || !isObjectType(edge)) return [];
  const lists: EntityList[] = [];
  for (const [key, group] of collectSubfields(info, conn, info.fieldNodes)) {
    const name = group[0]?.name.value;
    if (name === 'nodes') lists.push({ nodes: group, kinds, at: (i) => `${root}.${key}.${i}` });
    if (name === 'edges')
      for (const [nodeKey, nodes] of collectSubfields(info, edge, group))
        if (nodes[0]?.name.value === 'node')
          lists.push({ nodes, kinds, at: (i) => `${root}.${key}.${i}.${nodeKey}` });
  }
  return lists;
}

/** The root field's own entity (`node(id)`). */
export const entityList = (info: Info): EntityList[] => [
  { nodes: info.fieldNodes, kinds: KIND_NAMES, at: () => String(info.path.key) },
];

/** Whether a slot's arguments pass the checks its resolver would make. */
async function argumentsHold(ctx: Context, s: Slot): Promise<boolean> {
  try {
    await documentArg(ctx, s.args.document);
    if (s.args.where !== null) {
      compileWhere(s.args.where, 'm');
      await checkWhereRefs(ctx, s.args.where);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The compiled selection of `lists`, or null when the compiler is off or nothing under them is
 * a relationship field it covers (the root then reads as before).
 */
export async function compileSelection(
  ctx: Context,
  info: Info,
  lists: readonly EntityList[],
): Promise<CompiledSelection | null> {
  const reads = ctx.compiled;
  if (reads === null || lists.length === 0) return null;
  const planned = cachedPlan(info, lists);
  if (planned === null) return null;
  const slots = planned.plans.flatMap(allSlots);
  const held = await Promise.all(slots.map((s) => argumentsHold(ctx, s)));
  const drop = new Set(slots.filter((_, i) => held[i] !== true).map((s) => s.id));
  if (drop.size === 0) return { reads, lists, plans: planned.plans, children: planned.children };
  const plans = planned.plans.map((p) => withoutSlots(p, drop));
  if (plans.every((p) => p.slots.length === 0)) return null;
  return { reads, lists, plans, children: compileChildrenOf(plans) };
}

interface Planned {
  readonly plans: EntityPlan[];
  readonly children: CompiledChildren;
}

/**
 * Plans by the root field's node in the parsed document (Apollo keeps a document parsed once per
 * query text) and by the variables and kinds: a query sent again is not planned again. A few
 * variants per field node; past that the oldest go.
 */
const PLANS = new WeakMap<FieldNode, Map<string, Planned | null>>();
const PLAN_VARIANTS = 16;

/** Each list of kinds as a key, once per array (`node`'s list is the same array every request). */
const KINDS_KEYS = new WeakMap<readonly Kind[], string>();
const kindsKey = (kinds: readonly Kind[]): string => {
  let key = KINDS_KEYS.get(kinds);
  if (key === undefined) {
    key = kinds.join(',');
    KINDS_KEYS.set(kinds, key);
  }
  return key;
};

function cachedPlan(info: Info, lists: readonly EntityList[]): Planned | null {
  const root = info.fieldNodes[0];
  const key = `${info.fieldNodes.length}\u0000${lists.map((l) => kindsKey(l.kinds)).join(';')}\u0000${JSON.stringify(info.variableValues)}`;
  const known = root ? PLANS.get(root) : undefined;
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const plans = planSelections(info, lists);
  const planned =
    plans === undefined || plans.every((p) => p.slots.length === 0)
      ? null
      : { plans, children: compileChildrenOf(plans) };
  if (root) {
    const variants = known ?? new Map<string, Planned | null>();
    if (variants.size >= PLAN_VARIANTS) variants.delete(variants.keys().next().value ?? '');
    variants.set(key, planned);
    PLANS.set(root, variants);
  }
  return planned;
}

/** Hands what was read under each row to the field resolvers below it. */
export function storePrefetched(ctx: Context, sel: CompiledSelection, rows: readonly CompiledEntity[]): void {
  sel.lists.forEach((list, li) => {
    const plan = sel.plans[li];
    if (plan) rows.forEach((row, i) => ctx.prefetched.store(list.at(i), plan, row));
  });
}
