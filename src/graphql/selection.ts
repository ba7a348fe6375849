/**
 * Which stored properties of an entity a request reads, from its selection set: a list of
 * thousands of chains whose names alone are asked for need not bring back every chain's
 * citations. Only for lists that are never primed into the request's entity loader (a partial
 * record there would answer a later full read).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The stored properties behind each field of the Entity interface and of Document (a unit test
 * checks that every plain field is listed). Fields resolved from the id (relationships,
 * mentions, typed relationship fields) need no property beyond the id.
 */
export const ENTITY_FIELD_PROPS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  kind: ['kind'],
  name: ['name'],
  aliases: ['aliases'],
  abbreviations: ['abbreviations'],
  nameEn: ['nameEn'],
  // Without a stored source, an English name counts as established (records.ts).
  nameEnSource: ['nameEnSource', 'nameEn'],
  placeholder: ['placeholder'],
  level: ['level'],
  status: ['status'],
  statusWord: ['statusWord'],
  period: ['period'],
  note: ['note'],
  noteEn: ['noteEn'],
  designations: ['designations'],
  docs: ['docs'],
  citations: ['citations'],
  date: ['date'],
  issuer: ['issuer'],
};

/** Always read: the id (every resolver below keys on it) and the kind (the concrete type). */
const ALWAYS = ['id', 'kind'];

function fieldsIn(
  set: SelectionSetNode | undefined,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  into: FieldNode[],
): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) into.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsIn(s.selectionSet, info, into);
    else fieldsIn(info.fragments[s.name.value]?.selectionSet, info, into);
  }
}

/**
 * The properties to read for the entities at `path` below the current field (e.g. ['chain']
 * for chainCoverage's `chain { … }`).
 */
export function selectedEntityProps(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): string[] {
  const props = new Set(ALWAYS);
  for (const f of selectedFields(info, path))
    for (const p of ENTITY_FIELD_PROPS[f.name.value] ?? []) props.add(p);
  return [...props];
}

/** The fields selected under `path` below the current field (fragments expanded). */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const below: FieldNode[] = [];
    for (const f of level) fieldsIn(f.selectionSet, info, below);
    level = below.filter((f) => f.name.value === name);
  }
  const leaves: FieldNode[] = [];
  for (const f of level) fieldsIn(f.selectionSet, info, leaves);
  return leaves;
}
