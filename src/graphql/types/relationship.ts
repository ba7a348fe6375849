import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Basis, RelType } from '../../ontology/ontology.js';
import type { Direction, RelatedItem } from '../../repository/graph-repository.js';
import type { CitationRecord, EntityRecord } from '../../repository/records.js';
import { BasisEnum, RelationshipTypeEnum, RoleEnum } from '../enums.js';
import { listCost } from '../budget.js';
import { Citation, CITATION_ESTIMATE, Entity } from './entity.js';

export const DirectionEnum = { OUT: 'out', IN: 'in', BOTH: 'both' } as const;
registerEnumType(DirectionEnum, {
  name: 'RelationshipDirection',
  description: 'Which way a relationship runs, seen from the entity asked about.',
  valuesConfig: {
    OUT: { description: 'From this entity (a platform HOSTED_BY its host).' },
    IN: { description: 'To this entity (a host’s platforms).' },
    BOTH: { description: 'Either way.' },
  },
});

@ObjectType({ description: 'A curated relationship seen from one of its ends.' })
export class Relationship implements RelatedItem {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship type (from the ontology).' })
  type!: RelType;

  @Field(() => DirectionEnum, { description: 'OUT when this entity is the start of the relationship.' })
  direction!: Direction;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'How the text qualifies it: 重点依托 vs 重点支持, 核心区 vs 功能区, or the lineage change.',
  })
  role?: string;

  @Field(() => BasisEnum, {
    description: 'Stated by the text, named (evident from a name or heading), or inferred (see reason).',
  })
  basis!: Basis;

  @Field(() => String, {
    nullable: true,
    description: '理由: why a named or inferred relationship holds, in Chinese.',
  })
  reason?: string;

  @Field(() => String, { nullable: true, description: 'The reason, in English.' })
  reasonEn?: string;

  @Field(() => [ID], { description: 'The documents that state or support it.' })
  documents!: readonly string[];

  @Field(() => [Citation], {
    description: 'The lines that state or support it.',
    complexity: listCost(CITATION_ESTIMATE),
  })
  citations!: readonly CitationRecord[];

  @Field(() => Entity, { description: 'The entity at the other end.' })
  node!: EntityRecord;
}
