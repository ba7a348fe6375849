/** Node/edge lists shaped for Cytoscape.js: `{ data: { id, source, target } }` maps 1:1. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Kind } from '../../ontology/ontology.js';
import { BasisEnum, GroupEnum, KindEnum, LevelEnum, RelationshipTypeEnum, StatusEnum } from '../enums.js';
import { Entity } from './entity.js';

@ObjectType()
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Display label: the Chinese name.' })
  label!: string;

  @Field(() => KindEnum)
  kind!: Kind;

  @Field(() => GroupEnum)
  group!: string;

  @Field(() => LevelEnum)
  level!: string;

  @Field(() => StatusEnum)
  status!: string;

  @Field(() => Entity, { description: 'The full entity, for details.' })
  entity!: Entity;
}

@ObjectType()
export class GraphEdge {
  @Field(() => ID, { description: 'source|TYPE|target' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => RelationshipTypeEnum)
  type!: string;

  @Field(() => BasisEnum)
  basis!: string;
}

@ObjectType({ description: 'A subgraph: nodes and the edges between them.' })
export class Subgraph {
  @Field(() => [GraphNode], { complexity: ({ childComplexity }) => childComplexity })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { complexity: ({ childComplexity }) => childComplexity })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the neighbourhood short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'One shortest path, in order from `from` to `to`.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [GraphNode], { complexity: ({ childComplexity }) => childComplexity })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { complexity: ({ childComplexity }) => childComplexity })
  edges!: GraphEdge[];
}
