/**
 * The Entity interface and one GraphQL object type per ontology kind, generated from the
 * ontology so that a new kind needs no code here.
 */
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { listCost } from '../budget.js';
import { KIND_NAMES, KINDS, type Kind } from '../../ontology/ontology.js';
import type { EntityRecord } from '../../repository/records.js';
import { KindEnum, LevelEnum, StatusEnum } from '../enums.js';

/** Cost estimate of a citation list (in memory: entities have a few). */
export const CITATION_ESTIMATE = 5;

@ObjectType({ description: 'Where a fact is stated: document, section path, line, short evidence.' })
export class Citation {
  @Field(() => ID, { description: 'Id of the source document, e.g. doc:plan14.' })
  document!: string;

  @Field(() => String, { description: 'Chapter / section / box / item inside the document.' })
  section!: string;

  @Field(() => Number, { description: '1-based line in the source text.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'At most 40 characters of the line.' })
  span?: string;
}

@InterfaceType({
  description:
    'Anything in the graph: a platform, actor, chain, direction, field, topic, region or document.',
  resolveType: (value: EntityRecord) => KINDS[value.kind].label,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;

  @Field(() => KindEnum)
  kind!: Kind;

  @Field(() => String, { description: 'Chinese name, as the documents write it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the documents use.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'English name where one is well established.' })
  nameEn?: string;

  @Field(() => LevelEnum)
  level!: string;

  @Field(() => StatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'The status word the document uses (争创, 建有, …).' })
  statusWord?: string;

  @Field(() => String, { nullable: true })
  period?: string;

  @Field(() => String, { nullable: true, description: "Curator's note." })
  note?: string;

  @Field(() => [Citation], { complexity: listCost(CITATION_ESTIMATE) })
  citations!: Citation[];
}

function entityType(kind: Kind): typeof Entity {
  const spec = KINDS[kind];
  const cls = class extends Entity {};
  Object.defineProperty(cls, 'name', { value: spec.label });
  ObjectType(spec.label, { implements: Entity, description: `${spec.en} (${spec.zh}): ${spec.covers}.` })(
    cls,
  );
  return cls;
}

/** One object type per kind, e.g. Laboratory, University, Chain. */
export const ENTITY_TYPES: Record<Kind, typeof Entity> = Object.fromEntries(
  KIND_NAMES.map((k) => [k, entityType(k)]),
) as Record<Kind, typeof Entity>;
