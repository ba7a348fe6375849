import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { listCost } from '../budget.js';
import { BasisEnum, RelationshipTypeEnum } from '../enums.js';
import { Citation, Entity, CITATION_ESTIMATE } from './entity.js';

export const DirectionEnum = { OUT: 'out', IN: 'in', BOTH: 'both' } as const;
registerEnumType(DirectionEnum, {
  name: 'RelationshipDirection',
  description: 'OUT: from this entity (a platform HOSTED_BY its host); IN: to it; BOTH.',
});

@ObjectType({ description: 'A curated relationship seen from one of its ends.' })
export class Relationship {
  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => DirectionEnum, { description: 'OUT when this entity is the start of the relationship.' })
  direction!: string;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => String, { nullable: true, description: 'Why an inferred relationship was inferred.' })
  reason?: string;

  @Field(() => [Citation], { complexity: listCost(CITATION_ESTIMATE) })
  citations!: Citation[];

  @Field(() => Entity, { description: 'The entity at the other end.' })
  node!: Entity;
}
