/**
 * Document structure: a chapter, section, box (专栏) or item of a source document, with its
 * line range, sub-sections and the entities cited in it. Labels are number labels (第三章, 二,
 * 专栏3) with an English gloss: the project cites the documents and never copies headings.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SectionKind } from '../../ontology/ontology.js';
import type { SectionRecord } from '../../repository/records.js';
import { listCost } from '../budget.js';
import { SectionKindEnum } from '../enums.js';

/** Cost estimate of a section's children (a chapter has up to a dozen sections). */
export const SECTION_CHILDREN_ESTIMATE = 10;

@ObjectType({
  description:
    'A chapter, section, box (专栏) or item of a source document / 文件章节, with its lines, sub-sections and the entities cited in it.',
})
export class Section implements Omit<SectionRecord, 'children' | 'entityIds'> {
  @Field(() => ID, { description: 'Stable id: `<document>/<path>`, e.g. plan14/第四章/二/专栏1.' })
  id!: string;

  @Field(() => ID, { description: 'The document, e.g. doc:plan14.' })
  document!: string;

  @Field(() => String, {
    description: 'Path inside the document, as citations write it: 第四章/二/专栏1/1.',
  })
  path!: string;

  @Field(() => SectionKindEnum, { description: 'Chapter, section, box, item, title or preamble.' })
  kind!: SectionKind;

  @Field(() => String, { description: 'Its number label: 第四章, 二, 专栏1, 1 (never the heading text).' })
  label!: string;

  @Field(() => String, { description: 'English label with a short gloss of what the section is about.' })
  labelEn!: string;

  @Field(() => Int, { description: 'First line (1-based, as `grep -n` counts).' })
  fromLine!: number;

  @Field(() => Int, { description: 'Last line.' })
  toLine!: number;

  @Field(() => [Section], {
    description: 'Sections inside it, in line order.',
    complexity: listCost(SECTION_CHILDREN_ESTIMATE),
  })
  children!: readonly SectionRecord[];
}
