/**
 * The repository: every read the API makes, by name. Resolvers never see Cypher; the
 * Cypher lives in cypher/api/ and takes parameters only.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../neo4j/driver.js';
import { cypher } from '../neo4j/cypher-files.js';
import { parseCitations, toEntityRecord, type EntityRecord } from './records.js';
import { escapeSearchText } from './search-query.js';

export interface EntityFilter {
  readonly kinds: readonly string[];
  readonly levels: readonly string[];
  readonly statuses: readonly string[];
  readonly region: string | null;
  readonly field: string | null;
  readonly document: string | null;
}

export type Direction = 'out' | 'in';

/** Which relationships of one entity: by types and direction. */
export interface RelatedKey {
  readonly id: string;
  readonly types: readonly string[];
  readonly dir: Direction;
}

export interface RelatedItem {
  readonly type: string;
  readonly direction: Direction;
  readonly basis: string;
  readonly reason?: string;
  readonly citations: EntityRecord['citations'];
  readonly node: EntityRecord;
}

export const relatedKeyString = (k: RelatedKey): string =>
  `${k.id}|${k.dir}|${[...k.types].sort().join(',')}`;

export interface GraphEdgeRecord {
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly basis: string;
}

export interface SubgraphRecord {
  readonly nodes: EntityRecord[];
  readonly edges: GraphEdgeRecord[];
  readonly truncated: boolean;
}

const edgeOf = (r: Record<string, unknown>): GraphEdgeRecord => ({
  source: String(r.source),
  type: String(r.type),
  target: String(r.target),
  basis: typeof r.basis === 'string' ? r.basis : 'stated',
});

export interface KindStatusCount {
  readonly kind: string;
  readonly status: string;
  readonly count: number;
}

export interface CoverageRecord {
  readonly entity: EntityRecord;
  readonly counts: KindStatusCount[];
}

export interface HubRecord {
  readonly institution: EntityRecord;
  readonly platformCount: number;
  readonly chainCount: number;
}

const countsOf = (v: unknown): KindStatusCount[] =>
  (v as Record<string, unknown>[]).map((c) => ({
    kind: String(c.kind),
    status: String(c.status),
    count: Number(c.count),
  }));

export interface SearchHit {
  readonly entity: EntityRecord;
  readonly score: number;
}

export class GraphRepository {
  /** Number of Cypher queries issued, for tests that check batching. */
  queryCount = 0;

  constructor(private readonly db: Database) {}

  private async read(name: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    this.queryCount += 1;
    const r = await this.db.read(cypher(name), params);
    return r.records.map((rec) => rec.toObject());
  }

  /** Entities in the order of `ids`; undefined where an id is unknown. */
  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | undefined)[]> {
    const rows = await this.read('api/entities-by-ids', { ids });
    const byId = new Map(
      rows.map((r) => [(r.entity as { id: string }).id, toEntityRecord(r.entity as Record<string, unknown>)]),
    );
    return ids.map((id) => byId.get(id));
  }

  async search(text: string, kinds: readonly string[], first: number): Promise<SearchHit[]> {
    const query = escapeSearchText(text);
    if (query === '') return [];
    // Cypher's LIMIT needs an integer; JS numbers travel as floats.
    const rows = await this.read('api/search', { query, kinds, first: neo4j.int(first) });
    return rows.map((r) => ({
      entity: toEntityRecord(r.entity as Record<string, unknown>),
      score: Number(r.score),
    }));
  }

  async entitiesPage(
    filter: EntityFilter,
    after: string | null,
    first: number,
  ): Promise<{ items: EntityRecord[]; hasNext: boolean }> {
    // One extra row tells whether there is a next page.
    const rows = await this.read('api/entities-page', { ...filter, after, limit: neo4j.int(first + 1) });
    const items = rows.map((r) => toEntityRecord(r.entity as Record<string, unknown>));
    return { items: items.slice(0, first), hasNext: items.length > first };
  }

  async entitiesCount(filter: EntityFilter): Promise<number> {
    const rows = await this.read('api/entities-count', { ...filter });
    return Number(rows[0]?.total ?? 0);
  }

  /** Relationships for many (entity, types, direction) keys in one query, in key order. */
  async related(keys: readonly RelatedKey[]): Promise<RelatedItem[][]> {
    const rows = await this.read('api/related', {
      keys: keys.map((k) => ({ id: k.id, types: k.types, dir: k.dir })),
    });
    const byKey = new Map(
      rows.map((r) => {
        const key = relatedKeyString({
          id: String(r.id),
          dir: r.dir as Direction,
          types: r.types as string[],
        });
        const items = (
          r.items as { type: string; rel: Record<string, unknown>; node: Record<string, unknown> }[]
        ).map((it): RelatedItem => {
          return {
            type: it.type,
            direction: r.dir as Direction,
            basis: typeof it.rel.basis === 'string' ? it.rel.basis : 'stated',
            ...(typeof it.rel.reason === 'string' ? { reason: it.rel.reason } : {}),
            citations: parseCitations(it.rel.citations),
            node: toEntityRecord(it.node),
          };
        });
        return [key, items] as const;
      }),
    );
    return keys.map((k) => byKey.get(relatedKeyString(k)) ?? []);
  }

  /**
   * The neighbourhood of `id`: breadth-first, one query per level, stopping at `limit`
   * nodes (then `truncated`). Only edges whose both ends are kept are returned.
   */
  async neighbourhood(
    id: string,
    depth: number,
    types: readonly string[],
    kinds: readonly string[],
    limit: number,
  ): Promise<SubgraphRecord | undefined> {
    const [start] = await this.entitiesByIds([id]);
    if (!start) return undefined;
    const nodes = new Map<string, EntityRecord>([[id, start]]);
    const edges = new Map<string, GraphEdgeRecord>();
    let frontier = [id];
    let truncated = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level += 1) {
      const rows = await this.read('api/expand', { frontier, types, kinds, cap: neo4j.int(limit * 20) });
      const next: string[] = [];
      for (const r of rows) {
        const node = toEntityRecord(r.node as Record<string, unknown>);
        if (!nodes.has(node.id)) {
          if (nodes.size >= limit) {
            truncated = true;
            continue;
          }
          nodes.set(node.id, node);
          next.push(node.id);
        }
        const e = edgeOf(r);
        edges.set(`${e.source}|${e.type}|${e.target}`, e);
      }
      frontier = next;
    }
    const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
    return { nodes: [...nodes.values()], edges: kept, truncated };
  }

  /** Every entity of `kinds` (up to `limit`) and the relationships among them. */
  async overview(kinds: readonly string[], types: readonly string[], limit: number): Promise<SubgraphRecord> {
    const rows = await this.read('api/overview-nodes', { kinds, limit: neo4j.int(limit + 1) });
    const nodes = rows.slice(0, limit).map((r) => toEntityRecord(r.node as Record<string, unknown>));
    const edges = await this.read('api/overview-edges', { ids: nodes.map((n) => n.id), types });
    return { nodes, edges: edges.map(edgeOf), truncated: rows.length > limit };
  }

  async shortestPaths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly string[],
    limit: number,
  ): Promise<{ nodes: EntityRecord[]; edges: GraphEdgeRecord[] }[]> {
    const rows = await this.read('api/shortest-paths', {
      from,
      to,
      maxHops: neo4j.int(maxHops),
      types,
      limit: neo4j.int(limit),
    });
    return rows.map((r) => ({
      nodes: (r.nodes as Record<string, unknown>[]).map(toEntityRecord),
      edges: (r.edges as Record<string, unknown>[]).map(edgeOf),
    }));
  }

  async chainCoverage(document: string | null): Promise<CoverageRecord[]> {
    const rows = await this.read('api/chain-coverage', { document });
    return rows.map((r) => ({
      entity: toEntityRecord(r.chain as Record<string, unknown>),
      counts: countsOf(r.counts),
    }));
  }

  async regionSummary(region: string | null): Promise<CoverageRecord[]> {
    const rows = await this.read('api/region-summary', { region });
    return rows.map((r) => ({
      entity: toEntityRecord(r.region as Record<string, unknown>),
      counts: countsOf(r.counts),
    }));
  }

  async hubs(kinds: readonly string[], first: number): Promise<HubRecord[]> {
    const rows = await this.read('api/hubs', { kinds, first: neo4j.int(first) });
    return rows.map((r) => ({
      institution: toEntityRecord(r.institution as Record<string, unknown>),
      platformCount: Number(r.platformCount),
      chainCount: Number(r.chainCount),
    }));
  }

  async stats(): Promise<{ byKind: Map<string, number>; byType: Map<string, number> }> {
    const rows = await this.read('api/stats');
    const pick = (what: string): Map<string, number> =>
      new Map(rows.filter((r) => r.what === what).map((r) => [String(r.key), Number(r.count)]));
    return { byKind: pick('kind'), byType: pick('type') };
  }

  async documentCount(): Promise<number> {
    const rows = await this.read('api/readiness');
    return Number(rows[0]?.documents ?? 0);
  }
}
