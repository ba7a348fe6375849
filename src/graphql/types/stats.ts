import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DERIVED_RELS, KIND_NAMES, REL_TYPES, type Kind } from '../../ontology/ontology.js';
import { listCost } from '../budget.js';
import type { MatchedOn, MatchType, SearchHitRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { KindEnum, MatchedOnEnum, MatchTypeEnum } from '../enums.js';
import { Entity } from './entity.js';

@ObjectType({ description: 'How many entities of one kind.' })
export class KindCount {
  @Field(() => KindEnum, { description: 'The kind.' })
  kind!: Kind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How many relationships of one type.' })
export class TypeCount {
  @Field(() => String, {
    description:
      'A curated relationship type; or CITED_IN (provenance) and IN_REGION (region membership), which innograph derives.',
  })
  type!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'Counts of the whole graph.' })
export class Stats {
  @Field(() => Int, { description: 'Entities in all.' })
  entities!: number;

  @Field(() => Int, { description: 'Relationships in all, derived ones included.' })
  relationships!: number;

  @Field(() => [KindCount], { description: 'Entities by kind.', complexity: listCost(KIND_NAMES.length) })
  byKind!: KindCount[];

  @Field(() => [TypeCount], {
    description: 'Relationships by type.',
    complexity: listCost(REL_TYPES.length + DERIVED_RELS.length),
  })
  byType!: TypeCount[];
}

@ObjectType({ description: 'One search result, with how it matched.' })
export class SearchHit implements SearchHitRecord {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: EntityRecord;

  @Field(() => Float, {
    description: 'Full-text relevance (0 when only a name, alias, abbreviation or pinyin matched).',
  })
  score!: number;

  @Field(() => MatchTypeEnum, {
    description:
      'EXACT, ALIAS, PREFIX, SUBSTRING or FUZZY: results come in this order. FUZZY alone means no name holds what was typed.',
  })
  matchType!: MatchType;

  @Field(() => MatchedOnEnum, { description: 'Which of its names matched.' })
  matchedOn!: MatchedOn;

  @Field(() => String, { description: 'The (normalised) name, alias, abbreviation or pinyin that matched.' })
  matched!: string;
}
