/** Neighbourhoods and paths: the graph-shaped queries the explorer draws. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { KIND_NAMES, KINDS, REL_TYPES, type Basis, type Kind } from '../../ontology/ontology.js';
import {
  MAX_PATH_HOPS,
  PathSearchBudgetError,
  type GraphEdgeRecord,
} from '../../repository/graph-repository.js';
import type { EntityRecord } from '../../repository/records.js';
import { linkFilter } from '../arguments.js';
import { clampArg, DbQueries, listCost, withDocumentCheck } from '../budget.js';
import type { Context } from '../context.js';
import { BasisEnum, KindEnum, RelationshipTypeEnum } from '../enums.js';
import { badUserInput, loadedOrThrow, notFound, searchBudgetExceeded } from '../errors.js';
import { Path, Subgraph, type GraphEdge, type GraphNode } from '../types/subgraph.js';

const DOCUMENT_ARG = 'Only relationships this document states or supports.';
const BASIS_ARG =
  'Only relationships of one of these bases (STATED: the text says it; NAMED: a name or heading says it; INFERRED); a single value is a list of one; all when omitted.';
const EXCLUDE_KINDS_ARG = 'Never reach entities of these kinds (e.g. REGION).';
const EXCLUDE_IDS_ARG = 'Never reach these entities.';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 500;
export const MAX_HOPS = MAX_PATH_HOPS;
export const MAX_PATHS = 20;
export const MAX_OVERVIEW = 2000;
/** What the explorer's start view shows: platforms, institutions, chains, directions, regions. */
export const OVERVIEW_KINDS: Kind[] = KIND_NAMES.filter((k) =>
  ['Platform', 'Actor', 'Industry', 'Place'].includes(KINDS[k].group),
);

export const graphNode = (e: EntityRecord): GraphNode => ({
  id: e.id,
  label: e.name,
  ...(e.nameEn === undefined ? {} : { labelEn: e.nameEn }),
  kind: e.kind,
  group: KINDS[e.kind].group.toLowerCase(),
  level: e.level,
  status: e.status,
  placeholder: e.placeholder,
  entity: e,
});

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
  // The start, one query per level, the links between hubs when not truncated (and the
  // documents, for a `document` argument).
  @DbQueries((args) => withDocumentCheck(2)(args) + clampArg(args.depth, 1, 1, MAX_DEPTH))
  @Query(() => Subgraph, {
    description: 'Entities within `depth` relationships of `id`, shaped for Cytoscape.',
    // Clamped: an out-of-range argument is the resolver's BAD_USER_INPUT, not a cost error.
    complexity: listCost({ arg: 'limit', fallback: 100, max: MAX_NEIGHBOURHOOD }),
  })
  async neighbourhood(
    @Arg('id', () => ID, { description: 'The entity at the centre.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: `Relationships away from it, 1–${MAX_DEPTH}.` })
    depth: number,
    @Arg('kinds', () => [KindEnum], {
      nullable: true,
      description: 'Keep only these kinds (the start is always kept).',
    })
    kinds: Kind[] | null | undefined,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types; all when omitted.',
    })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 100,
      description: `At most this many nodes (≤ ${MAX_NEIGHBOURHOOD}).`,
    })
    limit: number,
    @Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })
    basis: Basis[] | null | undefined,
    @Arg('excludeKinds', () => [KindEnum], { nullable: true, description: EXCLUDE_KINDS_ARG })
    excludeKinds: Kind[] | null | undefined,
    @Arg('excludeIds', () => [ID], { nullable: true, description: EXCLUDE_IDS_ARG })
    excludeIds: string[] | null | undefined,
    @Arg('includePlaceholders', () => Boolean, {
      defaultValue: true,
      description: 'False leaves out placeholders for unnamed actors.',
    })
    includePlaceholders: boolean,
    @Ctx() ctx: Context,
  ): Promise<Subgraph> {
    inRange(depth, 1, MAX_DEPTH, 'depth');
    inRange(limit, 1, MAX_NEIGHBOURHOOD, 'limit');
    const links = await linkFilter(ctx, document, basis);
    const sub = await ctx.repo.neighbourhood(
      id,
      depth,
      typesOrAll(types),
      {
        kinds: kinds ?? [],
        excludeKinds: excludeKinds ?? [],
        excludeIds: excludeIds ?? [],
        includePlaceholders,
      },
      links,
      limit,
    );
    if (!sub) throw notFound(id);
    for (const n of sub.nodes) ctx.entityById.prime(n.id, n);
    return { nodes: sub.nodes.map(graphNode), edges: sub.edges.map(graphEdge), truncated: sub.truncated };
  }

  @Query(() => Subgraph, {
    description:
      'The whole curated graph of the given kinds (default: platforms, institutions, chains, directions, regions).',
    // One scan, shaped in memory: a quarter of a list's usual price per node, so that the
    // explorer's overview (2,000 nodes) fits in a request's budget but two of them do not.
    complexity: ({ args, childComplexity }) =>
      1 + (clampArg(args.limit, 1000, 0, MAX_OVERVIEW) * Math.max(0, childComplexity)) / 4,
  })
  @DbQueries(2)
  async overview(
    @Arg('kinds', () => [KindEnum], {
      nullable: true,
      description: 'Only these kinds; the default set when omitted.',
    })
    kinds: Kind[] | null | undefined,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types; all when omitted.',
    })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, {
      defaultValue: 1000,
      description: `At most this many nodes (≤ ${MAX_OVERVIEW}).`,
    })
    limit: number,
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
    description:
      'All shortest routes between two entities (empty when none within maxHops), one per sequence of nodes: parallel relationships between the same two nodes are given on that step, not as other paths. Paths never run through a placeholder (我省优势企业) unless asked, nor through excluded kinds or ids, nor along a membership link (an institute PART_OF 中国科学院, a laboratory PART_OF 辽宁实验室) unless includeMemberships: membership of an umbrella is not an innovation link.',
    complexity: ({ args, childComplexity }) =>
      10 +
      clampArg(args.limit, 10, 0, MAX_PATHS) *
        clampArg(args.maxHops, 4, 0, MAX_HOPS) *
        Math.max(0, childComplexity),
  })
  // The two ends; one round of the bounded search per hop at most (repository/path-search.ts);
  // then the paths (and the documents, for a `document` argument).
  @DbQueries((args) => withDocumentCheck(2)(args) + clampArg(args.maxHops, 4, 1, MAX_HOPS))
  async paths(
    @Arg('from', () => ID, { description: 'Start entity.' }) from: string,
    @Arg('to', () => ID, { description: 'End entity.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path, 1–${MAX_HOPS} relationships.` })
    maxHops: number,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], {
      nullable: true,
      description: 'Only these relationship types; all when omitted.',
    })
    types: string[] | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 10, description: `At most this many paths (≤ ${MAX_PATHS}).` })
    limit: number,
    @Arg('document', () => ID, { nullable: true, description: DOCUMENT_ARG })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], { nullable: true, description: BASIS_ARG })
    basis: Basis[] | null | undefined,
    @Arg('excludeKinds', () => [KindEnum], { nullable: true, description: EXCLUDE_KINDS_ARG })
    excludeKinds: Kind[] | null | undefined,
    @Arg('excludeIds', () => [ID], { nullable: true, description: EXCLUDE_IDS_ARG })
    excludeIds: string[] | null | undefined,
    @Arg('includePlaceholders', () => Boolean, {
      defaultValue: false,
      description: 'True lets paths run through placeholders for unnamed actors.',
    })
    includePlaceholders: boolean,
    @Arg('includeMemberships', () => Boolean, {
      defaultValue: false,
      description:
        'True lets paths walk membership links: PART_OF from an institution to an institution (a CAS institute → 中国科学院, an affiliated hospital → its university) or to a named group (辽宁实验室). Off by default, because through an umbrella every two members are two steps apart, which crowds out innovation paths; a link to an umbrella that is itself `from` or `to` is always walked.',
    })
    includeMemberships: boolean,
    @Ctx() ctx: Context,
  ): Promise<Path[]> {
    inRange(maxHops, 1, MAX_HOPS, 'maxHops');
    inRange(limit, 1, MAX_PATHS, 'limit');
    const [a, b] = loadedOrThrow(await ctx.entityById.loadMany([from, to]));
    if (!a) throw notFound(from);
    if (!b) throw notFound(to);
    if (from === to) throw badUserInput('from and to must differ', 'to');
    const links = await linkFilter(ctx, document, basis);
    const paths = await ctx.repo
      .shortestPaths(
        from,
        to,
        maxHops,
        typesOrAll(types),
        {
          excludeKinds: excludeKinds ?? [],
          excludeIds: excludeIds ?? [],
          includePlaceholders,
          includeMemberships,
        },
        { document: links.document, basis: links.basis },
        limit,
      )
      .catch((e: unknown) => {
        if (e instanceof PathSearchBudgetError)
          throw searchBudgetExceeded(
            `no answer within the search budget (${'nodes' in e.exceeded ? `${e.exceeded.nodes} nodes reached` : `${e.exceeded.ms} ms`}) for paths of at most ${maxHops} relationships: ask for fewer maxHops, or narrow relationshipTypes, excludeKinds, document or basis`,
          );
        throw e;
      });
    return paths.map((p) => {
      const hops = p.hops.map((edges, i) => ({
        from: p.nodes[i]?.id ?? '',
        to: p.nodes[i + 1]?.id ?? '',
        edges: edges.map(graphEdge),
      }));
      return {
        length: hops.length,
        nodes: p.nodes.map(graphNode),
        edges: hops.flatMap((h) => h.edges),
        hops,
      };
    });
  }
}
