import DataLoader from 'dataloader';
import {
  relatedKeyString,
  type GraphRepository,
  type RelatedItem,
  type RelatedKey,
} from '../repository/graph-repository.js';
import type { EntityRecord, MentionRecord } from '../repository/records.js';
import type { RequestDatabase } from './request-db.js';

/** Per-request context: the repository and request-scoped DataLoaders. */
export interface Context {
  readonly requestId: string;
  readonly repo: GraphRepository;
  readonly entityById: DataLoader<string, EntityRecord | undefined>;
  readonly related: DataLoader<RelatedKey, RelatedItem[], string>;
  readonly mentions: DataLoader<string, MentionRecord[]>;
  /** Loaders of relationships filtered by a `where`, one per compiled `where` (where/run.ts). */
  readonly relatedWhere: Map<string, DataLoader<RelatedKey, RelatedItem[], string>>;
  /** The source documents, read once per request (argument checks, titles). */
  documents(): Promise<EntityRecord[]>;
  /** The request's own database handle (round-trip budget), when served over HTTP. */
  readonly requestDb?: RequestDatabase;
}

export function createContext(
  repo: GraphRepository,
  requestId: string,
  requestDb?: RequestDatabase,
): Context {
  let documents: Promise<EntityRecord[]> | undefined;
  return {
    requestId,
    repo,
    ...(requestDb ? { requestDb } : {}),
    entityById: new DataLoader((ids) => repo.entitiesByIds(ids), { maxBatchSize: 500 }),
    related: new DataLoader((keys) => repo.related(keys), {
      cacheKeyFn: relatedKeyString,
      maxBatchSize: 500,
    }),
    mentions: new DataLoader((ids) => repo.mentions(ids), { maxBatchSize: 500 }),
    relatedWhere: new Map(),
    documents: () => (documents ??= repo.documents()),
  };
}
