import { Field, Int, ObjectType } from 'type-graphql';
import { listCost } from '../budget.js';
import { KIND_NAMES, REL_TYPES, type Kind, type RelType } from '../../ontology/ontology.js';
import { KindEnum } from '../enums.js';
import { Entity } from './entity.js';

@ObjectType()
export class KindCount {
  @Field(() => KindEnum)
  kind!: Kind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class TypeCount {
  @Field(() => String, { description: 'A curated relationship type, or CITED_IN for provenance.' })
  type!: RelType | 'CITED_IN';

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts of the whole graph.' })
export class Stats {
  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => [KindCount], { complexity: listCost(KIND_NAMES.length) })
  byKind!: KindCount[];

  @Field(() => [TypeCount], { complexity: listCost(REL_TYPES.length + 1) })
  byType!: TypeCount[];
}

@ObjectType()
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Number, { description: 'Full-text relevance; higher is better.' })
  score!: number;
}
