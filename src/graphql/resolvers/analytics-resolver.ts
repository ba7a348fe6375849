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
import { selectedEntityProps } from '../selection.js';
import { ChainCoverage, Hub, RegionSummary } from '../types/analytics.js';

export const MAX_HUBS = 100;
/** Cost estimates of the whole-graph lists (the curated graph has about 50 chains and 40 regions). */
const CHAIN_ESTIMATE = 100;
const REGION_ESTIMATE = 50;

const total = (cs: readonly KindStatusCount[], status?: string): number =>
  cs.filter((c) => status === undefined || c.status === status).reduce((n, c) => n + c.count, 0);

@Resolver()
export class AnalyticsResolver {
  @DbQueries(withDocumentCheck(1))
  @Query(() => [ChainCoverage], {
    // Scans every chain: priced as a list of all of them.
    complexity: listCost(CHAIN_ESTIMATE, 20),
    description:
      'Per industrial chain (kind CHAIN: named chains, not industries): its platforms by kind and status; chains with none.',
  })
  async chainCoverage(
    @Arg('onlyUncovered', () => Boolean, {
      defaultValue: false,
      description: 'Only chains with no platform.',
    })
    onlyUncovered: boolean,
    @Arg('document', () => ID, {
      nullable: true,
      description: 'Only chains this document names, platform links it states, statuses it gives.',
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
  ): Promise<ChainCoverage[]> {
    const rows = await ctx.repo.chainCoverage(
      await documentArg(ctx, document),
      basis ?? [],
      selectedEntityProps(info, ['chain']),
    );
    return rows
      .map((r) => ({
        chain: r.entity,
        platformCount: total(r.counts),
        covered: r.counts.length > 0,
        byKindAndStatus: r.counts,
      }))
      .filter((c) => !onlyUncovered || !c.covered);
  }

  // The region check, then the summary.
  @DbQueries(withDocumentCheck(2))
  @Query(() => [RegionSummary], {
    complexity: listCost(REGION_ESTIMATE, 10),
    description:
      'Per region: its platforms (by the region rule) existing vs planned, by kind; with `document`, as that document says.',
  })
  async regionSummary(
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
  ): Promise<RegionSummary[]> {
    const rows = await ctx.repo.regionSummary(
      await optionalEntityArg(ctx, region, ['region'], 'region'),
      await documentArg(ctx, document),
      basis ?? [],
      selectedEntityProps(info, ['region']),
    );
    return rows.map((r) => ({
      region: r.entity,
      total: total(r.counts),
      existing: total(r.counts, 'existing'),
      planned: total(r.counts, 'planned'),
      unknown: total(r.counts, 'unknown'),
      byKindAndStatus: r.counts,
    }));
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
