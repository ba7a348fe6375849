import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { KIND_NAMES, type Kind } from '../../ontology/ontology.js';
import type { SearchHitRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { MAX_SEARCH_LENGTH } from '../../repository/search-query.js';
import {
  planEntityScan,
  type AnchorType,
  type EntityFilter as EntityFilterRecord,
  type FilterAnchor,
} from '../../repository/graph-repository.js';
import { asOfArg, checkedEntity, documentArg, yearArg } from '../arguments.js';
import { collectSubfields } from '../compile/collect.js';
import { compileSelection, connectionLists, entityList, storePrefetched } from '../compile/run.js';
import { clampArg, DbQueries, fixedCost, listCost } from '../budget.js';
import { checkWhereRefs, whereQueries } from '../where/checks.js';
import { compiledWhere, filterWhere } from '../where/run.js';
import { EntityWhere } from '../where/types.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput, notFound } from '../errors.js';
import { selectedEntityProps } from '../selection.js';
import { DocumentEntity, Entity } from '../types/entity.js';
import { SearchHit, Stats } from '../types/stats.js';
import {
  decodeCursor,
  encodeCursor,
  EntityConnection,
  EntityFilter,
  type EntityConnectionRecord,
} from '../types/connection.js';

export const MAX_SEARCH_RESULTS = 100;
export const MAX_PAGE_SIZE = 100;

@Resolver()
export class QueryResolver {
  // The entity, with the relationship fields selected under it when compiled (compile/).
  @DbQueries(1)
  // Nullable (Relay's convention): an unknown id is null here with NOT_FOUND in `errors`, and
  // the request's other fields still answer (non-null, one bad id nulled the whole `data`).
  @Query(() => Entity, {
    nullable: true,
    description:
      'One entity by id; null with a NOT_FOUND error (naming the id) if there is none, the other fields of the request still answering.',
    complexity: fixedCost(1),
  })
  async node(
    @Arg('id', () => ID, { description: 'The entity id, e.g. uni:dlut.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    const selection = await compileSelection(ctx, info, entityList(info));
    if (selection) {
      const row = await selection.reads.entity(id, selection.children);
      if (!row) throw notFound(id);
      // Only the properties selected: not primed into the entity loader.
      storePrefetched(ctx, selection, [row]);
      return row.entity;
    }
    const e = await ctx.entityById.load(id);
    if (!e) throw notFound(id);
    return e;
  }

  @DbQueries(1)
  @Query(() => [DocumentEntity], {
    description: 'The source documents, oldest first.',
    complexity: listCost(10),
  })
  async documents(@Ctx() ctx: Context): Promise<EntityRecord[]> {
    return ctx.documents();
  }

  // Keys and full text, in parallel.
  @DbQueries(2)
  @Query(() => [SearchHit], {
    // Clamped: an out-of-range `first` is the resolver's BAD_USER_INPUT, not a cost error.
    complexity: listCost({ arg: 'first', fallback: 10, max: MAX_SEARCH_RESULTS }),
    description:
      'Find entities by what a planner types: the exact name first, then aliases, abbreviations (大工, DICP), English names and pinyin (dalian, dllgdx) in full, then prefixes of any of them, then Chinese full-text similarity, kept only where a name holds at least half of the typed text (an empty list: nothing matched). Each hit says how it matched; query syntax in the text is taken literally.',
  })
  async search(
    @Arg('text', () => String, { description: `What to look for, 1–${MAX_SEARCH_LENGTH} characters.` })
    text: string,
    @Arg('kinds', () => [KindEnum], { nullable: true, description: 'Only these kinds.' })
    kinds: Kind[] | null | undefined,
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

  // The page (none for first: 0), with the relationship fields selected under its entities when
  // compiled (compile/: one statement, and their arguments' checks); the filter's anchors (region, zone, field, document: checked
  // and counted in one query); the documents list, read only to name them when `document` is
  // not one; the checks of what `where` names. totalCount is its own field, counted only when
  // selected.
  @DbQueries((args) => {
    const f = (args.filter ?? {}) as Record<string, unknown>;
    const given = (k: string): boolean => f[k] !== undefined && f[k] !== null;
    const page = clampArg(args.first, 20, 0, MAX_PAGE_SIZE) === 0 ? 0 : 1;
    return (
      page +
      (['region', 'zone', 'field', 'document'].some(given) ? 1 : 0) +
      (given('document') || given('year') || given('asOf') ? 1 : 0) +
      whereQueries(args.where)
    );
  })
  @Query(() => EntityConnection, {
    description:
      'Entities matching a filter and a `where` (both must hold), a page at a time, ordered by id.',
    complexity: listCost({ arg: 'first', fallback: 20, max: MAX_PAGE_SIZE }, 2),
  })
  async entities(
    @Arg('filter', () => EntityFilter, {
      nullable: true,
      description: 'Conditions; all entities when omitted.',
    })
    filter: EntityFilter | null | undefined,
    @Arg('where', () => EntityWhere, {
      nullable: true,
      description:
        'The where filter language: names, kinds, statuses, designations, relationships (some/none/all/count), documents and sections; composes with `filter` (both must hold).',
    })
    where: EntityWhere | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, 0–${MAX_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityConnectionRecord> {
    if (first < 0 || first > MAX_PAGE_SIZE)
      throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
    // An omitted nullable argument arrives as undefined; an empty string is a bad cursor.
    const afterId = after === null || after === undefined ? null : decodeCursor(after);
    // An omitted input field is undefined, an explicit null is null: both mean "not given".
    const asked: Record<AnchorType, string | null | undefined> = {
      region: filter?.region,
      zone: filter?.zone,
      field: filter?.field,
      document: filter?.document,
    };
    const named = (Object.entries(asked) as [AnchorType, string | null | undefined][]).flatMap(
      ([type, id]) => (id === undefined || id === null ? [] : [{ type, id }]),
    );
    // An explicit null arrives as null although the field's type says number | undefined.
    if ((filter?.year ?? null) !== null && (asked.document ?? null) !== null)
      throw badUserInput('filter: give `year` or `document`, not both', 'filter.year');
    if (
      (filter?.asOf ?? null) !== null &&
      ((asked.document ?? null) !== null || (filter?.year ?? null) !== null)
    )
      throw badUserInput(
        'filter: `asOf` reads the latest document up to a year; not with `document` or `year`',
        'filter.asOf',
      );
    const anchors = await ctx.repo.filterAnchors(named);
    const found = (type: AnchorType): FilterAnchor | undefined => anchors.find((a) => a.type === type);
    const check = (type: AnchorType, kinds: Kind[]): string | null => {
      const id = asked[type];
      return id === undefined || id === null
        ? null
        : checkedEntity(found(type)?.entity, id, kinds, `filter.${type}`).id;
    };
    const f: EntityFilterRecord = {
      kinds: filter?.kinds ?? [],
      levels: filter?.levels ?? [],
      statuses: filter?.statuses ?? [],
      region: check('region', ['region']),
      regionBasis: filter?.regionBasis ?? null,
      zone: check('zone', ['zone']),
      field: check('field', ['field', 'direction', 'industry']),
      // A document the anchors query found is one; otherwise the documents list names them.
      document:
        found('document')?.entity.kind === 'document'
          ? (asked.document ?? null)
          : await documentArg(ctx, asked.document, 'filter.document'),
      yearDocuments: await yearArg(ctx, filter?.year, 'filter.year'),
      asOfDocuments: await asOfArg(ctx, filter?.asOf, 'filter.asOf'),
      includePlaceholders: filter?.includePlaceholders ?? true,
    };
    for (const a of anchors) ctx.entityById.prime(a.entity.id, a.entity);
    // A `where`, or a document's own placements (region, zone, field with `document`: defect 5),
    // are compiled into one statement; the plain filter keeps its planned scans.
    const compiled =
      (where ?? null) !== null ||
      (f.yearDocuments ?? null) !== null ||
      (f.asOfDocuments ?? null) !== null ||
      (f.document !== null && (f.region ?? f.zone ?? f.field) !== null)
        ? compiledWhere(where, filterWhere(f))
        : null;
    if (where) await checkWhereRefs(ctx, where);
    const selection =
      first === 0
        ? null
        : await compileSelection(
            ctx,
            info,
            connectionLists(info, filter?.kinds?.length ? filter.kinds : KIND_NAMES),
          );
    const count: EntityCount = compiled
      ? { where: compiled }
      : { filter: f, scan: planEntityScan(f, anchors, 'count') };
    // A selected totalCount is counted beside the page (both round trips at once, not one after
    // the other); the field resolver awaits it. Marked handled here: when the page fails first,
    // nothing awaits the count.
    // A filter of kinds only, with a plain page: page and count in one statement, reading the
    // properties selected only (a partial page, as a compiled one).
    const counted =
      first > 0 && !compiled && selection === null && asksTotalCount(info)
        ? await ctx.repo.entitiesPageCounted(f, planEntityScan(f, anchors, 'page'), afterId, first, [
            ...new Set([
              ...selectedEntityProps(info, ['nodes']),
              ...selectedEntityProps(info, ['edges', 'node']),
            ]),
          ])
        : undefined;
    const total = counted
      ? Promise.resolve(counted.total)
      : asksTotalCount(info)
        ? countOf(ctx, count)
        : undefined;
    void total?.catch(() => undefined);
    // A compiled page holds the properties selected only (partial): never primed into the loader.
    let page: { items: EntityRecord[]; hasNext: boolean; partial?: boolean };
    if (counted) page = { ...counted, partial: true };
    else if (first === 0) page = { items: [], hasNext: false };
    else if (selection) {
      const read = compiled
        ? await selection.reads.entitiesWherePage(compiled, afterId, first, selection.children)
        : await selection.reads.entitiesPage(
            f,
            planEntityScan(f, anchors, 'page'),
            afterId,
            first,
            selection.children,
          );
      storePrefetched(ctx, selection, read.items);
      page = { items: read.items.map((r) => r.entity), hasNext: read.hasNext, partial: true };
    } else
      page = compiled
        ? await ctx.repo.entitiesWherePage(compiled, afterId, first)
        : await ctx.repo.entitiesPage(f, planEntityScan(f, anchors, 'page'), afterId, first);
    const { items, hasNext } = page;
    if (page.partial !== true) for (const e of items) ctx.entityById.prime(e.id, e);
    const edges = items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      nodes: items,
      count: total ? { ...count, total } : count,
      pageInfo: {
        hasNextPage: hasNext,
        hasPreviousPage: afterId !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
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
      byKind: [...byKind].flatMap(([kind, count]) => {
        const k = KIND_OF[kind];
        return k === undefined ? [] : [{ kind: k, count }];
      }),
      byType: [...byType].map(([type, count]) => ({ type, count })),
    };
  }
}

const KIND_OF: Partial<Record<string, Kind>> = Object.fromEntries(Object.values(KindEnum).map((k) => [k, k]));

@Resolver(() => EntityConnection)
export class EntityConnectionResolver {
  @DbQueries(1)
  @FieldResolver(() => Int, { description: 'How many entities match the filter, over all pages.' })
  async totalCount(@Root() connection: EntityConnectionRecord, @Ctx() ctx: Context): Promise<number> {
    return connection.count.total ?? countOf(ctx, connection.count);
  }
}

type EntityCount = EntityConnectionRecord['count'];

const countOf = (ctx: Context, c: EntityCount): Promise<number> =>
  'where' in c ? ctx.repo.entitiesWhereCount(c.where) : ctx.repo.entitiesCount(c.filter, c.scan);

/** Whether the selection of an `entities` field asks for its totalCount (under any alias). */
function asksTotalCount(info: GraphQLResolveInfo): boolean {
  const conn = info.schema.getType('EntityConnection');
  if (!isObjectType(conn)) return false;
  for (const group of collectSubfields(info, conn, info.fieldNodes).values())
    if (group[0]?.name.value === 'totalCount') return true;
  return false;
}
