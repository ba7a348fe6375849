/** Planner analytics over the whole graph. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS, type Kind } from '../../ontology/ontology.js';
import type { KindStatusCount } from '../../repository/graph-repository.js';
import type { Context } from '../context.js';
import { KindEnum } from '../enums.js';
import { badUserInput } from '../errors.js';
import { ChainCoverage, Hub, RegionSummary } from '../types/analytics.js';

export const MAX_HUBS = 100;

const total = (cs: readonly KindStatusCount[], status?: string): number =>
  cs.filter((c) => status === undefined || c.status === status).reduce((n, c) => n + c.count, 0);

@Resolver()
export class AnalyticsResolver {
  @Query(() => [ChainCoverage], {
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

  @Query(() => [RegionSummary], { description: 'Per region: platforms existing vs planned, by kind.' })
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

  @Query(() => [Hub], { description: 'Institutions ranked by the platforms and chains they connect.' })
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
