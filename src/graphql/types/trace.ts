/** Tracing platforms to industries, both ways. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { Basis, Kind, RelType } from '../../ontology/ontology.js';
import type { EntityRecord } from '../../repository/records.js';
import { listCost } from '../budget.js';
import { BasisEnum, KindEnum, RelationshipTypeEnum, RoleEnum } from '../enums.js';

/** Cost estimates: institutions behind one platform; platforms or units of one chain. */
const ROLE_ESTIMATE = 3;
const PLATFORM_ESTIMATE = 30;
import { Entity } from './entity.js';

@ObjectType({ description: 'One link from a platform to an institution behind it.' })
export class TraceLink {
  @Field(() => RelationshipTypeEnum, {
    description: 'HOSTED_BY (依托), LED_BY (牵头) or CO_BUILT_WITH (联合共建).',
  })
  type!: RelType;

  @Field(() => BasisEnum, { description: 'Stated or inferred.' })
  basis!: Basis;

  @Field(() => [ID], { description: 'The documents that state it.' })
  documents!: readonly string[];

  @Field(() => Entity, { description: 'The institution.' })
  node!: EntityRecord;
}

@ObjectType({ description: 'A platform serving a chain, with the institutions behind it.' })
export class TracedPlatform {
  @Field(() => Entity, { description: 'The platform.' })
  platform!: EntityRecord;

  @Field(() => BasisEnum, { description: 'Whether the text states that the platform serves the chain.' })
  basis!: Basis;

  @Field(() => String, { nullable: true, description: '理由: why a named or inferred link holds (Chinese).' })
  reason?: string;

  @Field(() => String, { nullable: true, description: 'The reason, in English.' })
  reasonEn?: string;

  @Field(() => [ID], { description: 'The documents that link the platform to the chain.' })
  documents!: readonly string[];

  @Field(() => [Entity], { description: 'Hosts (依托).', complexity: listCost(ROLE_ESTIMATE) })
  hosts!: EntityRecord[];

  @Field(() => [Entity], { description: 'Leads (牵头).', complexity: listCost(ROLE_ESTIMATE) })
  leads!: EntityRecord[];

  @Field(() => [Entity], { description: 'Partners (联合/共建).', complexity: listCost(ROLE_ESTIMATE) })
  partners!: EntityRecord[];

  @Field(() => [TraceLink], {
    description: 'The same institutions as links, each stated or inferred.',
    complexity: listCost(3 * ROLE_ESTIMATE),
  })
  links!: TraceLink[];
}

@ObjectType({ description: 'The platforms of a trace of one kind.' })
export class TracedPlatformGroup {
  @Field(() => KindEnum, { description: 'The platform kind.' })
  kind!: Kind;

  @Field(() => [TracedPlatform], {
    description: 'The platforms of that kind.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  platforms!: TracedPlatform[];
}

@ObjectType({ description: 'A unit a chain relies on (重点依托 / 重点支持).' })
export class TracedUnit {
  @Field(() => Entity, { description: 'The unit: an institution or a platform.' })
  unit!: EntityRecord;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'KEY_RELIANCE (重点依托) or KEY_SUPPORT (重点支持).',
  })
  role?: string;

  @Field(() => BasisEnum, { description: 'Stated or inferred.' })
  basis!: Basis;

  @Field(() => String, { nullable: true, description: '理由: why a named or inferred link holds (Chinese).' })
  reason?: string;

  @Field(() => String, { nullable: true, description: 'The reason, in English.' })
  reasonEn?: string;

  @Field(() => [ID], { description: 'The documents that state it.' })
  documents!: readonly string[];
}

@ObjectType({ description: 'Institutions → platforms → chain, plus the units the chain relies on.' })
export class ChainTrace {
  @Field(() => Entity, { description: 'The chain (or direction, or industry).' })
  chain!: EntityRecord;

  @Field(() => [TracedPlatform], {
    description: 'Platforms (and institutions) that serve it.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
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
  institutions!: EntityRecord[];

  @Field(() => [TracedUnit], {
    description: 'Units the chain relies on.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  reliedOn!: TracedUnit[];
}

@ObjectType({ description: 'A chain or field an institution reaches.' })
export class Reached {
  @Field(() => Entity, { description: 'The chain, direction, industry or field.' })
  target!: EntityRecord;

  @Field(() => [Entity], {
    description: 'The platforms through which it is reached; empty when direct.',
    complexity: listCost(ROLE_ESTIMATE),
  })
  via!: EntityRecord[];

  @Field(() => Boolean, { description: 'True when the chain relies on the institution itself.' })
  direct!: boolean;

  @Field(() => BasisEnum, { description: 'STATED when some route to it is stated link by link.' })
  basis!: Basis;
}

@ObjectType({
  description: 'What an institution reaches through the platforms it hosts, leads or co-builds.',
})
export class InstitutionReach {
  @Field(() => Entity, { description: 'The institution.' })
  institution!: EntityRecord;

  @Field(() => [Entity], {
    description: 'Platforms it hosts, leads or co-builds.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  platforms!: EntityRecord[];

  @Field(() => [Reached], {
    description: 'Chains, industries and directions reached.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  chains!: Reached[];

  @Field(() => [Reached], {
    description: 'Technology fields reached.',
    complexity: listCost(PLATFORM_ESTIMATE),
  })
  fields!: Reached[];
}
