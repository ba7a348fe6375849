import DataLoader from 'dataloader';
import {
  relatedKeyString,
  type GraphRepository,
  type RelatedItem,
  type RelatedKey,
} from '../repository/graph-repository.js';
import { CompiledReads } from '../repository/compiled-reads.js';
import type { EntityRecord, MentionRecord } from '../repository/records.js';
import type { Database } from '../neo4j/driver.js';
import { Prefetched } from './compile/prefetch.js';
import type { RequestDatabase } from './request-db.js';

/** What the request's log line says of its GraphQL operation, noted as the response goes out. */
export interface OperationNote {
  name?: string | null;
  errorCodes?: readonly unknown[];
}

/** Per-request context: the repository and request-scoped DataLoaders. */
export interface Context {
  readonly requestId: string;
  /**
   * Filled in by the server's operation plugin for the one log line of the request
   * (http/server.ts). createContext always gives one; Apollo's executeOperation without a
   * context (tests) hands the plugin an empty object.
   */
  readonly operation?: OperationNote;
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
  /**
   * Reads of the selection compiler (src/graphql/compile/): a root field and the relationship
   * fields under it in one statement. Null when it is off (INNOGRAPH_COMPILE_SELECTION=0, or no
   * database handle given): every field then loads through the loaders above.
   */
  readonly compiled: CompiledReads | null;
  /** What a compiled root read fetched for the relationship fields below it, by response path. */
  readonly prefetched: Prefetched;
}

export interface ContextOptions {
  /** The database of compiled reads (the request's own handle when given). */
  readonly db?: Database;
  /** Overrides INNOGRAPH_COMPILE_SELECTION (tests compare answers with it on and off). */
  readonly compileSelection?: boolean;
  /** Where the operation's name and error codes go (the HTTP server logs them with the request). */
  readonly operation?: OperationNote;
}

/** The selection compiler is on unless INNOGRAPH_COMPILE_SELECTION=0. */
export const compileSelectionEnabled = (): boolean => process.env.INNOGRAPH_COMPILE_SELECTION !== '0';

export function createContext(
  repo: GraphRepository,
  requestId: string,
  requestDb?: RequestDatabase,
  options: ContextOptions = {},
): Context {
  let documents: Promise<EntityRecord[]> | undefined;
  const db = options.db ?? requestDb;
  const compile = options.compileSelection ?? compileSelectionEnabled();
  return {
    requestId,
    operation: options.operation ?? {},
    repo,
    ...(requestDb ? { requestDb } : {}),
    entityById: new DataLoader((ids) => repo.entitiesByIds(ids), { maxBatchSize: 500 }),
    related: new DataLoader((keys) => repo.related(keys), {
      cacheKeyFn: relatedKeyString,
      maxBatchSize: 500,
    }),
    mentions: new DataLoader((ids) => repo.mentions(ids), { maxBatchSize: 500 }),
    relatedWhere: new Map(),
    compiled: compile && db ? new CompiledReads(db) : null,
    prefetched: new Prefetched(),
    documents: () => (documents ??= repo.documents()),
  };
}
