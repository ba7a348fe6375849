/**
 * CollectFields of the GraphQL specification (§6.3.2), as the executor runs it: the fields a
 * selection set asks of one concrete type, grouped by response key in document order, with
 * fragments expanded once, type conditions applied and @skip/@include honoured. The compiler
 * must group fields exactly as execution will, so that what it prefetches for a response key is
 * what the field resolver under that key is asked for.
 *
 * graphql-js has the same function, but not in its public entry point (and importing its
 * internals could load a second copy of the library under vitest).
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** What collecting needs from GraphQLResolveInfo. */
export interface SelectionContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: Readonly<Record<string, unknown>>;
}

const included = (
  ctx: SelectionContext,
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
): boolean => {
  if (node.directives === undefined || node.directives.length === 0) return true;
  const vars = { ...ctx.variableValues };
  if (getDirectiveValues(GraphQLSkipDirective, node, vars)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if !== false;
};

const applies = (ctx: SelectionContext, condition: string | undefined, type: GraphQLObjectType): boolean => {
  if (condition === undefined || condition === type.name) return true;
  const t = ctx.schema.getType(condition);
  return t !== undefined && isAbstractType(t) && ctx.schema.isSubType(t, type);
};

function collect(
  ctx: SelectionContext,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  into: Map<string, FieldNode[]>,
  visited: Set<string>,
): void {
  for (const s of set.selections) {
    if (!included(ctx, s)) continue;
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      const list = into.get(key);
      if (list) list.push(s);
      else into.set(key, [s]);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (applies(ctx, s.typeCondition?.name.value, type)) collect(ctx, type, s.selectionSet, into, visited);
    } else {
      const name = s.name.value;
      if (visited.has(name)) continue;
      visited.add(name);
      const f = ctx.fragments[name];
      if (f && applies(ctx, f.typeCondition.name.value, type))
        collect(ctx, type, f.selectionSet, into, visited);
    }
  }
}

/** The fields the selection sets of `nodes` (one response key's field nodes) ask of `type`. */
export function collectSubfields(
  ctx: SelectionContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const into = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const n of nodes) if (n.selectionSet) collect(ctx, type, n.selectionSet, into, visited);
  return into;
}
