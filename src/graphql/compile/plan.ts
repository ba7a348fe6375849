/**
 * The plan of a selection: which typed relationship fields (hosts, chains, platforms, … from
 * RELATIONSHIP_FIELDS) a GraphQL selection asks for under a list of entities, for which kinds
 * of entity, with which arguments, and what it asks of the entities at their other end (their
 * properties and, nested, their own relationship fields). cypher.ts turns a plan into Cypher.
 *
 * Pure: GraphQL AST and schema in, plan out. Fields the plan does not cover (relationships(…),
 * mentions, statusIn) are left to their resolvers, which load them as before.
 */
import { getArgumentValues, isObjectType, Kind, type FieldNode, type SelectionSetNode } from 'graphql';
import { BASES, KIND_NAMES, KINDS, type Basis, type Kind as EntityKind } from '../../ontology/ontology.js';
import { uniqueArgs } from '../list-arguments.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.js';
import { ENTITY_FIELD_PROPS } from '../selection.js';
import type { EntityWhere } from '../where/input.js';
import { collectSubfields, type SelectionContext } from './collect.js';

/** The arguments every typed relationship field takes, as its resolver receives them. */
export interface RelationshipArgs {
  readonly document: string | null;
  readonly basis: readonly Basis[];
  readonly kinds: readonly EntityKind[];
  readonly roles: readonly string[];
  readonly where: EntityWhere | null;
}

/** One relationship field asked for under entities of `parentKinds`, under one response key. */
export interface Slot {
  /** Unique in the statement: names its value in the row and its parameters. */
  readonly id: string;
  readonly responseKey: string;
  readonly field: RelationshipField;
  readonly parentKinds: readonly EntityKind[];
  readonly args: RelationshipArgs;
  /** What is asked of the entities at the other end. */
  readonly child: EntityPlan;
}

export interface EntityPlan {
  /** Stored properties the selection reads (id and kind always). */
  readonly props: readonly string[];
  readonly slots: readonly Slot[];
}

/** A plan with more slots than this is left to the resolvers (a statement of bounded size). */
export const MAX_SLOTS = 64;

/**
 * Relationship fields nest at most this deep in one statement; deeper ones are loaded by their
 * resolvers (the budget's depth limit bounds them further).
 */
export const MAX_COMPILED_DEPTH = 3;

const ALWAYS = ['id', 'kind'];

const isBasis = (v: unknown): v is Basis => (BASES as readonly unknown[]).includes(v);
const isKind = (v: unknown): v is EntityKind => (KIND_NAMES as readonly unknown[]).includes(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
/** An input object (validated by GraphQL against EntityWhere before any resolver runs). */
const isWhere = (v: unknown): v is EntityWhere => typeof v === 'object' && v !== null && !Array.isArray(v);

function relationshipArgs(values: Record<string, unknown>): RelationshipArgs {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    document: typeof values.document === 'string' ? values.document : null,
    basis: list(values.basis).filter(isBasis),
    kinds: list(values.kinds).filter(isKind),
    roles: strings(values.roles),
    where: isWhere(values.where) ? values.where : null,
  };
}

const hasFragments = (set: SelectionSetNode | undefined): boolean =>
  set?.selections.some((s) => s.kind !== Kind.FIELD) ?? false;

type DraftSlot = Omit<Slot, 'id' | 'child'> & { readonly child: DraftPlan; readonly sig: string };
interface DraftPlan {
  readonly props: readonly string[];
  readonly slots: readonly DraftSlot[];
  readonly sig: string;
}

/** Thrown inside planning when the selection is larger than one statement should be. */
class TooLarge extends Error {}

class Planner {
  private slots = 0;
  constructor(private readonly ctx: SelectionContext) {}

  /** The plan for entities reached through `nodes` (one response key's field nodes). */
  entity(nodes: readonly FieldNode[], kinds: readonly EntityKind[], depth: number): DraftPlan {
    const props = new Set(ALWAYS);
    const bySig = new Map<string, { slot: DraftSlot; kinds: EntityKind[] }>();
    // Relationship fields are on the concrete types only, so a selection without fragments asks
    // for none: one pass over any type collects its properties.
    const typed = depth < MAX_COMPILED_DEPTH && nodes.some((n) => hasFragments(n.selectionSet));
    for (const kind of typed ? kinds : kinds.slice(0, 1)) {
      const type = this.ctx.schema.getType(KINDS[kind].label);
      if (!isObjectType(type)) continue;
      const fields = collectSubfields(this.ctx, type, nodes);
      const defs = RELATIONSHIP_FIELDS[KINDS[kind].group];
      for (const [responseKey, group] of fields) {
        const first = group[0];
        if (!first) continue;
        const name = first.name.value;
        for (const p of ENTITY_FIELD_PROPS[name] ?? []) props.add(p);
        const field = typed ? defs.find((f) => f.name === name) : undefined;
        const def = type.getFields()[name];
        if (!field || !def) continue;
        let values: Record<string, unknown>;
        try {
          values = uniqueArgs(getArgumentValues(def, first, { ...this.ctx.variableValues }));
        } catch {
          continue; // Not compiled: the resolver reports the bad argument.
        }
        const args = relationshipArgs(values);
        const child = this.entity(group, KIND_NAMES, depth + 1);
        const sig = JSON.stringify([
          responseKey,
          field.name,
          field.types,
          field.dir,
          field.groups,
          args,
          child.sig,
        ]);
        const had = bySig.get(sig);
        if (had) had.kinds.push(kind);
        else {
          this.slots += 1;
          if (this.slots > MAX_SLOTS) throw new TooLarge();
          bySig.set(sig, { slot: { responseKey, field, parentKinds: [], args, child, sig }, kinds: [kind] });
        }
      }
    }
    const slots = [...bySig.values()].map(({ slot, kinds: k }) => ({ ...slot, parentKinds: k }));
    const sorted = [...props];
    return { props: sorted, slots, sig: JSON.stringify([sorted, slots.map((s) => [s.sig, s.parentKinds])]) };
  }
}

/** Gives every slot its id, depth first (s0, s1, …). */
function numbered(draft: DraftPlan, next: { n: number }): EntityPlan {
  return {
    props: draft.props,
    slots: draft.slots.map((s): Slot => {
      const id = `s${next.n}`;
      next.n += 1;
      return {
        id,
        responseKey: s.responseKey,
        field: s.field,
        parentKinds: s.parentKinds,
        args: s.args,
        child: numbered(s.child, next),
      };
    }),
  };
}

/**
 * The plans for several lists of the same entities (`nodes` and `edges.node` of one page):
 * each list's field nodes, and the kinds its entities may have. Undefined when the selection is
 * too large to compile (the resolvers then load it as before).
 */
export function planSelections(
  ctx: SelectionContext,
  lists: readonly { readonly nodes: readonly FieldNode[]; readonly kinds: readonly EntityKind[] }[],
): EntityPlan[] | undefined {
  const planner = new Planner(ctx);
  try {
    const drafts = lists.map((l) => planner.entity(l.nodes, l.kinds, 0));
    const next = { n: 0 };
    return drafts.map((d) => numbered(d, next));
  } catch (e) {
    if (e instanceof TooLarge) return undefined;
    throw e;
  }
}

/** Every slot of `plan`, nested ones included. */
export function allSlots(plan: EntityPlan): Slot[] {
  return plan.slots.flatMap((s) => [s, ...allSlots(s.child)]);
}

/** `plan` without the slots `drop` names (and what is nested under them). */
export function withoutSlots(plan: EntityPlan, drop: ReadonlySet<string>): EntityPlan {
  return {
    props: plan.props,
    slots: plan.slots
      .filter((s) => !drop.has(s.id))
      .map((s) => ({ ...s, child: withoutSlots(s.child, drop) })),
  };
}
