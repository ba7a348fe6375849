/**
 * GraphQL input types of the `where` filter language, after @neo4j/graphql 7's conventions:
 * `name: {eq | contains | startsWith}`, `AND`/`OR`/`NOT`, relationship `some`/`none`/`all`/
 * `single` with a nested where, and counts `{gt, gte, lt, lte, eq}`. One field per relationship
 * field name of the ontology (RELATIONSHIP_FIELDS) is added to EntityWhere below.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Basis, Designation, Kind, Level, Status } from '../../ontology/ontology.js';
import { BasisEnum, DesignationEnum, KindEnum, LevelEnum, RoleEnum, StatusEnum } from '../enums.js';
import { RELATIONSHIP_WHERE_FIELDS } from './compile.js';
import type * as In from './input.js';

@InputType({ description: 'Conditions on a text; all given must hold.' })
export class TextWhere implements In.TextWhere {
  @Field(() => String, { nullable: true, description: 'Exactly this text.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'One of these texts.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text (e.g. 大学, 中国科学院).' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text (e.g. 大连).' })
  startsWith?: string;
}

@InputType({ description: 'Conditions on an id.' })
export class IdWhere implements In.EnumWhere<string> {
  @Field(() => ID, { nullable: true, description: 'Exactly this id.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these ids.' })
  in?: string[];
}

@InputType({ description: 'Conditions on the kind.' })
export class KindWhere implements In.EnumWhere<Kind> {
  @Field(() => KindEnum, { nullable: true, description: 'Exactly this kind.' })
  eq?: Kind;

  @Field(() => [KindEnum], { nullable: true, description: 'One of these kinds.' })
  in?: Kind[];
}

const FACT_DOCUMENT =
  'The word of this document (its CITED_IN facts): the entity must be cited by it. Without it, the current one (latest document that gives one).';

@InputType({ description: 'Conditions on the status (建有/获批 existing, 争创/培育 planned, …).' })
export class StatusWhere implements In.FactWhere<Status> {
  @Field(() => StatusEnum, { nullable: true, description: 'Exactly this status.' })
  eq?: Status;

  @Field(() => [StatusEnum], { nullable: true, description: 'One of these statuses.' })
  in?: Status[];

  @Field(() => ID, { nullable: true, description: FACT_DOCUMENT })
  document?: string;
}

@InputType({ description: 'Conditions on the level (national, provincial, municipal).' })
export class LevelWhere implements In.FactWhere<Level> {
  @Field(() => LevelEnum, { nullable: true, description: 'Exactly this level.' })
  eq?: Level;

  @Field(() => [LevelEnum], { nullable: true, description: 'One of these levels.' })
  in?: Level[];

  @Field(() => ID, { nullable: true, description: FACT_DOCUMENT })
  document?: string;
}

@InputType({
  description: 'Conditions on the status word the text uses (获批, 建有, 争创, 培育, 布局建设, …).',
})
export class StatusWordWhere extends TextWhere implements In.StatusWordWhere {
  @Field(() => ID, { nullable: true, description: FACT_DOCUMENT })
  document?: string;
}

@InputType({
  description:
    'Conditions on the designations (the planner classes of the ontology: HIGH_TECH_ZONE 高新区, CAS_INSTITUTE 中国科学院院所, PROVINCIAL_MINISTERIAL 省部共建 …).',
})
export class DesignationWhere implements In.ListWhere {
  @Field(() => DesignationEnum, { nullable: true, description: 'Has this designation.' })
  includes?: Designation;

  @Field(() => [DesignationEnum], { nullable: true, description: 'Has at least one of these.' })
  includesAny?: Designation[];

  @Field(() => [DesignationEnum], { nullable: true, description: 'Has all of these.' })
  includesAll?: Designation[];
}

@InputType({
  description:
    'In a region by the region rule (through districts and single-place zones, never through a zone that spans regions).',
})
export class RegionWhere implements In.RegionWhere {
  @Field(() => ID, { description: 'Region id, e.g. region:shenyang.' })
  id!: string;

  @Field(() => [BasisEnum], {
    nullable: true,
    description: 'Only memberships of these bases (the best path’s); any when omitted.',
  })
  basis?: Basis[];

  @Field(() => ID, {
    nullable: true,
    description:
      'Only a membership this document’s own statements make (its LOCATED_IN/PART_OF links): “which platforms does the 2015 plan place in Shenyang”.',
  })
  document?: string;
}

@InputType({ description: 'Located in or part of an entity (a zone, a field…), up to 3 steps.' })
export class PlaceWhere implements In.PlaceWhere {
  @Field(() => ID, { description: 'The zone (or field, for focusesOn) id.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only links this document states (every step of the way).',
  })
  document?: string;
}

@InputType({ description: 'Which documents cite it (its CITED_IN links, mentions included).' })
export class DocumentsWhere implements In.DocumentsWhere {
  @Field(() => [ID], { nullable: true, description: 'Cited by every one of these (named in all three).' })
  all?: string[];

  @Field(() => [ID], { nullable: true, description: 'Cited by at least one of these.' })
  some?: string[];

  @Field(() => [ID], { nullable: true, description: 'Cited by none of these.' })
  none?: string[];
}

@InputType({
  description: 'Cited in a section of a document (a chapter, section or box, with all below it).',
})
export class CitedInWhere implements In.CitedInWhere {
  @Field(() => ID, { description: 'The document, e.g. doc:plan14.' })
  document!: string;

  @Field(() => String, {
    description:
      'A section path as citations write it (第四章/二: that section and all within it) or the label of one step (专栏3). An unknown section is BAD_USER_INPUT.',
  })
  section!: string;
}

@InputType({ description: 'A count compared with numbers; all given must hold.' })
export class CountWhere implements In.CountWhere {
  @Field(() => Int, { nullable: true, description: 'Equal to.' })
  eq?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than (“more than one”: gt: 1).' })
  gt?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => Int, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;
}

@InputType({
  description:
    'Conditions on a relationship field (the same links the field of that name lists): which links count (document, basis, roles, kinds), then what must hold of the entities at their other end. With only the first four given: at least one such link.',
})
export class RelationshipWhere implements In.RelationshipWhere {
  @Field(() => ID, { nullable: true, description: 'Only links this document states or supports.' })
  document?: string;

  @Field(() => [BasisEnum], { nullable: true, description: 'Only links of one of these bases.' })
  basis?: Basis[];

  @Field(() => [RoleEnum], { nullable: true, description: 'Only links with one of these roles.' })
  roles?: string[];

  @Field(() => [KindEnum], { nullable: true, description: 'Only links to entities of these kinds.' })
  kinds?: Kind[];

  @Field(() => EntityWhere, { nullable: true, description: 'At least one linked entity matches.' })
  some?: EntityWhere;

  @Field(() => EntityWhere, {
    nullable: true,
    description: 'No linked entity matches (`none: {}`: no such link at all, e.g. no host).',
  })
  none?: EntityWhere;

  @Field(() => EntityWhere, { nullable: true, description: 'Every linked entity matches (true when none).' })
  all?: EntityWhere;

  @Field(() => EntityWhere, { nullable: true, description: 'Exactly one linked entity matches.' })
  single?: EntityWhere;

  @Field(() => CountWhere, {
    nullable: true,
    description: 'How many such links (“hosts more than one platform”: count: {gt: 1}).',
  })
  count?: CountWhere;
}

@InputType({
  description:
    'The where filter language: every given condition must hold; AND/OR/NOT combine; nesting at most 5 deep. A relationship field name (hosts, chains, platforms, reliedOn, …) means what that field means on the entity’s own type; an entity whose type has no such field has no such links. See docs/api.md, "What the API means".',
})
export class EntityWhere implements In.EntityWhereBase {
  @Field(() => [EntityWhere], { nullable: true, description: 'All of these hold.' })
  AND?: EntityWhere[];

  @Field(() => [EntityWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: EntityWhere[];

  @Field(() => EntityWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: EntityWhere;

  @Field(() => IdWhere, { nullable: true, description: 'The id.' })
  id?: IdWhere;

  @Field(() => TextWhere, { nullable: true, description: 'The Chinese name.' })
  name?: TextWhere;

  @Field(() => TextWhere, {
    nullable: true,
    description: 'Any other name: an alias the documents use, or a curated abbreviation.',
  })
  alias?: TextWhere;

  @Field(() => KindWhere, { nullable: true, description: 'The kind.' })
  kind?: KindWhere;

  @Field(() => StatusWhere, { nullable: true, description: 'The status (current, or a document’s).' })
  status?: StatusWhere;

  @Field(() => LevelWhere, { nullable: true, description: 'The level (current, or a document’s).' })
  level?: LevelWhere;

  @Field(() => StatusWordWhere, {
    nullable: true,
    description: 'The status word (获批 as against merely existing).',
  })
  statusWord?: StatusWordWhere;

  @Field(() => DesignationWhere, {
    nullable: true,
    description: 'Designations: zone class, platform designation, institution affiliation.',
  })
  designations?: DesignationWhere;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only placeholders for unnamed actors (我省优势企业); false: none of them.',
  })
  placeholder?: boolean;

  @Field(() => RegionWhere, { nullable: true, description: 'In a region, by the region rule.' })
  region?: RegionWhere;

  @Field(() => PlaceWhere, { nullable: true, description: 'Located in or part of a zone (up to 3 steps).' })
  zone?: PlaceWhere;

  @Field(() => PlaceWhere, {
    nullable: true,
    description: 'Focuses on a field, direction or industry (FOCUSES_ON).',
  })
  focusesOn?: PlaceWhere;

  @Field(() => DocumentsWhere, { nullable: true, description: 'The documents that cite it.' })
  documents?: DocumentsWhere;

  @Field(() => CitedInWhere, { nullable: true, description: 'Cited in a section of a document.' })
  citedIn?: CitedInWhere;
}

// One field per relationship field name, described by what it means on each type.
for (const [name, cases] of RELATIONSHIP_WHERE_FIELDS) {
  const meaning = cases
    .map((c) => `${c.groups.join('/')}: ${c.field.description.replace(/\.$/, '')}`)
    .join('; ');
  Field(() => RelationshipWhere, {
    nullable: true,
    description: `Conditions on \`${name}\` (${meaning}).`,
  })(EntityWhere.prototype, name);
}
