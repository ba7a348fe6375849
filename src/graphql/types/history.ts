/** Plan lineage: one entity through the documents, and what changed between two documents. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { Basis, Kind, Level, Status } from '../../ontology/ontology.js';
import type { CitationRecord, EntityRecord, MentionRecord } from '../../repository/records.js';
import { listCost } from '../budget.js';
import { BasisEnum, KindEnum, LevelEnum, RoleEnum, StatusEnum } from '../enums.js';
import { Citation, CITATION_ESTIMATE, DocumentEntity, DocumentMention, Entity } from './entity.js';

/** Cost estimates: members of one lineage; entities two documents differ by. */
const LINEAGE_ESTIMATE = 10;
const COMPARED_ESTIMATE = 100;

@ObjectType({ description: 'What one document says of one member of a lineage.' })
export class HistoryEntry {
  @Field(() => DocumentEntity, { description: 'The document (title, date, issuer).' })
  document!: EntityRecord;

  @Field(() => String, { nullable: true, description: 'The document’s date.' })
  date?: string;

  @Field(() => Entity, { description: 'The entity as that document names it (a node of the lineage).' })
  entity!: EntityRecord;

  @Field(() => StatusEnum, { description: 'The status that document gives it.' })
  status!: Status;

  @Field(() => String, { nullable: true, description: 'The status word that document uses.' })
  statusWord?: string;

  @Field(() => LevelEnum, { description: 'The level that document gives it.' })
  level!: Level;

  @Field(() => [Int], { description: 'Lines of that document that name it.' })
  lines!: readonly number[];

  @Field(() => [String], { description: 'Sections of those lines.' })
  sections!: readonly string[];

  @Field(() => [String], {
    description: 'Those sections in English, in the same order (Chapter 4, part 2, box 1, item 1).',
  })
  sectionsEn!: readonly string[];
}

@ObjectType({ description: 'A CONTINUES link: the later document’s entity continues the earlier one’s.' })
export class LineageLink {
  @Field(() => Entity, { description: 'The later entity.' })
  from!: EntityRecord;

  @Field(() => Entity, { description: 'The earlier entity it continues.' })
  to!: EntityRecord;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'SAME, RENAMED, SPLIT, MERGED or EXTENDED.',
    deprecationReason: 'Use `roles`, named as `ContinuedEntity.roles` is (the same role, in a list of one).',
  })
  role?: string;

  @Field(() => [RoleEnum], {
    description:
      'How the plan changed: SAME, RENAMED, SPLIT, MERGED or EXTENDED (one role; empty when the curators gave none). Named as `ContinuedEntity.roles`, which lists the roles of every link between two documents’ entities.',
  })
  roles!: readonly string[];

  @Field(() => BasisEnum, {
    description: 'Stated where the names match; inferred (with a reason) otherwise.',
  })
  basis!: Basis;

  @Field(() => String, { nullable: true, description: '理由: why a named or inferred link holds (Chinese).' })
  reason?: string;

  @Field(() => String, { nullable: true, description: 'The reason, in English.' })
  reasonEn?: string;

  @Field(() => [Citation], {
    description: 'The lines in both documents.',
    complexity: listCost(CITATION_ESTIMATE),
  })
  citations!: readonly CitationRecord[];
}

@ObjectType({ description: 'One entity across the plans: every document’s view, oldest first.' })
export class EntityHistory {
  @Field(() => Entity, { description: 'The entity asked about.' })
  entity!: EntityRecord;

  @Field(() => [Entity], {
    description: 'The entities linked to it by CONTINUES, itself included.',
    complexity: listCost(LINEAGE_ESTIMATE),
  })
  lineage!: EntityRecord[];

  @Field(() => [LineageLink], {
    description: 'The CONTINUES links among them.',
    complexity: listCost(LINEAGE_ESTIMATE),
  })
  links!: LineageLink[];

  @Field(() => [HistoryEntry], {
    description: 'Every document’s view of every member, by date.',
    complexity: listCost(3 * LINEAGE_ESTIMATE),
  })
  entries!: HistoryEntry[];
}

@ObjectType({ description: 'An entity one of two documents has and the other does not.' })
export class ComparedEntity {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: EntityRecord;

  @Field(() => DocumentMention, { description: 'What its document says of it.' })
  mention!: MentionRecord;

  @Field(() => [Entity], {
    description:
      'The wholes it is part of (PART_OF, up to 3 steps) that the other document names: a high-tech zone of 全省高新区, a core area of 沈大国家自主创新示范区. Not empty: the other document does not name it but speaks of a whole or class it belongs to (covered); empty: the other document mentions neither it nor any whole of it.',
    // A few wholes at most (a zone's collective and its demonstration zone).
    complexity: listCost(3),
  })
  coveredBy!: EntityRecord[];
}

@ObjectType({ description: 'An entity of the first document continued in the second.' })
export class ContinuedEntity {
  @Field(() => Entity, { description: 'The entity as the first document (`from`) has it.' })
  before!: EntityRecord;

  @Field(() => Entity, { description: 'The entity as the second document (`to`) has it.' })
  after!: EntityRecord;

  @Field(() => Boolean, { description: 'True when both documents name the same node.' })
  same!: boolean;

  @Field(() => [RoleEnum], { description: 'The lineage roles linking them (empty when the same node).' })
  roles!: string[];

  @Field(() => BasisEnum, { description: 'STATED when the same node or every lineage link is stated.' })
  basis!: Basis;

  @Field(() => StatusEnum, { description: 'Status in the first document.' })
  statusBefore!: Status;

  @Field(() => StatusEnum, { description: 'Status in the second document.' })
  statusAfter!: Status;

  @Field(() => String, { nullable: true, description: 'Status word in the first document.' })
  statusWordBefore?: string;

  @Field(() => String, { nullable: true, description: 'Status word in the second document.' })
  statusWordAfter?: string;
}

@ObjectType({ description: 'What changed from one document to another, for the kinds asked.' })
export class DocumentComparison {
  @Field(() => DocumentEntity, { description: 'The first (usually earlier) document.' })
  from!: EntityRecord;

  @Field(() => DocumentEntity, { description: 'The second (usually later) document.' })
  to!: EntityRecord;

  @Field(() => [KindEnum], { description: 'The kinds compared.' })
  kinds!: Kind[];

  @Field(() => [ComparedEntity], {
    description: 'In `to` with no counterpart in `from`.',
    complexity: listCost(COMPARED_ESTIMATE),
  })
  added!: ComparedEntity[];

  @Field(() => [ComparedEntity], {
    description: 'In `from` with no counterpart in `to`.',
    complexity: listCost(COMPARED_ESTIMATE),
  })
  dropped!: ComparedEntity[];

  @Field(() => [ContinuedEntity], {
    description: 'In both: the same node, or linked by CONTINUES.',
    complexity: listCost(COMPARED_ESTIMATE),
  })
  continued!: ContinuedEntity[];

  @Field(() => [ContinuedEntity], {
    description:
      'Those of `continued` whose status differs between the two documents, each giving one: a document that only names the entity (UNKNOWN) changes nothing.',
    complexity: listCost(COMPARED_ESTIMATE),
  })
  statusChanged!: ContinuedEntity[];
}
