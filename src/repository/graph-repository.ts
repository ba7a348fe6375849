/**
 * The repository: every read the API makes, by name. Resolvers never see Cypher; the
 * Cypher lives in cypher/api/ and takes parameters only.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../neo4j/driver.js';
import { cypher } from '../neo4j/cypher-files.js';
import { toEntityRecord, type EntityRecord } from './records.js';
import { escapeSearchText } from './search-query.js';

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
