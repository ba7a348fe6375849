/**
 * The `where` compiler: a `where` input (input.ts) becomes ONE Cypher predicate on a node
 * variable, with every value a parameter ($w0, $w1, …). Labels, relationship types and property
 * names come only from the ontology and RELATIONSHIP_FIELDS, never from the input; the grammar
 * is fixed, so the generated Cypher is snapshot-tested (test/unit/where-compile.test.ts).
 *
 * Pure: no driver, no GraphQL. Input checks that need the graph (does this document exist?)
 * are the caller's (checks.ts); depth is checked here because the compiler walks the input.
 */
import { GROUP_LABELS, GROUPS, type Group } from '../../ontology/ontology.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.js';
import {
  BASE_KEYS,
  type CountWhere,
  type EntityWhere,
  type EnumWhere,
  type RelationshipWhere,
  type TextWhere,
} from './input.js';

/** How deep `where` may nest (AND/OR/NOT items and relationship quantifiers each count one). */
export const MAX_WHERE_DEPTH = 5;

export class WhereInputError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export interface CompiledWhere {
  /** A Cypher boolean expression on the node variable it was compiled for. */
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** The relationship fields of each name, by the groups that define them alike. */
interface FieldCase {
  readonly field: RelationshipField;
  readonly groups: Group[];
}
const signature = (f: RelationshipField): string =>
  JSON.stringify([[...f.types].sort(), f.dir, [...(f.groups ?? [])].sort()]);

export const RELATIONSHIP_WHERE_FIELDS: ReadonlyMap<string, readonly FieldCase[]> = (() => {
  const byName = new Map<string, FieldCase[]>();
  for (const group of GROUPS)
    for (const field of RELATIONSHIP_FIELDS[group]) {
      const cases = byName.get(field.name) ?? [];
      const same = cases.find((c) => signature(c.field) === signature(field));
      if (same) same.groups.push(group);
      else cases.push({ field, groups: [group] });
      byName.set(field.name, cases);
    }
  return byName;
})();

const COMPARISONS: readonly [keyof CountWhere, string, (a: number, b: number) => boolean][] = [
  ['eq', '=', (a, b) => a === b],
  ['gt', '>', (a, b) => a > b],
  ['gte', '>=', (a, b) => a >= b],
  ['lt', '<', (a, b) => a < b],
  ['lte', '<=', (a, b) => a <= b],
];

const and = (parts: readonly string[]): string =>
  parts.length === 0 ? 'true' : parts.length === 1 ? (parts[0] ?? 'true') : `(${parts.join(' AND ')})`;
const or = (parts: readonly string[]): string =>
  parts.length === 0 ? 'false' : parts.length === 1 ? (parts[0] ?? 'false') : `(${parts.join(' OR ')})`;

/** A document's CITED_IN link from `v`, for per-document facts. */
const citedBy = (v: string, doc: string, c: string): string =>
  `(${v})-[${c}:CITED_IN]->(:Entity {id: ${doc}})`;

export class WhereCompiler {
  private readonly values: Record<string, unknown> = {};
  private next = 0;
  private vars = 0;

  /**
   * `prefix` names the parameters ($w0, $w1, … by default): a statement holding several compiled
   * predicates (the selection compiler's, src/graphql/compile/) gives each its own.
   */
  constructor(private readonly prefix = 'w') {}

  /** A fresh parameter holding `value`. */
  param(value: unknown): string {
    const name = `${this.prefix}${this.next}`;
    this.next += 1;
    this.values[name] = value;
    return `$${name}`;
  }

  private variable(prefix: string): string {
    this.vars += 1;
    return `${prefix}${this.vars}`;
  }

  get params(): Readonly<Record<string, unknown>> {
    return { ...this.values };
  }

  /** The predicate of `where` on variable `v`. */
  entity(where: EntityWhere, v: string, path: string, depth = 0): string {
    if (depth > MAX_WHERE_DEPTH)
      throw new WhereInputError(
        `${path}: \`where\` nests deeper than ${MAX_WHERE_DEPTH} levels; split the question`,
        path,
      );
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (!given(value)) continue;
      const at = `${path}.${key}`;
      if ((BASE_KEYS as readonly string[]).includes(key)) parts.push(this.base(where, key, v, at, depth));
      else {
        const cases = RELATIONSHIP_WHERE_FIELDS.get(key);
        if (!cases) throw new WhereInputError(`${at}: not a condition of \`where\``, at);
        parts.push(this.relationship(cases, value as RelationshipWhere, v, at, depth));
      }
    }
    return and(parts);
  }

  private base(w: EntityWhere, key: string, v: string, at: string, depth: number): string {
    switch (key) {
      case 'AND':
        return and((w.AND ?? []).map((x, i) => this.entity(x, v, `${at}[${i}]`, depth + 1)));
      case 'OR':
        return or((w.OR ?? []).map((x, i) => this.entity(x, v, `${at}[${i}]`, depth + 1)));
      case 'NOT':
        return w.NOT ? `NOT ${this.entity(w.NOT, v, at, depth + 1)}` : 'true';
      case 'id':
        return this.enumOf(`${v}.id`, w.id ?? {});
      case 'name':
        return this.text(`${v}.name`, w.name ?? {});
      case 'alias': {
        const a = this.variable('a');
        const t = this.text(a, w.alias ?? {});
        return `any(${a} IN coalesce(${v}.aliases, []) + coalesce(${v}.abbreviations, []) WHERE ${t})`;
      }
      case 'kind':
        return this.enumOf(`${v}.kind`, w.kind ?? {});
      case 'status':
      case 'level': {
        const f = key === 'status' ? w.status : w.level;
        if (!f) return 'true';
        if (!given(f.document)) return this.enumOf(`${v}.${key}`, f);
        const c = this.variable('c');
        return `EXISTS { MATCH ${citedBy(v, this.param(f.document), c)} WHERE ${this.enumOf(`${c}.${key}`, f)} }`;
      }
      case 'statusWord': {
        const f = w.statusWord;
        if (!f) return 'true';
        if (!given(f.document)) return this.text(`${v}.statusWord`, f);
        const c = this.variable('c');
        return `EXISTS { MATCH ${citedBy(v, this.param(f.document), c)} WHERE ${this.text(`${c}.statusWord`, f)} }`;
      }
      case 'designations': {
        const d = w.designations ?? {};
        const list = `coalesce(${v}.designations, [])`;
        const parts: string[] = [];
        if (given(d.includes)) parts.push(`${this.param(d.includes)} IN ${list}`);
        if (given(d.includesAny)) {
          const x = this.variable('x');
          parts.push(`any(${x} IN ${this.param(d.includesAny)} WHERE ${x} IN ${list})`);
        }
        if (given(d.includesAll)) {
          const x = this.variable('x');
          parts.push(`all(${x} IN ${this.param(d.includesAll)} WHERE ${x} IN ${list})`);
        }
        return and(parts);
      }
      case 'placeholder':
        return `coalesce(${v}.placeholder, false) = ${this.param(w.placeholder)}`;
      case 'region': {
        const r = w.region;
        if (!r) return 'true';
        const m = this.variable('m');
        const conds: string[] = [];
        if (given(r.basis) && r.basis.length > 0) conds.push(`${m}.basis IN ${this.param(r.basis)}`);
        // Per-document facts: the membership that document's own statements make.
        if (given(r.document)) conds.push(`${this.param(r.document)} IN coalesce(${m}.docs, [])`);
        return `EXISTS { MATCH (${v})-[${m}:IN_REGION]->(:Entity {id: ${this.param(r.id)}}) WHERE ${and(conds)} }`;
      }
      case 'zone': {
        const z = w.zone;
        if (!z) return 'true';
        const id = this.param(z.id);
        if (!given(z.document)) return `EXISTS { (${v})-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: ${id}}) }`;
        const p = this.variable('p');
        const r = this.variable('r');
        return `EXISTS { MATCH ${p} = (${v})-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: ${id}}) WHERE all(${r} IN relationships(${p}) WHERE ${this.param(z.document)} IN ${r}.docs) }`;
      }
      case 'focusesOn': {
        const f = w.focusesOn;
        if (!f) return 'true';
        const r = this.variable('r');
        const cond = given(f.document) ? `${this.param(f.document)} IN ${r}.docs` : 'true';
        return `EXISTS { MATCH (${v})-[${r}:FOCUSES_ON]->(:Entity {id: ${this.param(f.id)}}) WHERE ${cond} }`;
      }
      case 'documents': {
        const d = w.documents ?? {};
        const parts: string[] = [];
        const x = this.variable('d');
        const cites = (ids: string): string =>
          `EXISTS { MATCH (${v})-[:CITED_IN]->(${x}:Entity) WHERE ${x}.id IN ${ids} }`;
        if (given(d.all)) {
          const y = this.variable('d');
          parts.push(
            `all(${y} IN ${this.param(d.all)} WHERE EXISTS { (${v})-[:CITED_IN]->(:Entity {id: ${y}}) })`,
          );
        }
        if (given(d.some)) parts.push(cites(this.param(d.some)));
        if (given(d.none)) parts.push(`NOT ${cites(this.param(d.none))}`);
        return and(parts);
      }
      case 'citedIn': {
        const c = w.citedIn;
        if (!c) return 'true';
        const l = this.variable('c');
        const s = this.variable('s');
        const sec = this.param(c.section);
        // A section by path (第四章/二 and everything under it) or by label (专栏3: one step of a path).
        return `EXISTS { MATCH ${citedBy(v, this.param(c.document), l)} WHERE any(${s} IN coalesce(${l}.sections, []) WHERE ${s} = ${sec} OR ${s} STARTS WITH ${sec} + '/' OR ${sec} IN split(${s}, '/')) }`;
      }
      default:
        throw new WhereInputError(`${at}: not a condition of \`where\``, at);
    }
  }

  private text(expr: string, t: TextWhere): string {
    const parts: string[] = [];
    if (given(t.eq)) parts.push(`${expr} = ${this.param(t.eq)}`);
    if (given(t.in)) parts.push(`${expr} IN ${this.param(t.in)}`);
    if (given(t.contains)) parts.push(`${expr} CONTAINS ${this.param(t.contains)}`);
    if (given(t.startsWith)) parts.push(`${expr} STARTS WITH ${this.param(t.startsWith)}`);
    return and(parts);
  }

  private enumOf(expr: string, e: EnumWhere<string>): string {
    const parts: string[] = [];
    if (given(e.eq)) parts.push(`${expr} = ${this.param(e.eq)}`);
    if (given(e.in)) parts.push(`${expr} IN ${this.param(e.in)}`);
    return and(parts);
  }

  /**
   * A relationship field's conditions. A name means what the entity's own type means by it
   * (`chains`: the chains a platform serves, the chains relying on an institution), so the
   * predicate is chosen by the entity's group; a group without the field has none of it.
   *
   * A name with several meanings is ONE subquery per quantifier whose MATCH admits each meaning
   * (the entity's group, the link's type and direction, the other end's group), never one copy
   * of the nested predicate per meaning: copies double per level of nesting (2, 6, 14, 30, 62
   * subqueries for 1–5 levels of `chains`), and Neo4j's planning time grew with them, from
   * about a second at two levels to minutes at four (review s24, H1). The meaning is chosen by a
   * CASE on the entity's group inside the MATCH's WHERE (docs/api.md has the planning times). An entity of a group
   * without the field matches no link, so each quantifier holds of it what it holds of none.
   */
  private relationship(
    cases: readonly FieldCase[],
    rw: RelationshipWhere,
    v: string,
    at: string,
    depth: number,
  ): string {
    const r = this.variable('r');
    const m = this.variable('m');
    const only = cases.length === 1 ? cases[0] : undefined;
    if (only) {
      const f = only.field;
      const arrow = f.dir === 'out' ? `-[${r}:${f.types.join('|')}]->` : `<-[${r}:${f.types.join('|')}]-`;
      const ends = f.groups ? [or(f.groups.map((g) => `${m}:${GROUP_LABELS[g]}`))] : [];
      const linked = this.linked(`(${v})${arrow}(${m}:Entity)`, ends, rw, r, m, at, depth);
      if (only.groups.length === GROUPS.length) return linked;
      const isOf = or(only.groups.map((g) => `${v}:${GROUP_LABELS[g]}`));
      // CASE, not `(isOf AND linked) OR NOT isOf`: Neo4j's planner plans each side of an OR
      // apart, with the nested subqueries in each, so ORs nested five deep took minutes to plan.
      return emptyHolds(rw) ? `CASE WHEN ${isOf} THEN ${linked} ELSE true END` : `(${isOf} AND ${linked})`;
    }
    const types = [...new Set(cases.flatMap((c) => c.field.types))];
    const dirs = new Set(cases.map((c) => c.field.dir));
    const oneDir = dirs.size === 1 ? cases[0]?.field.dir : undefined;
    const pattern =
      oneDir === 'out'
        ? `(${v})-[${r}:${types.join('|')}]->(${m}:Entity)`
        : oneDir === 'in'
          ? `(${v})<-[${r}:${types.join('|')}]-(${m}:Entity)`
          : `(${v})-[${r}:${types.join('|')}]-(${m}:Entity)`;
    // Which meaning holds is decided by the entity's group, as a CASE (see above: not an OR).
    const meaning = (c: FieldCase): string => {
      const f = c.field;
      const conds: string[] = [];
      if (f.types.length < types.length)
        conds.push(
          f.types.length === 1
            ? `type(${r}) = '${f.types[0] ?? ''}'`
            : `type(${r}) IN [${f.types.map((t) => `'${t}'`).join(', ')}]`,
        );
      // Without one direction for all, the pattern has none: each meaning says its own.
      if (oneDir === undefined)
        conds.push(f.dir === 'out' ? `startNode(${r}) = ${v}` : `endNode(${r}) = ${v}`);
      if (f.groups) conds.push(or(f.groups.map((g) => `${m}:${GROUP_LABELS[g]}`)));
      return `WHEN ${or(c.groups.map((g) => `${v}:${GROUP_LABELS[g]}`))} THEN ${and(conds)}`;
    };
    return this.linked(pattern, [`CASE ${cases.map(meaning).join(' ')} ELSE false END`], rw, r, m, at, depth);
  }

  /** The quantifiers of `rw` over the links `pattern` (with `ends` its conditions) matches. */
  private linked(
    pattern: string,
    ends: readonly string[],
    rw: RelationshipWhere,
    r: string,
    m: string,
    at: string,
    depth: number,
  ): string {
    const conds: string[] = [...ends];
    if (given(rw.document)) conds.push(`${this.param(rw.document)} IN coalesce(${r}.docs, [])`);
    if (given(rw.basis) && rw.basis.length > 0) conds.push(`${r}.basis IN ${this.param(rw.basis)}`);
    if (given(rw.roles) && rw.roles.length > 0) conds.push(`${r}.role IN ${this.param(rw.roles)}`);
    if (given(rw.kinds) && rw.kinds.length > 0) conds.push(`${m}.kind IN ${this.param(rw.kinds)}`);
    const match = (extra: string | null): string =>
      `MATCH ${pattern} WHERE ${and(extra === null ? conds : [...conds, extra])}`;
    const nested = (w: EntityWhere, q: string): string => this.entity(w, m, `${at}.${q}`, depth + 1);
    const parts: string[] = [];
    if (given(rw.some)) parts.push(`EXISTS { ${match(nested(rw.some, 'some'))} }`);
    if (given(rw.none)) parts.push(`NOT EXISTS { ${match(nested(rw.none, 'none'))} }`);
    if (given(rw.all)) parts.push(`NOT EXISTS { ${match(`NOT ${nested(rw.all, 'all')}`)} }`);
    if (given(rw.single)) parts.push(`COUNT { ${match(nested(rw.single, 'single'))} } = 1`);
    if (given(rw.count))
      for (const [op, sym] of COMPARISONS) {
        const n = rw.count[op];
        if (given(n)) parts.push(`COUNT { ${match(null)} } ${sym} ${this.param(n)}`);
      }
    // Only which links count was given: at least one such link.
    if (parts.length === 0) parts.push(`EXISTS { ${match(null)} }`);
    return and(parts);
  }
}

/** Whether `rw` holds of an entity with no such links at all (a type without the field). */
export function emptyHolds(rw: RelationshipWhere): boolean {
  const checks: boolean[] = [];
  if (given(rw.some)) checks.push(false);
  if (given(rw.none)) checks.push(true);
  if (given(rw.all)) checks.push(true);
  if (given(rw.single)) checks.push(false);
  if (given(rw.count))
    for (const [op, , holds] of COMPARISONS) {
      const n = rw.count[op];
      if (given(n)) checks.push(holds(0, n));
    }
  return checks.length === 0 ? false : checks.every(Boolean);
}

/** Compiles `where` on variable `v` (the conditions in `extra` ANDed in front). */
export function compileWhere(
  where: EntityWhere | null | undefined,
  v = 'n',
  path = 'where',
  extra: readonly EntityWhere[] = [],
): CompiledWhere {
  const c = new WhereCompiler();
  const parts = [...extra, ...(where ? [where] : [])].map((w, i) =>
    c.entity(w, v, i < extra.length ? 'filter' : path),
  );
  return { cypher: and(parts), params: c.params };
}

/**
 * How many EXISTS/COUNT subqueries `where` compiles to (each planned by Neo4j, nested ones
 * within their parents): what the request budget weighs. A `where` the compiler refuses
 * weighs 0 here; its resolver reports the error at its path.
 */
export function whereSubqueries(where: unknown): number {
  if (where === null || typeof where !== 'object' || Array.isArray(where)) return 0;
  try {
    const c = compileWhere(where);
    return (c.cypher.match(/\b(?:EXISTS|COUNT) \{/g) ?? []).length;
  } catch (e) {
    if (e instanceof WhereInputError) return 0;
    throw e;
  }
}
