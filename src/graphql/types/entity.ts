/**
 * The Entity interface and one GraphQL object type per ontology kind, generated from the
 * ontology so that a new kind needs no code here. Field types in TypeScript are the
 * repository's records: resolvers return records as they are.
 */
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import {
  KIND_NAMES,
  KINDS,
  type Designation,
  type Kind,
  type Level,
  type NameEnSource,
  type Status,
} from '../../ontology/ontology.js';
import type { CitationRecord, EntityRecord } from '../../repository/records.js';
import { listCost } from '../budget.js';
import { DesignationEnum, KindEnum, LevelEnum, NameEnSourceEnum, StatusEnum } from '../enums.js';

/** Cost estimate of a citation list (in memory: entities have a few). */
export const CITATION_ESTIMATE = 5;

@ObjectType({
  description:
    'Where a fact is stated: document, section path, line and a short evidence span; with what the document says there.',
})
export class Citation implements CitationRecord {
  @Field(() => ID, { description: 'Id of the source document, e.g. doc:plan14.' })
  document!: string;

  @Field(() => String, {
    description: 'Chapter / section / box / item inside the document, e.g. 第四章/二/专栏1/1.',
  })
  section!: string;

  @Field(() => String, {
    description:
      'The section in English, the reference only (never the heading): Chapter 4, part 2, box 1, item 1 for 第四章/二/专栏1/1; Part 2, (3), item 11 for 二/(三)/11.',
  })
  labelEn!: string;

  @Field(() => Int, { description: '1-based line in the source text, as `grep -n` counts.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'At most 40 characters of that line.' })
  span?: string;

  @Field(() => StatusEnum, {
    nullable: true,
    description: 'The status this line gives the entity, when the curators recorded one.',
  })
  status?: Status;

  @Field(() => String, { nullable: true, description: 'The status word of this line (争创, 建有, …).' })
  statusWord?: string;

  @Field(() => LevelEnum, { nullable: true, description: 'The level this line gives, when it differs.' })
  level?: Level;
}

/** The concrete GraphQL type of an entity (its kind's type). */
export const entityTypeName = (value: EntityRecord): string => KINDS[value.kind].label;

@InterfaceType({
  description:
    'Anything in the graph: a platform, actor, chain, industry, direction, field, topic, region or document.',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable id, `prefix:slug` (e.g. uni:dlut); never changes with the name.' })
  id!: string;

  @Field(() => KindEnum, { description: 'What it is (from the ontology).' })
  kind!: Kind;

  @Field(() => String, { description: 'Chinese name, as the documents write it.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the documents use for it (cited).' })
  aliases!: readonly string[];

  @Field(() => [String], {
    description: 'Short names planners use that the documents do not (大工, DICP): curated, not cited.',
  })
  abbreviations!: readonly string[];

  @Field(() => String, { nullable: true, description: 'English name (see nameEnSource).' })
  nameEn?: string;

  @Field(() => NameEnSourceEnum, {
    nullable: true,
    description: 'Whether the English name is in public use or the curators’ translation.',
  })
  nameEnSource?: NameEnSource;

  @Field(() => Boolean, {
    description:
      'True for a stand-in for unnamed actors (我省优势企业): left out of hubs and paths unless asked.',
  })
  placeholder!: boolean;

  @Field(() => LevelEnum, { description: 'Administrative level (the latest document’s where they differ).' })
  level!: Level;

  @Field(() => StatusEnum, {
    description:
      'Current status: the one of the latest document that states a status (on the same date, existing wins). Per document: statusIn / mentions.',
  })
  status!: Status;

  @Field(() => String, {
    nullable: true,
    description: 'The status word of that latest document (争创, 建有, …).',
  })
  statusWord?: string;

  @Field(() => String, { nullable: true, description: 'Period the documents give, e.g. 2021-2025.' })
  period?: string;

  @Field(() => String, { nullable: true, description: '编者按: the curators’ note, in Chinese.' })
  note?: string;

  @Field(() => String, { nullable: true, description: 'The curators’ note, in English.' })
  noteEn?: string;

  @Field(() => [DesignationEnum], {
    description:
      '类别: the planner classes it belongs to (HIGH_TECH_ZONE 高新区, CAS_INSTITUTE 中国科学院院所, PROVINCIAL_MINISTERIAL 省部共建 …), each supported by its name or a cited line; empty when none.',
  })
  designations!: readonly Designation[];

  @Field(() => [ID], { description: 'Ids of the documents that cite it, e.g. [doc:plan14, doc:dalian14].' })
  docs!: readonly string[];

  @Field(() => [Citation], {
    description: 'Every line of every document that names it.',
    complexity: listCost(CITATION_ESTIMATE),
  })
  citations!: readonly CitationRecord[];
}

/** A document has a date and an issuer on top of the common fields. */
@ObjectType('Document', {
  implements: Entity,
  description: `${KINDS.document.en} (${KINDS.document.zh}): ${KINDS.document.covers}.`,
})
export class DocumentEntity extends Entity {
  @Field(() => String, { nullable: true, description: 'Date of issue: YYYY or YYYY-MM-DD.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'Issuing body, e.g. 辽宁省人民政府.' })
  issuer?: string;
}

function entityType(kind: Kind): typeof Entity {
  if (kind === 'document') return DocumentEntity;
  const spec = KINDS[kind];
  const cls = class extends Entity {};
  Object.defineProperty(cls, 'name', { value: spec.label });
  ObjectType(spec.label, { implements: Entity, description: `${spec.en} (${spec.zh}): ${spec.covers}.` })(
    cls,
  );
  return cls;
}

/** One object type per kind, e.g. Laboratory, University, Chain. */
export const ENTITY_TYPES = Object.fromEntries(KIND_NAMES.map((k) => [k, entityType(k)])) as Record<
  Kind,
  typeof Entity
>;

@ObjectType({
  description:
    'What one document says of one entity: its status, status word and level there, and the lines. The rule is in the docs/api.md ("What the API means").',
})
export class DocumentMention {
  @Field(() => ID, { description: 'The document, e.g. doc:dalian14.' })
  document!: string;

  @Field(() => String, { nullable: true, description: 'The document’s date (YYYY or YYYY-MM-DD).' })
  date?: string;

  @Field(() => StatusEnum, {
    description: 'The status this document gives (unknown when it names it without one).',
  })
  status!: Status;

  @Field(() => String, { nullable: true, description: 'The status word this document uses.' })
  statusWord?: string;

  @Field(() => LevelEnum, { description: 'The level in this document.' })
  level!: Level;

  @Field(() => [Int], { description: 'Lines of this document that name the entity.' })
  lines!: readonly number[];

  @Field(() => [String], { description: 'Sections of those lines.' })
  sections!: readonly string[];

  @Field(() => [String], {
    description: 'Those sections in English, in the same order (Chapter 4, part 2, box 1, item 1).',
  })
  sectionsEn!: readonly string[];
}
