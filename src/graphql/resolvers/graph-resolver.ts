/** Neighbourhoods and paths: the graph-shaped queries the explorer draws. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { KIND_NAMES, KINDS, REL_TYPES, type Kind } from '../../ontology/ontology.js';
import type { GraphEdgeRecord } from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { clampArg, DbQueries, listCost } from '../budget.js';
import type { Context } from '../context.js';
import { KindEnum, RelationshipTypeEnum } from '../enums.js';
import { badUserInput, notFound } from '../errors.js';
import { Path, Subgraph, type GraphEdge, type GraphNode } from '../types/subgraph.js';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 500;
export const MAX_HOPS = 6;
export const MAX_PATHS = 20;
export const MAX_OVERVIEW = 2000;
/** What the explorer's start view shows: platforms, institutions, chains, directions, regions. */
export const OVERVIEW_KINDS: Kind[] = KIND_NAMES.filter((k) =>
  ['Platform', 'Actor', 'Industry', 'Place'].includes(KINDS[k].group),
);

export const graphNode = (e: EntityRecord): GraphNode =>
  ({
    id: e.id,
    label: e.name,
    kind: e.kind,
    group: KINDS[e.kind].group.toLowerCase(),
    level: e.level,
    status: e.status,
    entity: e,
  }) as unknown as GraphNode;

export const graphEdge = (e: GraphEdgeRecord): GraphEdge => ({
  id: `${e.source}|${e.type}|${e.target}`,
  ...e,
});

function inRange(value: number, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(`${name} must be between ${min} and ${max}`, name);
}

const typesOrAll = (types: string[] | null | undefined): readonly string[] =>
  types && types.length > 0 ? types : REL_TYPES;

@Resolver()
export class GraphResolver {
  // The start, then one query per level.
  @DbQueries((args) => 1 + clampArg(args.depth, 1, 1, MAX_DEPTH))
  @Query(() => Subgraph, {
    description: 'Entities within `depth` relationships of `id`, shaped for Cytoscape.',
    // Clamped: an out-of-range argument is the resolver's BAD_USER_INPUT, not a cost error.
    complexity: listCost({ arg: 'limit', fallback: 100, max: MAX_NEIGHBOURHOOD }),
  })
  async neighbourhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('kinds', () => [KindEnum], {
      nullable: true,
      description: 'Keep only these kinds (the start is always kept).',
    })
    kinds: Kind[] | null | undefined,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], { nullable: true })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 100,
      description: `At most this many nodes (≤ ${MAX_NEIGHBOURHOOD}).`,
    })
    limit: number,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    inRange(depth, 1, MAX_DEPTH, 'depth');
    inRange(limit, 1, MAX_NEIGHBOURHOOD, 'limit');
    const sub = await ctx.repo.neighbourhood(id, depth, typesOrAll(types), kinds ?? [], limit);
    if (!sub) throw notFound(id);
    for (const n of sub.nodes) ctx.entityById.prime(n.id, n);
    return { nodes: sub.nodes.map(graphNode), edges: sub.edges.map(graphEdge), truncated: sub.truncated };
  }

  @Query(() => Subgraph, {
    description:
      'The whole curated graph of the given kinds (default: platforms, institutions, chains, directions, regions).',
    // In-memory shaping of one scan: a tenth of a list's usual price per node.
    complexity: ({ args, childComplexity }) =>
      1 + (clampArg(args.limit, 1000, 0, MAX_OVERVIEW) * Math.max(0, childComplexity)) / 10,
  })
  @DbQueries(2)
  async overview(
    @Arg('kinds', () => [KindEnum], { nullable: true }) kinds: Kind[] | null | undefined,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], { nullable: true })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 1000 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    inRange(limit, 1, MAX_OVERVIEW, 'limit');
    const sub = await ctx.repo.overview(
      kinds && kinds.length > 0 ? kinds : OVERVIEW_KINDS,
      typesOrAll(types),
      limit,
    );
    for (const n of sub.nodes) ctx.entityById.prime(n.id, n);
    return { nodes: sub.nodes.map(graphNode), edges: sub.edges.map(graphEdge), truncated: sub.truncated };
  }

  @Query(() => [Path], {
    description: 'All shortest paths between two entities (empty when none within maxHops).',
    complexity: ({ args, childComplexity }) =>
      10 +
      clampArg(args.limit, 10, 0, MAX_PATHS) *
        clampArg(args.maxHops, 4, 0, MAX_HOPS) *
        Math.max(0, childComplexity),
  })
  @DbQueries(2)
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], { nullable: true })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Path[]> {
    inRange(maxHops, 1, MAX_HOPS, 'maxHops');
    inRange(limit, 1, MAX_PATHS, 'limit');
    const [a, b] = await ctx.entityById.loadMany([from, to]);
    if (!a || a instanceof Error) throw notFound(from);
    if (!b || b instanceof Error) throw notFound(to);
    if (from === to) throw badUserInput('from and to must differ', 'to');
    const paths = await ctx.repo.shortestPaths(from, to, maxHops, typesOrAll(types), limit);
    return paths.map((p) => ({
      length: p.edges.length,
      nodes: p.nodes.map(graphNode),
      edges: p.edges.map(graphEdge),
    }));
  }
}
