/** Planner analytics: coverage of chains, regions' planned vs existing, hub institutions. */
import { Field, Int, ObjectType } from 'type-graphql';
import { listCost } from '../budget.js';
import { KindEnum, StatusEnum } from '../enums.js';
import { Entity } from './entity.js';

/** Cost estimate: platform kinds × statuses. */
const KIND_STATUS_ESTIMATE = 24;

@ObjectType()
export class KindStatusCount {
  @Field(() => KindEnum)
  kind!: string;

  @Field(() => StatusEnum)
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: 'The platforms of one industrial chain: those serving it and those it relies on.',
})
export class ChainCoverage {
  @Field(() => Entity)
  chain!: Entity;

  @Field(() => Int)
  platformCount!: number;

  @Field(() => Boolean, { description: 'False when no platform serves the chain and it relies on none.' })
  covered!: boolean;

  @Field(() => [KindStatusCount], { complexity: listCost(KIND_STATUS_ESTIMATE) })
  byKindAndStatus!: KindStatusCount[];
}

@ObjectType({ description: 'What a region has built and planned, by platform kind.' })
export class RegionSummary {
  @Field(() => Entity)
  region!: Entity;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  existing!: number;

  @Field(() => Int)
  planned!: number;

  @Field(() => Int)
  unknown!: number;

  @Field(() => [KindStatusCount], { complexity: listCost(KIND_STATUS_ESTIMATE) })
  byKindAndStatus!: KindStatusCount[];
}

@ObjectType({ description: 'An institution and how much of the network it connects.' })
export class Hub {
  @Field(() => Entity)
  institution!: Entity;

  @Field(() => Int, { description: 'Platforms it hosts, leads or co-builds.' })
  platformCount!: number;

  @Field(() => Int, { description: 'Chains that rely on it or that its platforms serve.' })
  chainCount!: number;

  @Field(() => Int, { description: 'platformCount + chainCount: the ranking key.' })
  score!: number;
}
