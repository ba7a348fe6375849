import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Kind } from '../../ontology/ontology.js';
import type { SearchHitRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { MAX_SEARCH_LENGTH } from '../../repository/search-query.js';
import { documentArg, optionalEntityArg, short } from '../arguments.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput, notFound } from '../errors.js';
import { DocumentEntity, Entity } from '../types/entity.js';
import { SearchHit, Stats } from '../types/stats.js';
import { decodeCursor, encodeCursor, EntityConnection, EntityFilter } from '../types/connection.js';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_PAGE_SIZE = 100;

@Resolver()
export class QueryResolver {
  @Query(() => Entity, { description: 'One entity by id; NOT_FOUND if there is none.' })
  async node(
    @Arg('id', () => ID, { description: 'The entity id, e.g. uni:dlut.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<EntityRecord> {
    const e = await ctx.entityById.load(id);
    if (!e) throw notFound(short(id));
    return e;
  }

  @Query(() => [DocumentEntity], { description: 'The source documents, oldest first.' })
  async documents(@Ctx() ctx: Context): Promise<EntityRecord[]> {
    return ctx.documents();
  }

  @Query(() => [SearchHit], {
    // Clamp: an out-of-range `first` is the resolver's BAD_USER_INPUT, not a cost error.
    complexity: ({ args, childComplexity }) =>
      1 + Math.min(Number(args.first ?? 10), MAX_SEARCH_RESULTS) * childComplexity,
    description:
      'Find entities by what a planner types: the exact name first, then aliases, abbreviations (大工, DICP), English names and pinyin (dalian, dllgdx) in full, then prefixes of any of them, then Chinese full-text similarity. Each hit says how it matched; query syntax in the text is taken literally.',
  })
  async search(
    @Arg('text', () => String, { description: `What to look for, 1–${MAX_SEARCH_LENGTH} characters.` })
    text: string,
    @Arg('kinds', () => [KindEnum], { nullable: true, description: 'Only these kinds.' })
    kinds: Kind[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many hits, 1–${MAX_SEARCH_RESULTS}.` })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHitRecord[]> {
    if (text.trim() === '') throw badUserInput('search text must not be empty', 'text');
    if (Array.from(text).length > MAX_SEARCH_LENGTH)
      throw badUserInput(`search text is longer than ${MAX_SEARCH_LENGTH} characters`, 'text');
    if (first < 1 || first > MAX_SEARCH_RESULTS)
      throw badUserInput(`first must be between 1 and ${MAX_SEARCH_RESULTS}`, 'first');
    const hits = await ctx.repo.search(text, kinds ?? [], first);
    for (const h of hits) ctx.entityById.prime(h.entity.id, h.entity);
    return hits;
  }

  @Query(() => EntityConnection, {
    description: 'Entities matching a filter, a page at a time, ordered by id.',
    complexity: ({ args, childComplexity }) =>
      2 + Math.min(Number(args.first ?? 20), MAX_PAGE_SIZE) * childComplexity,
  })
  async entities(
    @Arg('filter', () => EntityFilter, {
      nullable: true,
      description: 'Conditions; all entities when omitted.',
    })
    filter: EntityFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EntityConnection> {
    if (first < 0 || first > MAX_PAGE_SIZE)
      throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
    // An omitted nullable argument arrives as undefined; an empty string is a bad cursor.
    const afterId = after === null || after === undefined ? null : decodeCursor(after);
    const f = {
      kinds: filter?.kinds ?? [],
      levels: filter?.levels ?? [],
      statuses: filter?.statuses ?? [],
      region: await optionalEntityArg(ctx, filter?.region, ['region'], 'filter.region'),
      regionBasis: filter?.regionBasis ?? null,
      zone: await optionalEntityArg(ctx, filter?.zone, ['zone'], 'filter.zone'),
      field: await optionalEntityArg(ctx, filter?.field, ['field', 'direction', 'industry'], 'filter.field'),
      document: await documentArg(ctx, filter?.document, 'filter.document'),
      includePlaceholders: filter?.includePlaceholders ?? true,
    };
    const [{ items, hasNext }, totalCount] = await Promise.all([
      first === 0 ? Promise.resolve({ items: [], hasNext: false }) : ctx.repo.entitiesPage(f, afterId, first),
      ctx.repo.entitiesCount(f),
    ]);
    for (const e of items) ctx.entityById.prime(e.id, e);
    const edges = items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      nodes: items,
      totalCount,
      pageInfo: {
        hasNextPage: hasNext,
        hasPreviousPage: afterId !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => Stats, { description: 'Counts of entities by kind and relationships by type.' })
  async stats(@Ctx() ctx: Context): Promise<Stats> {
    const { byKind, byType } = await ctx.repo.stats();
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      entities: sum(byKind),
      relationships: sum(byType),
      byKind: [...byKind].flatMap(([kind, count]) => {
        const k = KIND_OF[kind];
        return k === undefined ? [] : [{ kind: k, count }];
      }),
      byType: [...byType].map(([type, count]) => ({ type, count })),
    };
  }
}

const KIND_OF: Partial<Record<string, Kind>> = Object.fromEntries(Object.values(KindEnum).map((k) => [k, k]));
