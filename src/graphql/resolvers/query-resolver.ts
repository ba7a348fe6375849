import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Kind } from '../../ontology/ontology.js';
import type { EntityRecord } from '../../repository/records.js';
import { MAX_SEARCH_LENGTH } from '../../repository/search-query.js';
import { DbQueries, fixedCost, listCost } from '../budget.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput, notFound } from '../errors.js';
import { Entity } from '../types/entity.js';
import { SearchHit, Stats } from '../types/stats.js';
import { decodeCursor, encodeCursor, EntityConnection, EntityFilter } from '../types/connection.js';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_PAGE_SIZE = 100;

@Resolver()
export class QueryResolver {
  @DbQueries(1)
  @Query(() => Entity, {
    description: 'One entity by id; NOT_FOUND if there is none.',
    complexity: fixedCost(1),
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EntityRecord> {
    const e = await ctx.entityById.load(id);
    if (!e) throw notFound(id);
    return e;
  }

  @DbQueries(1)
  @Query(() => [SearchHit], {
    // Clamped: an out-of-range `first` is the resolver's BAD_USER_INPUT, not a cost error.
    complexity: listCost({ arg: 'first', fallback: 10, max: MAX_SEARCH_RESULTS }),
    description:
      'Chinese full-text search over names and aliases, best first. Query syntax in the text is taken literally.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('kinds', () => [KindEnum], { nullable: true }) kinds: Kind[] | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    if (text.trim() === '') throw badUserInput('search text must not be empty', 'text');
    // Characters as a planner counts them (code points), not UTF-16 units.
    if (Array.from(text).length > MAX_SEARCH_LENGTH)
      throw badUserInput(`search text is longer than ${MAX_SEARCH_LENGTH} characters`, 'text');
    if (first < 1 || first > MAX_SEARCH_RESULTS)
      throw badUserInput(`first must be between 1 and ${MAX_SEARCH_RESULTS}`, 'first');
    const hits = await ctx.repo.search(text, kinds ?? [], first);
    for (const h of hits) ctx.entityById.prime(h.entity.id, h.entity);
    return hits as unknown as SearchHit[];
  }

  @DbQueries(2)
  @Query(() => EntityConnection, {
    description: 'Entities matching a filter, a page at a time, ordered by id.',
    complexity: listCost({ arg: 'first', fallback: 20, max: MAX_PAGE_SIZE }, 2),
  })
  async entities(
    @Arg('filter', () => EntityFilter, { nullable: true }) filter: EntityFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
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
      region: filter?.region ?? null,
      field: filter?.field ?? null,
      document: filter?.document ?? null,
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
      pageInfo: { hasNextPage: hasNext, endCursor: edges.at(-1)?.cursor ?? null },
    } as unknown as EntityConnection;
  }

  @DbQueries(1)
  @Query(() => Stats, {
    description: 'Counts of entities by kind and relationships by type.',
    complexity: fixedCost(5),
  })
  async stats(@Ctx() ctx: Context): Promise<Stats> {
    const { byKind, byType } = await ctx.repo.stats();
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      entities: sum(byKind),
      relationships: sum(byType),
      byKind: [...byKind].map(([kind, count]) => ({ kind: kind as Kind, count })),
      byType: [...byType].map(([type, count]) => ({ type: type as Stats['byType'][number]['type'], count })),
    };
  }
}
