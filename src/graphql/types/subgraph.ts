/** Node/edge lists shaped for Cytoscape.js: `{ data: { id, source, target } }` maps 1:1. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Basis, Kind, Level, Status } from '../../ontology/ontology.js';
import type { EntityRecord } from '../../repository/records.js';
import {
  BasisEnum,
  GroupEnum,
  KindEnum,
  LevelEnum,
  RelationshipTypeEnum,
  RoleEnum,
  StatusEnum,
} from '../enums.js';
import { Entity } from './entity.js';

@ObjectType({ description: 'A node of a subgraph, with what the explorer draws.' })
export class GraphNode {
  @Field(() => ID, { description: 'The entity id.' })
  id!: string;

  @Field(() => String, { description: 'Display label: the Chinese name.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'English label, where there is an English name.' })
  labelEn?: string;

  @Field(() => KindEnum, { description: 'The entity’s kind.' })
  kind!: Kind;

  @Field(() => GroupEnum, { description: 'The kind’s group.' })
  group!: string;

  @Field(() => LevelEnum, { description: 'Current level.' })
  level!: Level;

  @Field(() => StatusEnum, { description: 'Current status.' })
  status!: Status;

  @Field(() => Boolean, { description: 'True for a placeholder for unnamed actors.' })
  placeholder!: boolean;

  @Field(() => Entity, { description: 'The full entity, for details.' })
  entity!: EntityRecord;
}

@ObjectType({ description: 'An edge of a subgraph.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Edge id: source|TYPE|target.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the start node.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  target!: string;

  @Field(() => RelationshipTypeEnum, { description: 'The relationship type.' })
  type!: string;

  @Field(() => BasisEnum, { description: 'Stated or inferred.' })
  basis!: Basis;

  @Field(() => RoleEnum, { nullable: true, description: 'The role the text gives it, if any.' })
  role?: string;
}

@ObjectType({ description: 'A subgraph: nodes and the edges between them.' })
export class Subgraph {
  @Field(() => [GraphNode], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes.',
  })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The edges among the nodes.',
  })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node limit cut the neighbourhood short.' })
  truncated!: boolean;
}

@ObjectType({
  description:
    'One step of a path: from one node to the next, with every relationship between the two that the search may use.',
})
export class PathHop {
  @Field(() => ID, { description: 'Id of the node the step leaves (nearer `from`).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node the step reaches (nearer `to`).' })
  to!: string;

  @Field(() => [GraphEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description:
      'Every relationship between the two nodes that meets the search’s conditions (at least one), by type, then those pointing from `from` to `to` first.',
  })
  edges!: GraphEdge[];
}

@ObjectType({
  description:
    'One shortest route, in order from `from` to `to`: a sequence of distinct nodes. Routes through the same nodes are one path, however many parallel relationships join them (see `hops`).',
})
export class Path {
  @Field(() => Int, { description: 'Number of steps (relationships walked): one less than the nodes.' })
  length!: number;

  @Field(() => [GraphNode], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes, from `from` to `to`.',
  })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description:
      'Every relationship of the route, step by step in path order; a step joined by several relationships (LOCATED_IN and CO_BUILT_WITH) gives each, so there may be more edges than `length`.',
  })
  edges!: GraphEdge[];

  @Field(() => [PathHop], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The steps in path order, `length` of them, each with its relationships.',
  })
  hops!: PathHop[];
}
