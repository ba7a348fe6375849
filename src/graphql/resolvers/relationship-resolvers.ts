/**
 * Field resolvers on entities: `relationships(…)`, what each document says (`mentions`,
 * `statusIn`), and the typed relationship fields (hosts, hostedPlatforms, platforms, …)
 * generated per kind from RELATIONSHIP_FIELDS. Every relationship field takes the same
 * narrowing arguments (document, basis, kinds, roles), and all go through the request's
 * batched `related` loader, so a list of 50 platforms with their hosts costs one Cypher query
 * per field, not one per platform.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { KIND_NAMES, KINDS, REL_TYPES, type Basis, type Kind } from '../../ontology/ontology.js';
import type { LinkFilter, RelatedItem, RelatedKey } from '../../repository/graph-repository.js';
import type { EntityRecord, MentionRecord } from '../../repository/records.js';
import { documentArg, linkFilter } from '../arguments.js';
import { DbQueries, withDocumentCheck } from '../budget.js';
import type { Context } from '../context.js';
import { BasisEnum, KindEnum, RelationshipTypeEnum, RoleEnum } from '../enums.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.js';
import { DocumentEntity, DocumentMention, Entity, ENTITY_TYPES } from '../types/entity.js';
import { DirectionEnum, Relationship } from '../types/relationship.js';
import { checkWhereRefs, whereQueries } from '../where/checks.js';
import { compiledWhere, relatedWhereLoader } from '../where/run.js';
import { EntityWhere } from '../where/types.js';

/** Cost estimate of one relationship list: most entities have fewer than 10 of a kind. */
export const RELATIONSHIP_LIST_ESTIMATE = 10;

const DOCUMENT_ARG = 'Only relationships this document states or supports (e.g. doc:impl2015).';
const BASIS_ARG =
  'Only relationships of one of these bases (STATED: the text says it; NAMED: a name or heading says it; INFERRED); a single value is a list of one; all when omitted.';
const KINDS_ARG = 'Only related entities of these kinds.';
const ROLES_ARG = 'Only relationships with one of these roles (e.g. KEY_RELIANCE for 重点依托).';
const WHERE_ARG =
  'Only related entities matching this `where` (the filter language of `entities`): e.g. hosts(where: {name: {contains: "大学"}}).';

async function relationshipsOf(
  load: (key: RelatedKey) => Promise<RelatedItem[]>,
  id: string,
  types: readonly string[],
  direction: 'in' | 'out' | 'both',
  links: LinkFilter,
): Promise<RelatedItem[]> {
  const dirs = direction === 'both' ? (['out', 'in'] as const) : [direction];
  const lists = await Promise.all(dirs.map((dir) => load({ id, types, dir, ...links })));
  return lists.flat();
}

@Resolver(() => Entity)
export class EntityFieldsResolver {
  // Both directions load in the same tick: one batched query (plus the documents check, plus
  // the checks of what `where` names).
  @DbQueries((args) => withDocumentCheck(1)(args) + whereQueries(args.where))
  @FieldResolver(() => [Relationship], {
    description: 'Curated relationships of this entity, both ways by default, narrowed by the arguments.',
    complexity: ({ childComplexity }) => 1 + 2 * RELATIONSHIP_LIST_ESTIMATE * childComplexity,
  })
  async relationships(
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these types; all when omitted.',
    })
    types: string[] | null | undefined,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'both', description: 'OUT, IN or BOTH.' })
    direction: 'in' | 'out' | 'both',
    @Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })
    basis: Basis[] | null | undefined,
    @Arg('roles', () => [RoleEnum], { nullable: true, description: ROLES_ARG })
    roles: string[] | null | undefined,
    @Arg('kinds', () => [KindEnum], { nullable: true, description: KINDS_ARG })
    kinds: Kind[] | null | undefined,
    @Arg('where', () => EntityWhere, {
      nullable: true,
      description:
        'Only relationships whose other end matches this `where` (the filter language of `entities`): e.g. relationships(types: [HOSTED_BY], where: {kind: {eq: UNIVERSITY}}).',
    })
    where: EntityWhere | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RelatedItem[]> {
    const links = await linkFilter(ctx, document, basis, roles);
    // A `where` is compiled on the other end (m) and loaded in batches per distinct `where`.
    let load = (key: RelatedKey): Promise<RelatedItem[]> => ctx.related.load(key);
    if (where) {
      const loader = relatedWhereLoader(ctx, compiledWhere(where, [], 'm'));
      await checkWhereRefs(ctx, where);
      load = (key) => loader.load(key);
    }
    const items = await relationshipsOf(
      load,
      entity.id,
      types && types.length > 0 ? types : REL_TYPES,
      direction,
      links,
    );
    for (const it of items) ctx.entityById.prime(it.node.id, it.node);
    return kinds && kinds.length > 0 ? items.filter((it) => kinds.includes(it.node.kind)) : items;
  }

  @DbQueries(withDocumentCheck(1))
  @FieldResolver(() => [DocumentMention], {
    description:
      'What each document says of it (status, status word, level, lines), oldest document first; one document with `document`.',
    complexity: ({ childComplexity }) => 1 + 5 * childComplexity,
  })
  async mentions(
    @Root() entity: EntityRecord,
    @Arg('document', () => ID, { nullable: true, description: 'Only this document.' })
    document: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MentionRecord[]> {
    const doc = await documentArg(ctx, document);
    const all = await ctx.mentions.load(entity.id);
    return doc === null ? all : all.filter((m) => m.document === doc);
  }

  @DbQueries(withDocumentCheck(1))
  @FieldResolver(() => DocumentMention, {
    nullable: true,
    description: 'What one document says of it; null when that document does not name it.',
  })
  async statusIn(
    @Root() entity: EntityRecord,
    @Arg('document', () => ID, { description: 'The document, e.g. doc:dalian14.' }) document: string,
    @Ctx() ctx: Context,
  ): Promise<MentionRecord | null> {
    const doc = await documentArg(ctx, document);
    return (await ctx.mentions.load(entity.id)).find((m) => m.document === doc) ?? null;
  }
}

@Resolver(() => DocumentMention)
export class DocumentMentionResolver {
  @DbQueries(1)
  @FieldResolver(() => DocumentEntity, {
    description: 'The document itself: title, English title, date, issuer.',
  })
  async source(@Root() mention: MentionRecord, @Ctx() ctx: Context): Promise<EntityRecord> {
    const docs = await ctx.documents();
    const doc = docs.find((d) => d.id === mention.document);
    if (!doc) throw new Error(`document ${mention.document} of a mention is missing`);
    return doc;
  }
}

/** A resolver class for one kind's typed relationship fields. */
function typedFieldsResolver(kind: Kind): (new () => object) | undefined {
  const fields = RELATIONSHIP_FIELDS[KINDS[kind].group];
  if (fields.length === 0) return undefined;
  @Resolver(() => ENTITY_TYPES[kind])
  class TypedFields {}
  Object.defineProperty(TypedFields, 'name', { value: `${KINDS[kind].label}Relationships` });
  for (const f of fields) defineField(TypedFields.prototype, f);
  return TypedFields;
}

function defineField(proto: object, f: RelationshipField): void {
  const resolve = async (
    root: EntityRecord,
    document: string | null | undefined,
    basis: Basis[] | null | undefined,
    kinds: Kind[] | null | undefined,
    roles: string[] | null | undefined,
    where: EntityWhere | null | undefined,
    ctx: Context,
    info: GraphQLResolveInfo,
  ): Promise<readonly EntityRecord[]> => {
    // Read by the root field's compiled statement (compile/prefetch.ts), arguments checked there.
    const prefetched = ctx.prefetched.get(info.path);
    if (prefetched) return prefetched;
    const links = await linkFilter(ctx, document, basis, roles);
    const key = { id: root.id, types: f.types, dir: f.dir, ...links };
    let items: RelatedItem[];
    if (where) {
      const compiled = compiledWhere(where, [], 'm');
      await checkWhereRefs(ctx, where);
      items = await relatedWhereLoader(ctx, compiled).load(key);
    } else items = await ctx.related.load(key);
    const groups = f.groups;
    return items
      .map((it) => it.node)
      .filter((n) => groups === undefined || groups.includes(KINDS[n.kind].group))
      .filter((n) => !kinds || kinds.length === 0 || kinds.includes(n.kind));
  };
  Object.defineProperty(proto, f.name, { value: resolve, writable: true, configurable: true });
  // What TypeScript would do for `@FieldResolver() name(@Root() root, @Arg(…) …, @Ctx() ctx)`.
  Root()(proto, f.name, 0);
  Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })(proto, f.name, 1);
  Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })(proto, f.name, 2);
  Arg('kinds', () => [KindEnum], { nullable: true, description: KINDS_ARG })(proto, f.name, 3);
  Arg('roles', () => [RoleEnum], { nullable: true, description: ROLES_ARG })(proto, f.name, 4);
  Arg('where', () => EntityWhere, { nullable: true, description: WHERE_ARG })(proto, f.name, 5);
  Ctx()(proto, f.name, 6);
  Info()(proto, f.name, 7);
  // The batched relationship load, plus the documents check when `document` is given, plus the
  // checks of what `where` names. Under a root field that compiles it (compile/), the load is
  // part of the root's statement and only the checks remain: declared as before, so the budget
  // refuses what it refused without the compiler.
  const queries = withDocumentCheck(1);
  DbQueries((args) => queries(args) + whereQueries(args.where))(
    proto,
    f.name,
    Object.getOwnPropertyDescriptor(proto, f.name) as PropertyDescriptor,
  );
  FieldResolver(() => [Entity], {
    description: f.description,
    complexity: ({ childComplexity }) => 1 + RELATIONSHIP_LIST_ESTIMATE * childComplexity,
  })(proto, f.name, Object.getOwnPropertyDescriptor(proto, f.name) as PropertyDescriptor);
}

export const TYPED_FIELD_RESOLVERS = KIND_NAMES.map(typedFieldsResolver).filter(
  (r): r is new () => object => r !== undefined,
);
