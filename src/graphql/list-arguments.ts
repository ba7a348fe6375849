/**
 * A value given twice in a list argument means the same as once: `kinds: [LABORATORY,
 * LABORATORY]` must not return every laboratory twice, nor cost twice. Every list in every
 * argument, at any depth of an input object, is reduced to its distinct values (first
 * occurrence kept, order kept) before a resolver sees it, and the budget (budget.ts) costs
 * the same reduced arguments.
 */
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** The key two list items are the same by: the value itself, or an input object's JSON. */
const itemKey = (v: unknown): unknown => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v);

/** `value` with every list in it reduced to its distinct items; the same object when none repeat. */
export function uniqueLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    const seen = new Set<unknown>();
    const out: unknown[] = [];
    let changed = false;
    for (const item of value) {
      const v = uniqueLists(item);
      if (v !== item) changed = true;
      const key = itemKey(v);
      if (seen.has(key)) {
        changed = true;
        continue;
      }
      seen.add(key);
      out.push(v);
    }
    return changed ? out : value;
  }
  if (value !== null && typeof value === 'object') return uniqueArgs(value as Record<string, unknown>);
  return value;
}

/** The arguments of one field with every list reduced (see uniqueLists). */
export function uniqueArgs(args: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  let changed = false;
  for (const [k, v] of Object.entries(args)) {
    const u = uniqueLists(v);
    changed ||= u !== v;
    entries.push([k, u]);
  }
  return changed ? Object.fromEntries(entries) : args;
}

/** Whether a value of this type can hold a list (itself, or a field of an input object, at any depth). */
function holdsList(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isListType(getNullableType(type))) return true;
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsList(f.type, seen));
}

/**
 * Wraps the resolver of every field that has an argument able to hold a list, once, when the
 * schema is built: other fields are left as they are and cost nothing more per request.
 */
export function dedupeListArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => holdsList(a.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) =>
        resolve(source, uniqueArgs(args), context, info);
    }
  }
}
