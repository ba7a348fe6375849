/** Relay-style cursor connections. Cursors are opaque and signed: see cursor.ts. */
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Kind, Level, Status } from '../../ontology/ontology.js';
import { signCursor, verifyCursor } from '../cursor.js';
import { badUserInput, echo } from '../errors.js';
import { KindEnum, LevelEnum, StatusEnum } from '../enums.js';
import { Entity } from './entity.js';

const CURSOR_PREFIX = 'e:';

export const encodeCursor = (id: string): string => signCursor(CURSOR_PREFIX + id);

export function decodeCursor(cursor: string): string {
  const text = verifyCursor(cursor) ?? '';
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length)
    throw badUserInput(`"${echo(cursor.slice(0, 40))}" is not a cursor this API issued`, 'after');
  return text.slice(CURSOR_PREFIX.length);
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ObjectType()
export class EntityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: Entity;
}

@ObjectType({ description: 'A page of entities, ordered by id.' })
export class EntityConnection {
  @Field(() => [EntityEdge], { complexity: ({ childComplexity }) => childComplexity })
  edges!: EntityEdge[];

  @Field(() => [Entity], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes of `edges`, for clients that need no cursors.',
  })
  nodes!: Entity[];

  @Field(() => Int, { description: 'How many entities match the filter, over all pages.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType({ description: 'All given conditions must hold; an empty list means any.' })
export class EntityFilter {
  @Field(() => [KindEnum], { nullable: true })
  kinds?: Kind[];

  @Field(() => [LevelEnum], { nullable: true })
  levels?: Level[];

  @Field(() => [StatusEnum], { nullable: true })
  statuses?: Status[];

  @Field(() => String, {
    nullable: true,
    description: 'Region or zone id: entities located in it (up to 3 steps).',
  })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Field or direction id: entities that focus on it.' })
  field?: string;

  @Field(() => String, { nullable: true, description: 'Document id, e.g. doc:dalian14: entities it cites.' })
  document?: string;
}
