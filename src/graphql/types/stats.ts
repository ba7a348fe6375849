import { Field, Int, ObjectType } from 'type-graphql';
import type { Kind, RelType } from '../../ontology/ontology.js';
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

  @Field(() => [KindCount])
  byKind!: KindCount[];

  @Field(() => [TypeCount])
  byType!: TypeCount[];
}

@ObjectType()
export class SearchHit {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Number, { description: 'Full-text relevance; higher is better.' })
  score!: number;
}
