/**
 * The repository: every read the API makes, by name. Resolvers never see Cypher; the
 * Cypher lives in cypher/api/ and takes parameters only.
 */
import neo4j from 'neo4j-driver';
import type { Basis, RelType } from '../ontology/ontology.js';
import type { Database, ReadOptions } from '../neo4j/driver.js';
import { cypher } from '../neo4j/cypher-files.js';
import { HUB_DOC_STRIDE, storedCounts, variantIndex } from '../semantics/aggregates.js';
import { normaliseKey } from '../semantics/search-keys.js';
import {
  asBasis,
  asKind,
  asStatus,
  parseCitations,
  toEntityRecord,
  toMentionRecord,
  type EntityRecord,
  type MentionRecord,
  type SectionRecord,
  toSectionRecord,
  sectionTree,
} from './records.js';
import {
  boundedShortestPaths,
  DEFAULT_PATHS_BUDGET_MS,
  DEFAULT_PATHS_MAX_NODES,
  type PathSearchLimits,
} from './path-search.js';
import { escapeSearchText } from './search-query.js';
import { withWhere, type WherePredicate } from './where-reads.js';

type Row = Record<string, unknown>;
type Props = Readonly<Record<string, unknown>>;

const props = (v: unknown): Props => (typeof v === 'object' && v !== null ? (v as Props) : {});
const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.map((x) => ({ ...props(x) })) : []);
const optionalString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

import {
  SCAN_FILES,
  type AnchorType,
  type EntityFilter,
  type EntityScan,
  type FilterAnchor,
} from './entity-scan.js';
import {
  denseDegree,
  MAX_PATH_HOPS,
  relatedKeyString,
  type ChainCoverageRecord,
  type CoverageRecord,
  type Direction,
  type DocumentFactRecord,
  type GraphEdgeRecord,
  type HubRecord,
  type KindStatusCount,
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
  asKeySource,
  compareRanks,
  MATCH_RANK,
  MIN_FUZZY_SHARE,
  SOURCE_RANK,
  typedShare,
  type MatchType,
  type SearchHitRecord,
} from './search-ranking.js';

export * from './entity-scan.js';
export * from './read-records.js';
export * from './search-ranking.js';
export { DEFAULT_PATHS_BUDGET_MS, DEFAULT_PATHS_MAX_NODES, PathSearchBudgetError } from './path-search.js';

/** Code-unit order, as Cypher's ORDER BY sorts strings. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const edgeOf = (r: Row): GraphEdgeRecord => {
  const role = optionalString(r.role);
  return {
    source: String(r.source),
    type: String(r.type),
    target: String(r.target),
    basis: asBasis(r.basis),
    ...(role === undefined ? {} : { role }),
  };
};

const countsOf = (v: unknown): KindStatusCount[] =>
  rows(v).map((c) => ({ kind: asKind(c.kind), status: asStatus(c.status), count: Number(c.count) }));
/**
 * An entity from a full property map, or from the `values` of the properties `fields` names
 * (a partial record: only what the request reads; never primed into the entity loader).
 */
const entityOf = (full: unknown, fields: readonly string[] | undefined, values: unknown): EntityRecord => {
  if (fields === undefined) return toEntityRecord(props(full));
  const list = Array.isArray(values) ? values : [];
  return toEntityRecord(Object.fromEntries(fields.map((f, i): [string, unknown] => [f, list[i]])));
};
/** Counts derived at load time (semantics/aggregates.ts), for one basis. */
const storedOf = (v: unknown, basis: readonly Basis[]): KindStatusCount[] =>
  storedCounts(v, basis).map(([kind, status, count]) => ({ kind, status, count }));

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

  /**
   * Exact name first, then aliases/abbreviations/English/pinyin typed in full, then prefixes,
   * then full-text: each hit says how it matched.
   */
  async search(text: string, kinds: readonly string[], first: number): Promise<SearchHitRecord[]> {
    const key = normaliseKey(text);
    const query = escapeSearchText(text);
    const [keyed, fuzzy] = await Promise.all([
      key === ''
        ? Promise.resolve([])
        : this.read('api/search-keys', { key, kinds, cap: neo4j.int(Math.max(50, first * 5)) }),
      query === ''
        ? Promise.resolve([])
        : this.read('api/search', { query, kinds, first: neo4j.int(first * 2) }),
    ]);
    const scores = new Map<string, number>();
    for (const r of fuzzy) scores.set(String(props(r.entity).id), Number(r.score));
    const best = new Map<string, { hit: SearchHitRecord; rank: number[] }>();
    const offer = (hit: SearchHitRecord, rank: number[]): void => {
      const had = best.get(hit.entity.id);
      if (had === undefined || compareRanks(rank, had.rank) < 0) best.set(hit.entity.id, { hit, rank });
    };
    for (const r of keyed) {
      const entity = toEntityRecord(props(r.entity));
      const matched = String(r.key);
      const source = asKeySource(r.source);
      const matchType: MatchType = matched !== key ? 'prefix' : source === 'name' ? 'exact' : 'alias';
      offer(
        { entity, score: scores.get(entity.id) ?? 0, matchType, matchedOn: source, matched },
        // Closer keys first: a prefix that leaves fewer characters is nearer to what was typed.
        [MATCH_RANK[matchType], matched.length - key.length, SOURCE_RANK[source], 0],
      );
    }
    fuzzy.forEach((r, i) => {
      const entity = toEntityRecord(props(r.entity));
      // Full text matches on any shared character pair: keep only hits that hold most of what
      // was typed, so that an empty answer says that nothing matched (issue 16, defect 7).
      const names = [entity.name, ...entity.aliases, ...entity.abbreviations, entity.nameEn ?? ''];
      if (typedShare(key, names.map(normaliseKey)) < MIN_FUZZY_SHARE) return;
      offer(
        { entity, score: Number(r.score), matchType: 'fuzzy', matchedOn: 'full_text', matched: entity.name },
        [MATCH_RANK.fuzzy, 0, 0, i],
      );
    });
    return [...best.values()]
      .sort((a, b) => compareRanks(a.rank, b.rank) || a.hit.entity.id.localeCompare(b.hit.entity.id))
      .slice(0, first)
      .map(({ hit }) => hit);
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

  async entitiesCount(filter: EntityFilter, scan: EntityScan): Promise<number> {
    const found = await this.read(SCAN_FILES[scan.from][1], { ...this.scanParams(filter, scan), after: '' });
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

  private async relatedOf(
    keys: readonly RelatedKey[],
    where: WherePredicate | null,
  ): Promise<RelatedItem[][]> {
    const params = {
      ...(where?.params ?? {}),
      keys: keys.map((k) => ({
        id: k.id,
        types: k.types,
        dir: k.dir,
        document: k.document,
        basis: k.basis,
        roles: k.roles,
      })),
    };
    const found =
      where === null
        ? await this.read('api/related', params)
        : await this.run(withWhere('api/related-where', where), params);
    const byKey = new Map(
      found.map((r) => {
        const dir: Direction = r.dir === 'in' ? 'in' : 'out';
        const key = relatedKeyString({
          id: String(r.id),
          dir,
          types: (r.types as string[]).map(String),
          document: optionalString(r.document) ?? null,
          basis: (Array.isArray(r.basis) ? r.basis : []).map(asBasis),
          roles: (r.roles as string[]).map(String),
        });
        const items = rows(r.items).map((it): RelatedItem => {
          const rel = props(it.rel);
          const role = optionalString(rel.role);
          const reason = optionalString(rel.reason);
          const reasonEn = optionalString(rel.reasonEn);
          return {
            type: String(it.type) as RelType,
            direction: dir,
            ...(role === undefined ? {} : { role }),
            basis: asBasis(rel.basis),
            ...(reason === undefined ? {} : { reason }),
            ...(reasonEn === undefined ? {} : { reasonEn }),
            documents: Array.isArray(rel.docs) ? rel.docs.map(String) : [],
            citations: parseCitations(rel.citations),
            node: toEntityRecord(props(it.node)),
          };
        });
        return [key, items] as const;
      }),
    );
    return keys.map((k) => byKey.get(relatedKeyString(k)) ?? []);
  }

  /** What each document says of each entity, oldest document first. */
  async mentions(ids: readonly string[]): Promise<MentionRecord[][]> {
    const found = await this.read('api/mentions', { ids });
    const byId = new Map<string, MentionRecord[]>();
    for (const r of found) {
      const m = toMentionRecord(String(r.entity), String(r.document), r.date, props(r.fact));
      byId.set(m.entity, [...(byId.get(m.entity) ?? []), m]);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /**
   * The neighbourhood of `id`: breadth-first, one query per level, stopping at `limit`
   * nodes (then `truncated`). Only edges whose both ends are kept are returned. A hub is never
   * read whole (expand.cypher): a level asks for one more new node than it may keep, so that
   * finding it means truncated. Rows are taken in (source, type, target) order, so an answer
   * that is not truncated does not depend on how Neo4j stores the relationships; such an answer
   * also gets the links between two hubs (one more query), which a truncated one may lack.
   */
  async neighbourhood(
    id: string,
    depth: number,
    types: readonly string[],
    nodesFilter: NodeFilter,
    links: LinkFilter,
    limit: number,
  ): Promise<SubgraphRecord | undefined> {
    const [start] = await this.entitiesByIds([id]);
    if (!start) return undefined;
    const nodes = new Map<string, EntityRecord>([[id, start]]);
    const edges = new Map<string, GraphEdgeRecord>();
    const hubPairs: [string, string][] = [];
    let frontier = [id];
    let truncated = false;
    const linkParams = { types, document: links.document, basis: links.basis };
    const addEdge = (r: Row): void => {
      const e = edgeOf(r);
      edges.set(`${e.source}|${e.type}|${e.target}`, e);
    };
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
      const remaining = limit - nodes.size;
      const [found] = await this.read('api/expand', {
        frontier,
        known: [...nodes.keys()],
        // One more than may be kept: finding it means truncated.
        want: neo4j.int(remaining + 1),
        dense: neo4j.int(denseDegree(limit)),
        ...nodesFilter,
        ...linkParams,
      });
      const fresh = new Map(rows(found?.nodes).map((p) => [String(p.id), toEntityRecord(p)]));
      truncated = fresh.size > remaining;
      const next: string[] = [];
      const admit = (nodeId: string): void => {
        const node = fresh.get(nodeId);
        if (node === undefined || nodes.has(nodeId) || nodes.size >= limit) return;
        nodes.set(nodeId, node);
        next.push(nodeId);
      };
      // New nodes join in the order of their links (source, type, target), as the old single
      // sorted read did; one linked only to a hub by a pending link joins after, by id.
      const levelEdges = rows(found?.edges)
        .map(edgeOf)
        .sort(
          (a, b) =>
            compareText(a.source, b.source) || compareText(a.type, b.type) || compareText(a.target, b.target),
        );
      for (const e of levelEdges) {
        admit(e.source);
        admit(e.target);
        edges.set(`${e.source}|${e.type}|${e.target}`, e);
      }
      for (const nodeId of [...fresh.keys()].sort(compareText)) admit(nodeId);
      for (const pair of Array.isArray(found?.pending) ? (found.pending as unknown[]).flat() : [])
        if (Array.isArray(pair)) hubPairs.push([String(pair[0]), String(pair[1])]);
      frontier = next;
    }
    const pairs = hubPairs.filter(([a, b]) => nodes.has(a) && nodes.has(b));
    if (!truncated && pairs.length > 0)
      for (const r of await this.read('api/expand-hub-links', { pairs, ...linkParams })) addEdge(r);
    const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
    return { nodes: [...nodes.values()], edges: kept, truncated };
  }

  /** Every entity of `kinds` (up to `limit`) and the relationships among them. */
  async overview(kinds: readonly string[], types: readonly string[], limit: number): Promise<SubgraphRecord> {
    const found = await this.read('api/overview-nodes', { kinds, limit: neo4j.int(limit + 1) });
    const nodes = found.slice(0, limit).map((r) => toEntityRecord(props(r.node)));
    const edges = await this.read('api/overview-edges', { ids: nodes.map((n) => n.id), types });
    return { nodes, edges: edges.map(edgeOf), truncated: found.length > limit };
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
    nodesFilter: Omit<NodeFilter, 'kinds'>,
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
    return found.map((r) => ({
      nodes: rows(r.nodes).map(toEntityRecord),
      edges: rows(r.edges).map(edgeOf),
    }));
  }

  /**
   * Without a document the counts were derived at load time; with one, counted from its links.
   * `fields`: the chain properties to read (see graphql/selection.ts), all when omitted.
   */
  async chainCoverage(
    document: string | null,
    basis: readonly Basis[],
    fields?: readonly string[],
  ): Promise<ChainCoverageRecord[]> {
    const wanted = { fields: fields ?? null };
    if (document !== null) {
      const found = await this.read('api/chain-coverage-document', { document, basis, ...wanted });
      return found.map((r) => ({
        entity: entityOf(r.chain, fields, r.values),
        counts: countsOf(r.counts),
        reliedOnUnits: Number(r.reliedOnUnits),
      }));
    }
    const found = await this.read('api/chain-coverage', { basis, ...wanted });
    return found.map((r) => ({
      entity: entityOf(r.chain, fields, r.values),
      counts: storedOf(r.coverage, basis),
      reliedOnUnits: Number(r.reliedOnUnits),
    }));
  }

  async regionSummary(
    region: string | null,
    document: string | null,
    basis: readonly Basis[],
    fields?: readonly string[],
  ): Promise<CoverageRecord[]> {
    const wanted = { fields: fields ?? null };
    if (document !== null) {
      const found = await this.read('api/region-summary-document', { region, document, basis, ...wanted });
      return found.map((r) => ({ entity: entityOf(r.region, fields, r.values), counts: countsOf(r.counts) }));
    }
    const found = await this.read('api/region-summary', { region, ...wanted });
    return found.map((r) => ({
      entity: entityOf(r.region, fields, r.values),
      counts: storedOf(r.summary, basis),
    }));
  }

  async hubs(
    kinds: readonly string[],
    first: number,
    links: Omit<LinkFilter, 'roles'>,
    includePlaceholders: boolean,
  ): Promise<HubRecord[]> {
    const found =
      links.document === null
        ? await this.read('api/hubs', {
            kinds,
            first: neo4j.int(first),
            variant: neo4j.int(variantIndex(links.basis)),
            includePlaceholders,
          })
        : await this.read('api/hubs-document', {
            kinds,
            first: neo4j.int(first),
            document: links.document,
            variant: neo4j.int(variantIndex(links.basis)),
            stride: neo4j.int(HUB_DOC_STRIDE),
            includePlaceholders,
          });
    return found.map((r) => ({
      institution: toEntityRecord(props(r.institution)),
      platformCount: Number(r.platformCount),
      chainCount: Number(r.chainCount),
    }));
  }

  /** The entities joined to `id` by CONTINUES, itself included, with their links. */
  async lineage(id: string): Promise<LineageRecord[]> {
    const found = await this.read('api/lineage', { id });
    return found.map((r) => ({
      entity: toEntityRecord(props(r.entity)),
      continues: rows(r.continues).map((c) => {
        const rel = props(c.rel);
        const role = optionalString(rel.role);
        const reason = optionalString(rel.reason);
        const reasonEn = optionalString(rel.reasonEn);
        return {
          to: String(c.to),
          ...(role === undefined ? {} : { role }),
          basis: asBasis(rel.basis),
          ...(reason === undefined ? {} : { reason }),
          ...(reasonEn === undefined ? {} : { reasonEn }),
          citations: parseCitations(rel.citations),
        };
      }),
    }));
  }

  /** Entities of `kinds` cited by either document, with what that document says. */
  async documentEntities(from: string, to: string, kinds: readonly string[]): Promise<DocumentFactRecord[]> {
    const found = await this.read('api/document-entities', { from, to, kinds });
    return found.map((r) => {
      const entity = toEntityRecord(props(r.entity));
      return { entity, mention: toMentionRecord(entity.id, String(r.document), r.date, props(r.fact)) };
    });
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
    if (ids.length === 0) return [];
    const found = await this.read('api/lineage-counterparts', { ids, other, forward });
    return found.map((r) => {
      const counterpart = toEntityRecord(props(r.counterpart));
      return {
        id: String(r.id),
        counterpart,
        mention: toMentionRecord(counterpart.id, other, undefined, props(r.fact)),
        steps: Number(r.steps),
        roles: (Array.isArray(r.roles) ? r.roles : []).flatMap((x) => {
          const role = optionalString(x);
          return role === undefined ? [] : [role];
        }),
        bases: (Array.isArray(r.bases) ? r.bases : []).map(asBasis),
      };
    });
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
