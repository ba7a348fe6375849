/**
 * A plan (plan.ts) as Cypher: one map expression on the root entity's variable, with an entry
 * per slot — the related entities as a COLLECT subquery, in the order the `related` loader
 * gives them (kind, name, id), each with the properties the selection reads and, nested, its
 * own slots. A slot asked for under some kinds only is guarded by their labels.
 *
 * A fixed grammar: labels, relationship types and property names come from the ontology,
 * RELATIONSHIP_FIELDS and selection.ts; every value is a parameter ($s0_document, $s0_w0, …).
 * Snapshot-tested (test/unit/selection-compile.test.ts). Pure: no driver, no GraphQL execution.
 */
import { GROUP_LABELS, KIND_NAMES, KINDS } from '../../ontology/ontology.js';
import { WhereCompiler } from '../where/compile.js';
import type { EntityPlan, Slot } from './plan.js';

export interface CompiledChildren {
  /** The root entity's properties the selection reads, as a map projection on its variable. */
  readonly entity: string;
  /** A Cypher map expression: slot id → list of {e: properties, k: nested slots}, or null. */
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const projection = (v: string, props: readonly string[]): string =>
  `${v} {${props.map((p) => `.${p}`).join(', ')}}`;

const or = (parts: readonly string[]): string =>
  parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' OR ')})`;

class Emitter {
  readonly params: Record<string, unknown> = {};

  private param(slot: Slot, name: string, value: unknown): string {
    const p = `${slot.id}_${name}`;
    this.params[p] = value;
    return `$${p}`;
  }

  /** The map of `plan`'s slots on variable `v`; `{}` when it has none. */
  map(plan: EntityPlan, v: string): string {
    return `{${plan.slots.map((s) => `${s.id}: ${this.slot(s, v)}`).join(', ')}}`;
  }

  private slot(s: Slot, v: string): string {
    const n = s.id.slice(1);
    const e = `e${n}`;
    const l = `l${n}`;
    const types = s.field.types.join('|');
    const pattern =
      s.field.dir === 'out'
        ? `(${v})-[${l}:${types}]->(${e}:Entity)`
        : `(${v})<-[${l}:${types}]-(${e}:Entity)`;
    const conds: string[] = [];
    if (s.field.groups) conds.push(or(s.field.groups.map((g) => `${e}:${GROUP_LABELS[g]}`)));
    const a = s.args;
    if (a.document !== null) conds.push(`${this.param(s, 'document', a.document)} IN ${l}.docs`);
    if (a.basis.length > 0) conds.push(`${l}.basis IN ${this.param(s, 'basis', a.basis)}`);
    if (a.roles.length > 0) conds.push(`${l}.role IN ${this.param(s, 'roles', a.roles)}`);
    if (a.kinds.length > 0) conds.push(`${e}.kind IN ${this.param(s, 'kinds', a.kinds)}`);
    if (a.where !== null) {
      const w = new WhereCompiler(`${s.id}_w`);
      conds.push(w.entity(a.where, e, 'where'));
      Object.assign(this.params, w.params);
    }
    const props = projection(e, s.child.props);
    const value = s.child.slots.length === 0 ? `{e: ${props}}` : `{e: ${props}, k: ${this.map(s.child, e)}}`;
    const where = conds.length === 0 ? '' : ` WHERE ${conds.join(' AND ')}`;
    const collect = `COLLECT { MATCH ${pattern}${where} RETURN ${value} AS x ORDER BY ${e}.kind, ${e}.name, ${e}.id }`;
    if (s.parentKinds.length === KIND_NAMES.length) return collect;
    const guard = or(s.parentKinds.map((k) => `${v}:${KINDS[k].label}`));
    return `CASE WHEN ${guard} THEN ${collect} END`;
  }
}

/** The Cypher of `plan` on the root entity variable `v`. */
export function compileChildren(plan: EntityPlan, v = 'n'): CompiledChildren {
  const em = new Emitter();
  return { entity: projection(v, plan.props), cypher: em.map(plan, v), params: em.params };
}

/** Several plans over the same rows (a page's `nodes` and `edges.node`): one map. */
export function compileChildrenOf(plans: readonly EntityPlan[], v = 'n'): CompiledChildren {
  const props = [...new Set(plans.flatMap((p) => p.props))];
  return compileChildren({ props, slots: plans.flatMap((p) => p.slots) }, v);
}
