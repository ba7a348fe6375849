/**
 * The repository: every read the API makes, by name. Resolvers never see Cypher; the
 * Cypher lives in cypher/api/ and takes parameters only.
 */
import neo4j from 'neo4j-driver';
import type { Basis } from '../ontology/ontology.js';
import type { Database, ReadOptions } from '../neo4j/driver.js';
import { cypher } from '../neo4j/cypher-files.js';
import { countedPageStatement, countStoreStatement } from './counted-page.js';
import {
  chainCoverage,
  chainCoverageOf,
  chainCoverageOrder,
  chainReliedOnUnits,
  type ChainOrderRecord,
  hubs,
  regionSummary,
  type RegionScope,
} from './aggregate-reads.js';
import {
  countsByLabel,
  SCAN_FILES,
  type AnchorType,
  type EntityFilter,
  type EntityScan,
  type FilterAnchor,
} from './entity-scan.js';
import { coveringWholes, documentEntities, lineage, lineageCounterparts } from './lineage-reads.js';
import {
  boundedShortestPaths,
  DEFAULT_PATHS_BUDGET_MS,
  DEFAULT_PATHS_MAX_NODES,
  type PathSearchLimits,
} from './path-search.js';
import {
  MAX_PATH_HOPS,
  type ChainCoverageRecord,
  type CoverageRecord,
  type DocumentFactRecord,
  type GraphEdgeRecord,
  type HubRecord,
  type LineageCounterpartRecord,
  type LineageRecord,
  type LinkFilter,
  type NodeFilter,
  type PathRecord,
  type RelatedItem,
  type RelatedKey,
  type SubgraphRecord,
} from './read-records.js';
import {
  sectionTree,
  toEntityRecord,
  toSectionRecord,
  type EntityRecord,
  type MentionRecord,
  type SectionRecord,
} from './records.js';
import { mentions, relatedOf } from './related-reads.js';
import { edgeOf, props, rows, type NamedRead, type Row } from './row-decoding.js';
import { searchEntities } from './search-read.js';
import type { SearchHitRecord } from './search-ranking.js';
import { neighbourhood, overview } from './subgraph-reads.js';
import { withWhere, type WherePredicate } from './where-reads.js';

// The records and helpers every caller needs, from the one module they import.
export * from './entity-scan.js';
export * from './read-records.js';
export * from './search-ranking.js';
export { DEFAULT_PATHS_BUDGET_MS, DEFAULT_PATHS_MAX_NODES, PathSearchBudgetError } from './path-search.js';

export interface RepositoryOptions {
  /** Safety net on a paths search's wall time (INNOGRAPH_PATHS_BUDGET_MS). */
  readonly pathsBudgetMs?: number;
  /** Work bound of a paths search: nodes reached in all (INNOGRAPH_PATHS_MAX_NODES). */
  readonly pathsMaxNodes?: number;
}

export class GraphRepository {
  /** Number of Cypher queries issued, for tests that check batching. */
  queryCount = 0;
  private readonly pathLimits: PathSearchLimits;
  /** This repository's counted read, for the read modules. */
  private readonly named: NamedRead = (name, params, options) => this.read(name, params, options);

  constructor(
    private readonly db: Database,
    options: RepositoryOptions = {},
  ) {
    this.pathLimits = {
      safetyNetMs: options.pathsBudgetMs ?? DEFAULT_PATHS_BUDGET_MS,
      maxNodes: options.pathsMaxNodes ?? DEFAULT_PATHS_MAX_NODES,
    };
  }

  private async read(
    name: string,
    params: Record<string, unknown> = {},
    options?: ReadOptions,
  ): Promise<Row[]> {
    return this.run(cypher(name), params, options);
  }

  private async run(
    statement: string,
    params: Record<string, unknown>,
    options?: ReadOptions,
  ): Promise<Row[]> {
    this.queryCount += 1;
    const r = await this.db.read(statement, params, options);
    return r.records.map((rec) => rec.toObject());
  }

  /** A page of entities matching a compiled `where`, ordered by id. */
  async entitiesWherePage(
    where: WherePredicate,
    after: string | null,
    first: number,
  ): Promise<{ items: EntityRecord[]; hasNext: boolean }> {
    const found = await this.run(withWhere('api/entities-where-page', where), {
      ...where.params,
      after: after ?? '',
      limit: neo4j.int(first + 1),
    });
    const items = found.map((r) => toEntityRecord(props(r.entity)));
    return { items: items.slice(0, first), hasNext: items.length > first };
  }

  async entitiesWhereCount(where: WherePredicate): Promise<number> {
    const found = await this.run(withWhere('api/entities-where-count', where), { ...where.params });
    return Number(found[0]?.total ?? 0);
  }

  /** Whether each document cites anything in each section (by path or label). */
  async sectionsKnown(pairs: readonly { document: string; section: string }[]): Promise<boolean[]> {
    if (pairs.length === 0) return [];
    const found = await this.read('api/sections-known', {
      pairs: pairs.map((p) => ({ document: p.document, section: p.section })),
    });
    const known = new Map(found.map((r) => [Number(r.i), r.known === true]));
    return pairs.map((_, i) => known.get(i) ?? false);
  }

  /** Entities in the order of `ids`; undefined where an id is unknown. */
  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | undefined)[]> {
    const found = await this.read('api/entities-by-ids', { ids });
    const byId = new Map(
      found.map((r) => {
        const e = toEntityRecord(props(r.entity));
        return [e.id, e] as const;
      }),
    );
    return ids.map((id) => byId.get(id));
  }

  /** The source documents, oldest first. */
  async documents(): Promise<EntityRecord[]> {
    return (await this.read('api/documents')).map((r) => toEntityRecord(props(r.entity)));
  }

  /** A document's sections as a tree (top level first, in line order), with their cited entities. */
  async documentSections(document: string): Promise<SectionRecord[]> {
    const found = await this.read('api/document-sections', { document });
    return sectionTree(
      found.map((r) => toSectionRecord(props(r.section), (r.entities as string[]).map(String))),
    );
  }

  /** Ranked search hits (search-read.ts). */
  async search(text: string, kinds: readonly string[], first: number): Promise<SearchHitRecord[]> {
    return searchEntities(this.named, text, kinds, first);
  }

  /** The entities a filter names, with their member counts; unknown ids are left out. */
  async filterAnchors(anchors: readonly { type: AnchorType; id: string }[]): Promise<FilterAnchor[]> {
    if (anchors.length === 0) return [];
    const found = await this.read('api/filter-anchors', { anchors });
    return found.map((r) => {
      const entity = toEntityRecord(props(r.entity));
      return { type: String(r.type) as AnchorType, id: entity.id, entity, degree: Number(r.degree) };
    });
  }

  private scanParams(filter: EntityFilter, scan: EntityScan): Record<string, unknown> {
    return {
      ...filter,
      anchorType: scan.from === 'anchor' ? scan.type : null,
      anchor: scan.from === 'anchor' ? scan.id : null,
    };
  }

  async entitiesPage(
    filter: EntityFilter,
    scan: EntityScan,
    after: string | null,
    first: number,
  ): Promise<{ items: EntityRecord[]; hasNext: boolean }> {
    // One extra row tells whether there is a next page. Ids are never empty: '' starts at the first.
    const found = await this.read(SCAN_FILES[scan.from][0], {
      ...this.scanParams(filter, scan),
      after: after ?? '',
      limit: neo4j.int(first + 1),
    });
    const items = found.map((r) => toEntityRecord(props(r.entity)));
    return { items: items.slice(0, first), hasNext: items.length > first };
  }

  /**
   * A page and its totalCount in one statement and one record (counted-page.ts), for a filter
   * that names nothing but kinds (`countsByLabel`); undefined for any other filter. The entities
   * hold the properties `fields` names (and id, kind) only: never to be primed into the entity loader.
   */
  async entitiesPageCounted(
    filter: EntityFilter,
    scan: EntityScan,
    after: string | null,
    first: number,
    fields: readonly string[],
  ): Promise<{ items: EntityRecord[]; hasNext: boolean; total: number } | undefined> {
    if (!countsByLabel(filter) || scan.from === 'anchor') return undefined;
    const found = await this.run(
      countedPageStatement(filter.kinds, cypher(SCAN_FILES[scan.from][0]), fields),
      {
        ...this.scanParams(filter, scan),
        after: after ?? '',
        limit: neo4j.int(first + 1),
      },
    );
    const row = found[0];
    const items = (Array.isArray(row?.entities) ? row.entities : []).map((e: unknown) =>
      toEntityRecord(props(e)),
    );
    return {
      items: items.slice(0, first),
      hasNext: items.length > first,
      total: Number(row?.total ?? 0),
    };
  }

  async entitiesCount(filter: EntityFilter, scan: EntityScan): Promise<number> {
    const found = countsByLabel(filter)
      ? await this.run(countStoreStatement(filter.kinds), {})
      : await this.read(SCAN_FILES[scan.from][1], { ...this.scanParams(filter, scan), after: '' });
    return Number(found[0]?.total ?? 0);
  }

  /** Relationships for many keys in one query, in key order. */
  async related(keys: readonly RelatedKey[]): Promise<RelatedItem[][]> {
    return this.relatedOf(keys, null);
  }

  /**
   * As `related`, keeping only the entities at the other end that match a compiled `where`
   * (one `where` for the whole batch).
   */
  async relatedWhere(keys: readonly RelatedKey[], where: WherePredicate): Promise<RelatedItem[][]> {
    return this.relatedOf(keys, where);
  }

  private relatedOf(keys: readonly RelatedKey[], where: WherePredicate | null): Promise<RelatedItem[][]> {
    return relatedOf(this.named, (statement, params) => this.run(statement, params), keys, where);
  }

  /** What each document says of each entity, oldest document first. */
  async mentions(ids: readonly string[]): Promise<MentionRecord[][]> {
    return mentions(this.named, ids);
  }

  /** The bounded neighbourhood of `id` (subgraph-reads.ts); undefined when `id` is unknown. */
  async neighbourhood(
    id: string,
    depth: number,
    types: readonly string[],
    nodesFilter: NodeFilter,
    links: LinkFilter,
    limit: number,
  ): Promise<SubgraphRecord | undefined> {
    return neighbourhood(
      this.named,
      (ids) => this.entitiesByIds(ids),
      id,
      depth,
      types,
      nodesFilter,
      links,
      limit,
    );
  }

  /** Every entity of `kinds` (up to `limit`) and the relationships among them. */
  async overview(kinds: readonly string[], types: readonly string[], limit: number): Promise<SubgraphRecord> {
    return overview(this.named, kinds, types, limit);
  }

  /**
   * All shortest paths of at most `maxHops` relationships, found by a search bounded by the work
   * it does (path-search.ts); past its bound, a PathSearchBudgetError (never a bare timeout).
   */
  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly string[],
    /** What a path may pass through; `includeMemberships`: membership links too (path-search.ts). */
    nodesFilter: Omit<NodeFilter, 'kinds'> & { readonly includeMemberships: boolean },
    links: Omit<LinkFilter, 'roles'>,
    limit: number,
  ): Promise<PathRecord[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS)
      throw new RangeError(`maxHops must be an integer between 1 and ${MAX_PATH_HOPS} (got ${maxHops})`);
    const found = await boundedShortestPaths(
      (name, params, options) => this.read(name, params, options),
      this.pathLimits,
      from,
      to,
      maxHops,
      { types, ...nodesFilter, ...links },
      limit,
    );
    return found.map((r) => {
      const nodes = rows(r.nodes).map(toEntityRecord);
      const hops: GraphEdgeRecord[][] = nodes.slice(1).map(() => []);
      for (const e of rows(r.edges)) hops[Number(e.hop)]?.push(edgeOf(e));
      return { nodes, hops };
    });
  }

  /**
   * Without a document the counts were derived at load time; with one, counted from its links.
   * `fields`: the chain properties to read (see graphql/selection.ts), all when omitted;
   * `units`: whether to count every chain's relied-on units (aggregate-reads.ts).
   */
  async chainCoverage(
    document: string | null,
    basis: readonly Basis[],
    fields?: readonly string[],
    units = true,
  ): Promise<ChainCoverageRecord[]> {
    return chainCoverage(this.named, document, basis, fields, units);
  }

  /** chainCoverage without a document, first read: every chain in order (aggregate-reads.ts). */
  async chainCoverageOrder(
    basis: readonly Basis[],
    covered: boolean,
    units: boolean,
  ): Promise<ChainOrderRecord[]> {
    return chainCoverageOrder(this.named, basis, covered, units);
  }

  /** chainCoverage without a document, second read: the chains of one page, in that order. */
  async chainCoverageOf(
    ids: readonly string[],
    basis: readonly Basis[],
    fields: readonly string[] | undefined,
    units: boolean,
  ): Promise<ChainCoverageRecord[]> {
    return chainCoverageOf(this.named, ids, basis, fields, units);
  }

  /** The relied-on units of some chains, as chainCoverage counts them, by chain id. */
  async chainReliedOnUnits(
    ids: readonly string[],
    document: string | null,
    basis: readonly Basis[],
  ): Promise<Map<string, number>> {
    return chainReliedOnUnits(this.named, ids, document, basis);
  }

  async regionSummary(
    scope: RegionScope,
    document: string | null,
    basis: readonly Basis[],
    fields?: readonly string[],
  ): Promise<CoverageRecord[]> {
    return regionSummary(this.named, scope, document, basis, fields);
  }

  async hubs(
    kinds: readonly string[],
    first: number,
    links: Omit<LinkFilter, 'roles'>,
    includePlaceholders: boolean,
  ): Promise<HubRecord[]> {
    return hubs(this.named, kinds, first, links, includePlaceholders);
  }

  /** The entities joined to `id` by CONTINUES, itself included, with their links. */
  async lineage(id: string): Promise<LineageRecord[]> {
    return lineage(this.named, id);
  }

  /** Entities of `kinds` cited by either document, with what that document says. */
  async documentEntities(from: string, to: string, kinds: readonly string[]): Promise<DocumentFactRecord[]> {
    return documentEntities(this.named, from, to, kinds);
  }

  /**
   * Counterparts in document `other` of each of `ids`: what they continue (`forward`: they are
   * the later entities) or what continues them, following CONTINUES one way, up to 3 steps.
   */
  async lineageCounterparts(
    ids: readonly string[],
    other: string,
    forward: boolean,
  ): Promise<LineageCounterpartRecord[]> {
    return lineageCounterparts(this.named, ids, other, forward);
  }

  /** For each of `ids`, the wholes it is PART_OF (up to 3 steps) that `document` cites. */
  async coveringWholes(ids: readonly string[], document: string): Promise<Map<string, EntityRecord[]>> {
    return coveringWholes(this.named, ids, document);
  }

  async stats(): Promise<{ byKind: Map<string, number>; byType: Map<string, number> }> {
    const found = await this.read('api/stats');
    const pick = (what: string): Map<string, number> =>
      new Map(found.filter((r) => r.what === what).map((r) => [String(r.key), Number(r.count)]));
    return { byKind: pick('kind'), byType: pick('type') };
  }

  async documentCount(): Promise<number> {
    const found = await this.read('api/readiness');
    return Number(found[0]?.documents ?? 0);
  }
}
