/** Relay-style cursor connections. Cursors are opaque and signed: see cursor.ts. */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Basis, Kind, Level, Status } from '../../ontology/ontology.js';
import type { EntityFilter as EntityFilterRecord, EntityScan } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import type { WherePredicate } from '../../repository/where-reads.js';
import { signCursor, verifyCursor } from '../cursor.js';
import { badUserInput, echo } from '../errors.js';
import { BasisEnum, KindEnum, LevelEnum, StatusEnum } from '../enums.js';
import { Entity } from './entity.js';

const CURSOR_PREFIX = 'e:';

export const encodeCursor = (id: string): string => signCursor(CURSOR_PREFIX + id);

export function decodeCursor(cursor: string): string {
  const text = verifyCursor(cursor) ?? '';
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length)
    throw badUserInput(`"${echo(cursor.slice(0, 40))}" is not a cursor this API issued`, 'after');
  return text.slice(CURSOR_PREFIX.length);
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows: pass endCursor as `after`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'True when this page was asked for with `after` (pages go forward only).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first entity of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last entity of this page: pass as `after`.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'One entity of a page, with its cursor.' })
export class EntityEdge {
  @Field(() => String, { description: 'Opaque cursor of this entity.' })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity.' })
  node!: EntityRecord;
}

@ObjectType({ description: 'A page of entities, ordered by id.' })
export class EntityConnection {
  @Field(() => [EntityEdge], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The entities of this page with their cursors.',
  })
  edges!: EntityEdge[];

  @Field(() => [Entity], {
    complexity: ({ childComplexity }) => childComplexity,
    description: 'The nodes of `edges`, for clients that need no cursors.',
  })
  nodes!: readonly EntityRecord[];

  // totalCount: a field resolver (EntityConnectionResolver), counted only when selected.

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
  pageInfo!: PageInfo;
}

/**
 * What the `entities` resolver returns: the page, and what its totalCount would count (with
 * `total`, the count already under way when the selection asked for it).
 */
export interface EntityConnectionRecord extends EntityConnection {
  readonly count: (
    { readonly filter: EntityFilterRecord; readonly scan: EntityScan } | { readonly where: WherePredicate }
  ) & { readonly total?: Promise<number> };
}

@InputType({
  description:
    'All given conditions must hold; an omitted condition or an empty list means any. The rules are in the docs/api.md ("What the API means").',
})
export class EntityFilter {
  @Field(() => [KindEnum], { nullable: true, description: 'Only these kinds.' })
  kinds?: Kind[];

  @Field(() => [LevelEnum], {
    nullable: true,
    description: 'Only these levels (with `document`: the level that document gives).',
  })
  levels?: Level[];

  @Field(() => [StatusEnum], {
    nullable: true,
    description:
      'Only these statuses (with `document`: the status that document gives; else the current one).',
  })
  statuses?: Status[];

  @Field(() => ID, {
    nullable: true,
    description:
      'Region id (e.g. region:dalian): entities in it by the region rule, through districts and single-place zones, never through a zone that spans regions.',
  })
  region?: string;

  @Field(() => BasisEnum, {
    nullable: true,
    description: 'With `region`: STATED keeps only memberships the text states link by link.',
  })
  regionBasis?: Basis;

  @Field(() => ID, {
    nullable: true,
    description:
      'Zone id (e.g. zone:dalian-hi-tech-zone): entities located in or part of it (up to 3 steps).',
  })
  zone?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Field, direction or industry id: entities that focus on it.',
  })
  field?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Document id (e.g. doc:dalian14): entities it cites; status and level filters then mean its words.',
  })
  document?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      '年份 Year (e.g. 2021): the documents issued that year (by their date), each read as `document` reads one; an entity qualifies if any of them cites it and says so (2021: doc:plan14 and doc:dalian14). Not with `document`.',
  })
  year?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      '截至某年 As of a year (e.g. 2021): `statuses` mean the status the latest document issued up to that year gives (as `status` means the latest of all documents); UNKNOWN when none of them gives one. Not with `document` or `year`.',
  })
  asOf?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'False leaves out placeholders for unnamed actors (我省优势企业).',
  })
  includePlaceholders?: boolean;
}
