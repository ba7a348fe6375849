/**
 * Field resolvers for relationships. `relationships(types, direction)` is on the Entity
 * interface; the typed fields (hosts, hostedPlatforms, platforms, …) are generated per kind
 * from RELATIONSHIP_FIELDS. All go through the request's batched `related` loader, so a list
 * of 50 platforms with their hosts costs one Cypher query per field, not one per platform.
 */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { KIND_NAMES, KINDS, REL_TYPES, type Kind } from '../../ontology/ontology.js';
import type { RelatedItem } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { DbQueries } from '../budget.js';
import type { Context } from '../context.js';
import { RelationshipTypeEnum } from '../enums.js';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../relationship-fields.js';
import { Entity, ENTITY_TYPES } from '../types/entity.js';
import { DirectionEnum, Relationship } from '../types/relationship.js';

/** Cost estimate of one relationship list: most entities have fewer than 10 of a kind. */
export const RELATIONSHIP_LIST_ESTIMATE = 10;

async function relationshipsOf(
  ctx: Context,
  id: string,
  types: readonly string[],
  direction: 'in' | 'out' | 'both',
): Promise<RelatedItem[]> {
  const dirs = direction === 'both' ? (['out', 'in'] as const) : [direction];
  const lists = await Promise.all(dirs.map((dir) => ctx.related.load({ id, types, dir })));
  return lists.flat();
}

@Resolver(() => Entity)
export class EntityRelationshipsResolver {
  // Both directions load in the same tick: one batched query.
  @DbQueries(1)
  @FieldResolver(() => [Relationship], {
    description: 'Curated relationships of this entity, both ways by default.',
    complexity: ({ childComplexity }) => 1 + 2 * RELATIONSHIP_LIST_ESTIMATE * childComplexity,
  })
  async relationships(
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationshipTypeEnum], { nullable: true }) types: string[] | null,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'both' }) direction: 'in' | 'out' | 'both',
    @Ctx() ctx: Context,
  ): Promise<Relationship[]> {
    const items = await relationshipsOf(
      ctx,
      entity.id,
      types && types.length > 0 ? types : REL_TYPES,
      direction,
    );
    for (const it of items) ctx.entityById.prime(it.node.id, it.node);
    return items as unknown as Relationship[];
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
  const resolve = async (root: EntityRecord, ctx: Context): Promise<EntityRecord[]> => {
    const items = await ctx.related.load({ id: root.id, types: f.types, dir: f.dir });
    const groups = f.groups;
    return items
      .map((it) => it.node)
      .filter((n) => groups === undefined || groups.includes(KINDS[n.kind].group));
  };
  Object.defineProperty(proto, f.name, { value: resolve, writable: true, configurable: true });
  // What TypeScript would do for `@FieldResolver() name(@Root() root, @Ctx() ctx)`.
  Root()(proto, f.name, 0);
  Ctx()(proto, f.name, 1);
  DbQueries(1)(proto, f.name, Object.getOwnPropertyDescriptor(proto, f.name) as PropertyDescriptor);
  FieldResolver(() => [Entity], {
    description: f.description,
    complexity: ({ childComplexity }) => 1 + RELATIONSHIP_LIST_ESTIMATE * childComplexity,
  })(proto, f.name, Object.getOwnPropertyDescriptor(proto, f.name) as PropertyDescriptor);
}

export const TYPED_FIELD_RESOLVERS = KIND_NAMES.map(typedFieldsResolver).filter(
  (r): r is new () => object => r !== undefined,
);
