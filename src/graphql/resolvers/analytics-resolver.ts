/** Planner analytics over the whole graph. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { ACTOR_KINDS, type Basis, type Kind, type Level } from '../../ontology/ontology.js';
import type { ChainCoverageRecord, KindStatusCount } from '../../repository/graph-repository.js';
import { documentArg, optionalEntityArg } from '../arguments.js';
import { DbQueries, listCost, withDocumentCheck } from '../budget.js';
import type { Context } from '../context.js';
import { BasisEnum, KindEnum, LevelEnum } from '../enums.js';
import { badUserInput } from '../errors.js';
import { listPage } from '../list-page.js';
import { selectedEntityProps, selectedFields } from '../selection.js';
import {
  ChainCoverageConnection,
  CoverageSource,
  DEFAULT_COVERED_BY,
  Hub,
  RegionOrder,
  RegionSummaryConnection,
  type ChainCoverage,
} from '../types/analytics.js';

export const MAX_HUBS = 100;
/** Chinese names in pinyin order (ICU's zh collation), as a planner's index reads them. */
const PINYIN = new Intl.Collator('zh-u-co-pinyin');
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

/** Whether `nodes { field }` or `edges { node { field } }` is selected. */
const selectsItemField = (info: GraphQLResolveInfo, field: string): boolean =>
  [['nodes'], ['edges', 'node']].some((path) =>
    selectedFields(info, path).some((f) => f.name.value === field),
  );

const total = (cs: readonly KindStatusCount[], status?: string): number =>
  cs.filter((c) => status === undefined || c.status === status).reduce((n, c) => n + c.count, 0);

@Resolver()
export class AnalyticsResolver {
  // The chains in order, then the page's chains (with a document: the chains, then the page's
  // relied-on units when selected and not decided by coveredBy).
  @DbQueries(withDocumentCheck(2))
  @Query(() => ChainCoverageConnection, {
    // Reads every chain's id in order, then the page's chains in full (one stored property each).
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
    const doc = await documentArg(ctx, document);
    const fields = itemProps(info, 'chain');
    const unitsSelected = selectsItemField(info, 'reliedOnUnitCount');
    const isCovered = (platforms: boolean, units: number | null): boolean =>
      (byPlatforms && platforms) || (byUnits && (units ?? 0) > 0);
    // A stable partition keeps the name order within each part.
    const arrange = <T extends { covered: boolean }>(all: T[]): T[] => {
      const kept = all.filter((c) => !onlyUncovered || !c.covered);
      return uncoveredFirst ? [...kept.filter((c) => !c.covered), ...kept.filter((c) => c.covered)] : kept;
    };
    const coverage = (r: ChainCoverageRecord, covered: boolean, units: number | null): ChainCoverage => ({
      chain: r.entity,
      platformCount: total(r.counts),
      reliedOnUnitCount: units ?? 0,
      covered,
      byKindAndStatus: r.counts,
    });
    if (doc === null) {
      // Every chain in order, with what decides its coverage only when the order depends on it
      // (every chain's relied-on units only when they decide it: they are most of the work at
      // 1M), then the page's chains in full.
      const decide = onlyUncovered || uncoveredFirst;
      const order = await ctx.repo.chainCoverageOrder(basis ?? [], decide, decide && byUnits);
      const items = arrange(
        order.map((o) => ({ ...o, covered: decide && isCovered(o.platforms, o.reliedOnUnits) })),
      );
      const page = listPage(items, (c) => c.id, 'cc:', size, after);
      const rows = await ctx.repo.chainCoverageOf(
        page.nodes.map((c) => c.id),
        basis ?? [],
        fields,
        unitsSelected || (byUnits && !decide),
      );
      const byId = new Map(rows.map((r) => [r.entity.id, r]));
      const full = new Map(
        page.nodes.flatMap((c) => {
          const r = byId.get(c.id);
          if (!r) return [];
          const units = c.reliedOnUnits ?? r.reliedOnUnits;
          const covered = decide ? c.covered : isCovered(r.counts.length > 0, units);
          return [[c.id, coverage(r, covered, units)] as const];
        }),
      );
      // A chain deleted between the two reads is left out of the page.
      const edges = page.edges.flatMap((e) => {
        const node = full.get(e.node.id);
        return node ? [{ cursor: e.cursor, node }] : [];
      });
      return { ...page, edges, nodes: edges.map((e) => e.node) };
    }
    // With a document the counts are live and per chain: one read of the document's chains.
    const rows = await ctx.repo.chainCoverage(doc, basis ?? [], fields, byUnits);
    const chains = arrange(
      rows.map((r) => coverage(r, isCovered(r.counts.length > 0, r.reliedOnUnits), r.reliedOnUnits)),
    );
    const page = listPage(chains, (c) => c.chain.id, 'cc:', size, after);
    if (!byUnits && unitsSelected) {
      const units = await ctx.repo.chainReliedOnUnits(
        page.nodes.map((c) => c.chain.id),
        doc,
        basis ?? [],
      );
      // The page's nodes are its edges' nodes too (the same objects).
      for (const c of page.nodes) c.reliedOnUnitCount = units.get(c.chain.id) ?? 0;
    }
    return page;
  }

  // The region checks (region, within), then the summary.
  @DbQueries((args) => withDocumentCheck(1)(args) + (args.region != null || args.within != null ? 1 : 0))
  @Query(() => RegionSummaryConnection, {
    complexity: pageCost(10),
    description:
      'Per region: its platforms (by the region rule) existing vs planned, by kind; with `document`, as that document places and says them (the rule of `entities(filter: {document, region})`). Counts per city of Liaoning: `regionSummary(levels: [MUNICIPAL], within: "region:liaoning")`. A page at a time, most platforms first unless `orderBy` says otherwise. Only regions a source document names are in the graph: no document names 辽阳市 or 铁岭市, so Liaoning has 12 cities here, and these two are never listed (not even with 0).',
  })
  async regionSummary(
    @PageSizeArg() first: number,
    @AfterArg() after: string | null | undefined,
    @Arg('region', () => ID, { nullable: true, description: 'One region; all when omitted.' })
    region: string | null | undefined,
    @Arg('levels', () => [LevelEnum], {
      nullable: true,
      description:
        'Only regions of these levels: MUNICIPAL for cities (市), PROVINCIAL for provinces; districts, counties and areas (辽西地区) are UNKNOWN. Any level when omitted.',
    })
    levels: Level[] | null | undefined,
    @Arg('within', () => ID, {
      nullable: true,
      description:
        'Only regions inside this region by the region rule (region:liaoning: the cities, districts and areas of Liaoning, not 深圳 or 安徽). Anywhere when omitted.',
    })
    within: string | null | undefined,
    @Arg('orderBy', () => RegionOrder, {
      defaultValue: RegionOrder.TOTAL,
      description: 'TOTAL (most platforms first, the default), NAME (pinyin) or ID.',
    })
    orderBy: RegionOrder,
    @Arg('document', () => ID, {
      nullable: true,
      description:
        'Only platforms this document cites and places in the region (it cites their own first link on the way), with the status it gives them.',
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
    const scope = {
      region: await optionalEntityArg(ctx, region, ['region'], 'region'),
      levels: levels ?? [],
      within: await optionalEntityArg(ctx, within, ['region'], 'within'),
    };
    // The name is needed to order by it, whatever the selection asks.
    const props = itemProps(info, 'region');
    const rows = await ctx.repo.regionSummary(
      scope,
      await documentArg(ctx, document),
      basis ?? [],
      orderBy !== RegionOrder.ID && !props.includes('name') ? [...props, 'name'] : props,
    );
    const regions = rows.map((r) => ({
      region: r.entity,
      total: total(r.counts),
      existing: total(r.counts, 'existing'),
      planned: total(r.counts, 'planned'),
      unknown: total(r.counts, 'unknown'),
      byKindAndStatus: r.counts,
    }));
    const byName = (a: (typeof regions)[number], b: (typeof regions)[number]): number =>
      PINYIN.compare(a.region.name, b.region.name) || a.region.id.localeCompare(b.region.id);
    if (orderBy === RegionOrder.NAME) regions.sort(byName);
    else if (orderBy === RegionOrder.TOTAL) regions.sort((a, b) => b.total - a.total || byName(a, b));
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
