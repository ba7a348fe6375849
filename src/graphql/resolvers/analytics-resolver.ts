/** Planner analytics over the whole graph. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS, type Kind } from '../../ontology/ontology.js';
import type { KindStatusCount } from '../../repository/graph-repository.js';
import { DbQueries, listCost } from '../budget.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput } from '../errors.js';
import { ChainCoverage, Hub, RegionSummary } from '../types/analytics.js';

export const MAX_HUBS = 100;
/** Cost estimates of the whole-graph lists (the curated graph has about 60 chains and 20 regions). */
const CHAIN_ESTIMATE = 100;
const REGION_ESTIMATE = 50;

const total = (cs: readonly KindStatusCount[], status?: string): number =>
  cs.filter((c) => status === undefined || c.status === status).reduce((n, c) => n + c.count, 0);

@Resolver()
export class AnalyticsResolver {
  @DbQueries(1)
  @Query(() => [ChainCoverage], {
    // Scans every chain: priced as a list of all of them.
    complexity: listCost(CHAIN_ESTIMATE, 20),
    description: 'Per industrial chain: its platforms by kind and status; chains with none.',
  })
  async chainCoverage(
    @Arg('onlyUncovered', () => Boolean, { defaultValue: false }) onlyUncovered: boolean,
    @Arg('document', () => ID, { nullable: true, description: 'Only chains this document names.' })
    document: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ChainCoverage[]> {
    const rows = await ctx.repo.chainCoverage(document ?? null);
    return rows
      .map((r) => ({
        chain: r.entity,
        platformCount: total(r.counts),
        covered: r.counts.length > 0,
        byKindAndStatus: r.counts,
      }))
      .filter((c) => !onlyUncovered || !c.covered) as unknown as ChainCoverage[];
  }

  @DbQueries(1)
  @Query(() => [RegionSummary], {
    description: 'Per region: platforms existing vs planned, by kind.',
    complexity: listCost(REGION_ESTIMATE, 10),
  })
  async regionSummary(
    @Arg('region', () => ID, { nullable: true, description: 'One region; all when omitted.' })
    region: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RegionSummary[]> {
    const rows = await ctx.repo.regionSummary(region ?? null);
    return rows.map((r) => ({
      region: r.entity,
      total: total(r.counts),
      existing: total(r.counts, 'existing'),
      planned: total(r.counts, 'planned'),
      unknown: total(r.counts, 'unknown'),
      byKindAndStatus: r.counts,
    })) as unknown as RegionSummary[];
  }

  @DbQueries(1)
  @Query(() => [Hub], {
    description: 'Institutions ranked by the platforms and chains they connect.',
    complexity: listCost({ arg: 'first', fallback: 20, max: MAX_HUBS }, 10),
  })
  async hubs(
    @Arg('kinds', () => [KindEnum], { nullable: true, description: 'Institution kinds; all when omitted.' })
    kinds: Kind[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Hub[]> {
    if (first < 1 || first > MAX_HUBS) throw badUserInput(`first must be between 1 and ${MAX_HUBS}`, 'first');
    const bad = (kinds ?? []).filter((k) => !(ACTOR_KINDS as string[]).includes(k));
    if (bad.length > 0)
      throw badUserInput(`hubs are institutions; ${bad.join(', ')} is not an institution kind`, 'kinds');
    const rows = await ctx.repo.hubs(kinds ?? [], first);
    return rows.map((h) => ({ ...h, score: h.platformCount + h.chainCount })) as unknown as Hub[];
  }
}
