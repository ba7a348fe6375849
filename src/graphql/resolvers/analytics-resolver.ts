/** Planner analytics over the whole graph. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS, type Basis, type Kind } from '../../ontology/ontology.js';
import type { KindStatusCount } from '../../repository/graph-repository.js';
import { documentArg, optionalEntityArg } from '../arguments.js';
import { DbQueries, listCost, withDocumentCheck } from '../budget.js';
import type { Context } from '../context.js';
import { BasisEnum, KindEnum } from '../enums.js';
import { badUserInput } from '../errors.js';
import { listPage } from '../list-page.js';
import { selectedEntityProps } from '../selection.js';
import {
  ChainCoverageConnection,
  CoverageSource,
  DEFAULT_COVERED_BY,
  Hub,
  RegionSummaryConnection,
  type ChainCoverage,
} from '../types/analytics.js';

export const MAX_HUBS = 100;
/** Page sizes of chainCoverage and regionSummary (the curated graph has 52 chains and 38 regions). */
export const MAX_ANALYTICS_PAGE = 200;
const DEFAULT_ANALYTICS_PAGE = 100;
const pageCost = (base: number) =>
  listCost({ arg: 'first', fallback: DEFAULT_ANALYTICS_PAGE, max: MAX_ANALYTICS_PAGE }, base);
const pageSize = (first: number): number => {
  if (!Number.isInteger(first) || first < 0 || first > MAX_ANALYTICS_PAGE)
    throw badUserInput(`first must be between 0 and ${MAX_ANALYTICS_PAGE}`, 'first');
  return first;
};
/** The page arguments of both analytics connections, declared once (the SDL is the same). */
const PageSizeArg = () =>
  Arg('first', () => Int, {
    defaultValue: DEFAULT_ANALYTICS_PAGE,
    description: `Page size, 0–${MAX_ANALYTICS_PAGE}.`,
  });
const AfterArg = () =>
  Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' });
/** The entity properties selected under `nodes { field }` and `edges { node { field } }`. */
const itemProps = (info: GraphQLResolveInfo, field: string): string[] => [
  ...new Set([
    ...selectedEntityProps(info, ['nodes', field]),
    ...selectedEntityProps(info, ['edges', 'node', field]),
  ]),
];

const total = (cs: readonly KindStatusCount[], status?: string): number =>
  cs.filter((c) => status === undefined || c.status === status).reduce((n, c) => n + c.count, 0);

@Resolver()
export class AnalyticsResolver {
  @DbQueries(withDocumentCheck(1))
  @Query(() => ChainCoverageConnection, {
    // Reads every chain (one stored property each), answers a page of them.
    complexity: pageCost(20),
    description:
      'Per industrial chain (kind CHAIN: named chains, not industries): its platforms by kind and status, the named institutions it relies on, and whether it is covered (by what `coveredBy` says), a page at a time, by chain name.',
  })
  async chainCoverage(
    @PageSizeArg() first: number,
    @AfterArg() after: string | null | undefined,
    @Arg('onlyUncovered', () => Boolean, {
      defaultValue: false,
      description: 'Only chains that nothing of `coveredBy` covers.',
    })
    onlyUncovered: boolean,
    @Arg('uncoveredFirst', () => Boolean, {
      defaultValue: false,
      description: 'The uncovered chains first (each part by chain name).',
    })
    uncoveredFirst: boolean,
    @Arg('coveredBy', () => [CoverageSource], {
      defaultValue: DEFAULT_COVERED_BY,
      description:
        'What covers a chain: PLATFORMS (a platform serves it or it relies on one), RELIED_ON_UNITS (it relies on a named institution), or both. Default [PLATFORMS].',
    })
    coveredBy: CoverageSource[],
    @Arg('document', () => ID, {
      nullable: true,
      description: 'Only chains this document names, links it states, statuses it gives.',
    })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], {
      nullable: true,
      description:
        'Count only links of one of these bases (e.g. [STATED] or [STATED, NAMED]); all when omitted.',
    })
    basis: Basis[] | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ChainCoverageConnection> {
    const size = pageSize(first);
    if (coveredBy.length === 0) throw badUserInput('coveredBy needs at least one source', 'coveredBy');
    const byPlatforms = coveredBy.includes(CoverageSource.PLATFORMS);
    const byUnits = coveredBy.includes(CoverageSource.RELIED_ON_UNITS);
    const rows = await ctx.repo.chainCoverage(
      await documentArg(ctx, document),
      basis ?? [],
      itemProps(info, 'chain'),
    );
    let chains: ChainCoverage[] = rows
      .map((r) => ({
        chain: r.entity,
        platformCount: total(r.counts),
        reliedOnUnitCount: r.reliedOnUnits,
        covered: (byPlatforms && r.counts.length > 0) || (byUnits && r.reliedOnUnits > 0),
        byKindAndStatus: r.counts,
      }))
      .filter((c) => !onlyUncovered || !c.covered);
    // A stable partition keeps the name order within each part.
    if (uncoveredFirst) chains = [...chains.filter((c) => !c.covered), ...chains.filter((c) => c.covered)];
    return listPage(chains, (c) => c.chain.id, 'cc:', size, after);
  }

  // The region check, then the summary.
  @DbQueries(withDocumentCheck(2))
  @Query(() => RegionSummaryConnection, {
    complexity: pageCost(10),
    description:
      'Per region: its platforms (by the region rule) existing vs planned, by kind; with `document`, as that document says. A page at a time, by region id.',
  })
  async regionSummary(
    @PageSizeArg() first: number,
    @AfterArg() after: string | null | undefined,
    @Arg('region', () => ID, { nullable: true, description: 'One region; all when omitted.' })
    region: string | null | undefined,
    @Arg('document', () => ID, {
      nullable: true,
      description: 'Only platforms this document cites, with the status it gives them.',
    })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], {
      nullable: true,
      description:
        'Only platforms whose membership in the region is of one of these bases (STATED: the text states it link by link); all when omitted.',
    })
    basis: Basis[] | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegionSummaryConnection> {
    const size = pageSize(first);
    const rows = await ctx.repo.regionSummary(
      await optionalEntityArg(ctx, region, ['region'], 'region'),
      await documentArg(ctx, document),
      basis ?? [],
      itemProps(info, 'region'),
    );
    const regions = rows.map((r) => ({
      region: r.entity,
      total: total(r.counts),
      existing: total(r.counts, 'existing'),
      planned: total(r.counts, 'planned'),
      unknown: total(r.counts, 'unknown'),
      byKindAndStatus: r.counts,
    }));
    return listPage(regions, (r) => r.region.id, 'rs:', size, after);
  }

  @DbQueries(withDocumentCheck(1))
  @Query(() => [Hub], {
    complexity: listCost({ arg: 'first', fallback: 20, max: MAX_HUBS }, 10),
    description:
      'Institutions ranked by the platforms and chains they connect; placeholders for unnamed actors are left out unless asked.',
  })
  async hubs(
    @Arg('kinds', () => [KindEnum], { nullable: true, description: 'Institution kinds; all when omitted.' })
    kinds: Kind[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many, 1–${MAX_HUBS}.` }) first: number,
    @Arg('document', () => ID, { nullable: true, description: 'Count only links this document states.' })
    document: string | null | undefined,
    @Arg('basis', () => [BasisEnum], {
      nullable: true,
      description:
        'Count only links of one of these bases (e.g. [STATED] or [STATED, NAMED]); all when omitted.',
    })
    basis: Basis[] | null | undefined,
    @Arg('includePlaceholders', () => Boolean, {
      defaultValue: false,
      description: 'True ranks placeholders for unnamed actors too.',
    })
    includePlaceholders: boolean,
    @Ctx() ctx: Context,
  ): Promise<Hub[]> {
    if (first < 1 || first > MAX_HUBS) throw badUserInput(`first must be between 1 and ${MAX_HUBS}`, 'first');
    const bad = (kinds ?? []).filter((k) => !ACTOR_KINDS.includes(k));
    if (bad.length > 0)
      throw badUserInput(`hubs are institutions; ${bad.join(', ')} is not an institution kind`, 'kinds');
    const rows = await ctx.repo.hubs(
      kinds ?? [],
      first,
      { document: await documentArg(ctx, document), basis: basis ?? [] },
      includePlaceholders,
    );
    return rows.map((h) => ({ ...h, score: h.platformCount + h.chainCount }));
  }
}
