/** Tracing platforms to industries, both ways. */
import { Field, ObjectType } from 'type-graphql';
import { listCost } from '../budget.js';
import { BasisEnum, KindEnum, RelationshipTypeEnum } from '../enums.js';
import { Entity } from './entity.js';

/** Cost estimates of the in-memory lists of a trace: institutions per role, platforms per chain. */
const ROLE_ESTIMATE = 3;
const PLATFORM_ESTIMATE = 30;

@ObjectType({ description: 'One link from a platform to an institution behind it.' })
export class TraceLink {
  @Field(() => RelationshipTypeEnum, { description: 'HOSTED_BY, LED_BY or CO_BUILT_WITH.' })
  type!: string;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => Entity)
  node!: Entity;
}

@ObjectType({ description: 'A platform serving a chain, with the institutions behind it.' })
export class TracedPlatform {
  @Field(() => Entity)
  platform!: Entity;

  @Field(() => BasisEnum, { description: 'Whether the text states that the platform serves the chain.' })
  basis!: string;

  @Field(() => String, { nullable: true })
  reason?: string;

  @Field(() => [Entity], { description: 'Hosts (依托).', complexity: listCost(ROLE_ESTIMATE) })
  hosts!: Entity[];

  @Field(() => [Entity], { description: 'Leads (牵头).', complexity: listCost(ROLE_ESTIMATE) })
  leads!: Entity[];

  @Field(() => [Entity], { description: 'Partners (联合/共建).', complexity: listCost(ROLE_ESTIMATE) })
  partners!: Entity[];

  @Field(() => [TraceLink], {
    description: 'The same institutions as links, each stated or inferred.',
    complexity: listCost(3 * ROLE_ESTIMATE),
  })
  links!: TraceLink[];
}

@ObjectType()
export class TracedPlatformGroup {
  @Field(() => KindEnum)
  kind!: string;

  @Field(() => [TracedPlatform], { complexity: listCost(PLATFORM_ESTIMATE) })
  platforms!: TracedPlatform[];
}

@ObjectType({ description: 'A unit a chain relies on (重点依托/重点支持).' })
export class TracedUnit {
  @Field(() => Entity)
  unit!: Entity;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true })
  reason?: string;
}

@ObjectType({ description: 'Institutions → platforms → chain, plus the units the chain relies on.' })
export class ChainTrace {
  @Field(() => Entity)
  chain!: Entity;

  @Field(() => [TracedPlatform], { complexity: listCost(PLATFORM_ESTIMATE) })
  platforms!: TracedPlatform[];

  @Field(() => [TracedPlatformGroup], {
    description: 'The same platforms, grouped by kind.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  platformsByKind!: TracedPlatformGroup[];

  @Field(() => [Entity], {
    description: 'Every institution that hosts, leads or co-builds one of the platforms.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  institutions!: Entity[];

  @Field(() => [TracedUnit], { complexity: listCost(PLATFORM_ESTIMATE) })
  reliedOn!: TracedUnit[];
}

@ObjectType({ description: 'A chain or field an institution reaches.' })
export class Reached {
  @Field(() => Entity)
  target!: Entity;

  @Field(() => [Entity], {
    description: 'The platforms through which it is reached; empty when direct.',
    complexity: listCost(ROLE_ESTIMATE),
  })
  via!: Entity[];

  @Field(() => Boolean, { description: 'True when the chain relies on the institution itself.' })
  direct!: boolean;

  @Field(() => BasisEnum, { description: 'STATED when some route to it is stated link by link.' })
  basis!: string;
}

@ObjectType({ description: 'What an institution reaches through the platforms it hosts or leads.' })
export class InstitutionReach {
  @Field(() => Entity)
  institution!: Entity;

  @Field(() => [Entity], { complexity: listCost(PLATFORM_ESTIMATE) })
  platforms!: Entity[];

  @Field(() => [Reached], { complexity: listCost(PLATFORM_ESTIMATE) })
  chains!: Reached[];

  @Field(() => [Reached], { complexity: listCost(PLATFORM_ESTIMATE) })
  fields!: Reached[];
}
