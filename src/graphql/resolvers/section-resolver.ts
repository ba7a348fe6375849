/**
 * Document structure fields: `Document.sections` (the top-level sections, each with its
 * children) and `Section.entities` (the entities cited in a section or any section inside it,
 * derived at load as CITED_IN_SECTION). One query per document; entities through the request's
 * batched entity loader.
 */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Kind } from '../../ontology/ontology.js';
import type { EntityRecord, SectionRecord } from '../../repository/records.js';
import { DbQueries, listCost } from '../budget.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput } from '../errors.js';
import { DocumentEntity, Entity } from '../types/entity.js';
import { Section, SECTION_CHILDREN_ESTIMATE } from '../types/section.js';

/** Cost estimate of the entities cited in one section. */
const SECTION_ENTITIES_ESTIMATE = 20;

@Resolver(() => DocumentEntity)
export class DocumentSectionsResolver {
  @DbQueries(1)
  @FieldResolver(() => [Section], {
    description:
      'The document’s structure / 章节: its top-level sections (title, chapters …) in line order, each with `children` and the `entities` cited in it.',
    complexity: listCost(SECTION_CHILDREN_ESTIMATE),
  })
  async sections(
    @Root() document: EntityRecord,
    @Arg('path', () => String, {
      nullable: true,
      description:
        'Only this section (with its children), by its path as citations write it: 第四章/四/专栏3, 第三章/第二节, 二/(三)/11.',
    })
    path: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SectionRecord[]> {
    const top = await ctx.repo.documentSections(document.id);
    if (path === null || path === undefined) return top;
    const find = (list: readonly SectionRecord[]): SectionRecord | undefined => {
      for (const s of list) {
        if (s.path === path) return s;
        const inner = find(s.children);
        if (inner) return inner;
      }
      return undefined;
    };
    const found = find(top);
    if (!found)
      throw badUserInput(
        `${document.id} has no section "${path.slice(0, 100)}" (paths look like 第四章/四/专栏3)`,
        'path',
      );
    return [found];
  }
}

@Resolver(() => Section)
export class SectionEntitiesResolver {
  @DbQueries(1)
  @FieldResolver(() => [Entity], {
    description:
      'The entities cited in this section or in a section inside it (a chapter holds its boxes’ platforms), by name.',
    complexity: listCost(SECTION_ENTITIES_ESTIMATE),
  })
  async entities(
    @Root() section: SectionRecord,
    @Arg('kinds', () => [KindEnum], { nullable: true, description: 'Only entities of these kinds.' })
    kinds: Kind[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EntityRecord[]> {
    const found = await ctx.entityById.loadMany([...section.entityIds]);
    const list = found.filter((e): e is EntityRecord => e !== undefined && !(e instanceof Error));
    return list
      .filter((e) => !kinds || kinds.length === 0 || kinds.includes(e.kind))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh') || a.id.localeCompare(b.id));
  }
}
