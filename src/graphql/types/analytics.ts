/** Planner analytics: coverage of chains, regions' planned vs existing, hub institutions. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { KindStatusCount as KindStatusCountRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import type { Kind, Status } from '../../ontology/ontology.js';
import { KindEnum, StatusEnum } from '../enums.js';
import { Entity } from './entity.js';

@ObjectType({ description: 'How many platforms of one kind and status.' })
export class KindStatusCount implements KindStatusCountRecord {
  @Field(() => KindEnum, { description: 'Platform kind.' })
  kind!: Kind;

  @Field(() => StatusEnum, { description: 'Status (with `document`: as that document says).' })
  status!: Status;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  description: 'The platforms of one industrial chain: those serving it and those it relies on.',
})
export class ChainCoverage {
  @Field(() => Entity, { description: 'The chain.' })
  chain!: EntityRecord;

  @Field(() => Int, { description: 'How many platforms.' })
  platformCount!: number;

  @Field(() => Boolean, { description: 'False when no platform serves the chain and it relies on none.' })
  covered!: boolean;

  @Field(() => [KindStatusCount], { description: 'The platforms by kind and status.' })
  byKindAndStatus!: KindStatusCountRecord[];
}

@ObjectType({ description: 'What a region has built and planned, by platform kind.' })
export class RegionSummary {
  @Field(() => Entity, { description: 'The region.' })
  region!: EntityRecord;

  @Field(() => Int, { description: 'Platforms in the region.' })
  total!: number;

  @Field(() => Int, { description: 'Of which existing.' })
  existing!: number;

  @Field(() => Int, { description: 'Of which planned.' })
  planned!: number;

  @Field(() => Int, { description: 'Of which the status is not stated.' })
  unknown!: number;

  @Field(() => [KindStatusCount], { description: 'The platforms by kind and status.' })
  byKindAndStatus!: KindStatusCountRecord[];
}

@ObjectType({ description: 'An institution and how much of the network it connects.' })
export class Hub {
  @Field(() => Entity, { description: 'The institution.' })
  institution!: EntityRecord;

  @Field(() => Int, { description: 'Platforms it hosts, leads or co-builds.' })
  platformCount!: number;

  @Field(() => Int, { description: 'Chains that rely on it or that its platforms serve.' })
  chainCount!: number;

  @Field(() => Int, { description: 'The ranking key: platformCount + chainCount.' })
  score!: number;
}
