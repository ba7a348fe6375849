/**
 * Loads the validated graph into Neo4j, at any size, with a heap that does not grow with it.
 *
 * 1. Read what the graph holds now (each curated node's and relationship's content hash),
 *    streamed; with --reset, delete everything first instead, in batches.
 * 2. Walk the seed's rows (rows.ts) against that state and write only rows whose content
 *    changed, `batchSize` rows per write transaction, each committed on its own: entities,
 *    then relationships, then CITED_IN, then delete what the seed no longer has.
 * 3. A transient error (deadlock, memory pool, leader switch) retries that one transaction,
 *    never the whole load.
 *
 * Chunked commits mean a load that is killed or fails part-way leaves a graph between two
 * seeds. That is repaired automatically and idempotently by the next run: it diffs again and
 * writes exactly what is missing or stale. Until then an (:InnographLoad) node marks the
 * graph as incomplete; a successful run removes it. A second run of the same seed writes
 * nothing at all. A dry run writes nothing either: it reports what the load would write, with
 * the counters predicted from the same diff.
 */
import { hostname } from 'node:os';
import neo4j, { type QueryResult, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { Database } from '../neo4j/driver.js';
import { cypher, cypherStatements } from '../neo4j/cypher-files.js';
import { IN_REGION_REL, PROVENANCE_REL } from '../ontology/ontology.js';
import type { Graph } from '../seed/model.js';
import { derivedProps } from '../semantics/aggregates.js';
import { regionMemberships } from '../semantics/regions.js';
import {
  entityRow,
  fingerprint,
  KIND_LABELS,
  provenanceRows,
  regionRows,
  relationshipRow,
  searchKeyRows,
  sectionLinkRows,
  sectionRow,
  type EntityRow,
  type ProvenanceRow,
  type RegionRow,
  type RelationshipRow,
  type SearchKeyRow,
  type SectionLinkRow,
  type SectionRow,
} from './rows.js';
import {
  contiguousAfter,
  currentBookmark,
  isNextTransaction,
  parseBookmark,
  positionOf,
  seedDigest,
  type Position,
} from './unchanged.js';

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export type Phase =
  | 'reset'
  | 'entities'
  | 'relationships'
  | 'provenance'
  | 'regions'
  | 'searchKeys'
  | 'sections'
  | 'sectionLinks'
  | 'prune';

type Written = {
  entities: number;
  relationships: number;
  provenance: number;
  regions: number;
  searchKeys: number;
  /** Document structure: (:Section) nodes, and their SECTION_OF / WITHIN / CITED_IN_SECTION links. */
  sections: number;
  sectionLinks: number;
};
const zeroWritten = (): Written => ({
  entities: 0,
  relationships: 0,
  provenance: 0,
  regions: 0,
  searchKeys: 0,
  sections: 0,
  sectionLinks: 0,
});

/** What the seed no longer has: curated nodes and relationships, search keys, sections and their links. */
type Pruned = {
  entities: number;
  relationships: number;
  searchKeys: number;
  sections: number;
  sectionLinks: number;
};
const zeroPruned = (): Pruned => ({
  entities: 0,
  relationships: 0,
  searchKeys: 0,
  sections: 0,
  sectionLinks: 0,
});

export interface LoadReport {
  readonly dryRun: boolean;
  readonly reset: boolean;
  /** Neo4j's counters of the data written (for a dry run: predicted from the diff). */
  readonly counters: Counters;
  /** Rows whose content changed and were (or would be) written. */
  readonly written: Written;
  /** What the seed no longer has and was (or would be) deleted. */
  readonly pruned: Pruned;
  /** When the previous load was interrupted (killed or failed), when it had started. */
  readonly repaired: string | undefined;
  /** Write transactions committed (data; not the final mark). */
  readonly transactions: number;
  /**
   * True when the load skipped everything: the seed's digest is the last complete load's and no
   * transaction was committed since (unchanged.ts). Nothing was read or written.
   */
  readonly unchanged: boolean;
  readonly seconds: number;
}

export interface LoadOptions {
  readonly dryRun?: boolean;
  readonly reset?: boolean;
  /** Rows per write transaction (default 2000). */
  readonly batchSize?: number;
  readonly progress?: (line: string) => void;
  /**
   * Awaited inside each write transaction just before it commits. The kill tests use it to
   * stop the loader, or Neo4j, with a transaction open.
   */
  readonly beforeCommit?: (step: {
    readonly phase: Phase;
    readonly transaction: number;
  }) => Promise<void> | void;
}

export const DEFAULT_BATCH_SIZE = 2000;
/** Batches queued or in flight at once (one written, one ready), and rows built between turns of the event loop. */
const QUEUE_DEPTH = 2;
const YIELD_EVERY = 256;

/** Counters of a load that changed nothing. */
export const zeroCounters = (): Counters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
});

function add(into: Counters, r: QueryResult): void {
  const u = r.summary.counters.updates();
  for (const k of Object.keys(into) as (keyof Counters)[]) into[k] += u[k];
}

/** The name a schema statement creates, and whether it is a constraint; undefined: not known here. */
const SCHEMA_NAME = /^CREATE\s+(CONSTRAINT|(?:[A-Z]+\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i;

/**
 * Creates what the schema (cypher/schema/constraints.cypher) lacks. One read of the indexes
 * first: a statement whose constraint or index exists by name is not sent (each `CREATE … IF NOT
 * EXISTS` is a round trip and a schema transaction even when it changes nothing), and when all
 * exist and are online there is nothing to wait for either. Anything else (a statement this
 * module cannot name, an index still populating) is sent or waited for as before. True when
 * something was created or waited for.
 */
export async function applySchema(db: Database): Promise<boolean> {
  const existing = await db.read(cypher('schema/existing'));
  const indexes = new Set<string>();
  const constraints = new Set<string>();
  let online = true;
  for (const rec of existing.records) {
    indexes.add(String(rec.get('name')));
    const owner = rec.get('owningConstraint') as string | null;
    if (owner !== null) constraints.add(owner);
    if (rec.get('state') !== 'ONLINE') online = false;
  }
  let created = 0;
  for (const statement of cypherStatements('schema/constraints')) {
    const m = SCHEMA_NAME.exec(statement);
    const name = m?.[2];
    if (m && name !== undefined && (/^constraint$/i.test(m[1] ?? '') ? constraints : indexes).has(name))
      continue;
    await db.write(statement);
    created += 1;
  }
  // A new index is populated asynchronously after creation; wait so searches see it.
  if (created === 0 && online) return false;
  await db.read('CALL db.awaitIndexes(300)');
  return true;
}

// NUL cannot occur in an id or a type, so the key splits back into its parts.
const SEP = '\u0000';
const relKey = (from: string, type: string, to: string): string => `${from}${SEP}${type}${SEP}${to}`;
const relParts = (key: string): { from: string; type: string; to: string } => {
  const [from = '', type = '', to = ''] = key.split(SEP);
  return { from, type, to };
};

/** The two steps of a reset: statement and rows per transaction (relationships are small). */
const RESET_STEPS = (size: number): [string, number][] => [
  ['load/reset-relationships', size * 5],
  ['load/reset-entities', size],
  ['load/reset-search-keys', size * 5],
  ['load/reset-sections', size],
];

/**
 * Deletes the whole curated graph and the unfinished-load mark, in batches (for benchmarks and
 * tests that start from an empty graph; `seed --reset` does the same inside a load).
 */
export async function clearGraph(db: Database, size = DEFAULT_BATCH_SIZE): Promise<void> {
  for (const [step, batch] of RESET_STEPS(size))
    for (;;) {
      const r = await db.write(cypher(step), { batch: neo4j.int(batch) });
      if (Number(r.records[0]?.get('deleted') ?? 0) === 0) break;
    }
  await db.write(cypher('load/marks-clear'));
}

/** What the graph holds now, each element's fingerprint (rows.ts) by key; absent: not in the graph. */
interface GraphState {
  readonly nodes: Map<string, string>;
  readonly relationships: Map<string, string>;
  readonly searchKeys: Map<string, string>;
  /** Document sections by id, and the structure's links by key. */
  readonly sections: Map<string, string>;
  readonly sectionLinks: Map<string, string>;
}

const emptyState = (): GraphState => ({
  nodes: new Map(),
  relationships: new Map(),
  searchKeys: new Map(),
  sections: new Map(),
  sectionLinks: new Map(),
});

/**
 * Reads the three parts of the state at once, each in a read transaction of its own session:
 * on a load that changes nothing, reading is most of the work, and the three streams overlap
 * (one after another they took the sum of their times; together, about the longest).
 */
async function readState(db: Database): Promise<GraphState> {
  const state = emptyState();
  const stream = async (name: string, take: (rec: Neo4jRecord) => void): Promise<void> => {
    const session = db.driver.session({
      database: db.connection.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.executeRead(async (tx) => {
        for await (const rec of tx.run(cypher(name))) take(rec);
      });
    } finally {
      await session.close();
    }
  };
  const props = (rec: Neo4jRecord): Record<string, unknown> => rec.get('props') as Record<string, unknown>;
  const stored = (rec: Neo4jRecord, labels?: string[]): string => {
    const p = props(rec);
    return fingerprint(p.hash, p, labels);
  };
  await Promise.all([
    stream('load/state-entities', (rec) =>
      state.nodes.set(String(rec.get('id')), stored(rec, rec.get('labels') as string[])),
    ),
    stream('load/state-relationships', (rec) =>
      state.relationships.set(
        relKey(String(rec.get('from')), String(rec.get('type')), String(rec.get('to'))),
        stored(rec),
      ),
    ),
    stream('load/state-search-keys', (rec) => state.searchKeys.set(String(rec.get('id')), stored(rec))),
    stream('load/state-sections', (rec) => state.sections.set(String(rec.get('id')), stored(rec))),
    stream('load/state-section-links', (rec) =>
      state.sectionLinks.set(
        relKey(String(rec.get('from')), String(rec.get('type')), String(rec.get('to'))),
        stored(rec),
      ),
    ),
  ]);
  return state;
}

/**
 * Whether the stored element (its fingerprint; undefined: absent) differs from the row. The row's
 * fingerprint is worked out only when there is one to compare with: not in a load into an empty graph.
 */
const differs = (
  old: string | undefined,
  hashValue: string | undefined,
  props: Readonly<Record<string, unknown>>,
  labels?: readonly string[],
): boolean => old === undefined || old !== fingerprint(hashValue, props, labels);

type Change =
  | { readonly phase: 'entities'; readonly row: EntityRow; readonly exists: boolean }
  | { readonly phase: 'relationships'; readonly row: RelationshipRow; readonly exists: boolean }
  | { readonly phase: 'provenance'; readonly row: ProvenanceRow; readonly exists: boolean }
  | { readonly phase: 'regions'; readonly row: RegionRow; readonly exists: boolean }
  | { readonly phase: 'searchKeys'; readonly row: SearchKeyRow; readonly exists: boolean }
  | { readonly phase: 'sections'; readonly row: SectionRow; readonly exists: boolean }
  | { readonly phase: 'sectionLinks'; readonly row: SectionLinkRow; readonly exists: boolean };

interface Derived {
  readonly memberships: ReturnType<typeof regionMemberships>;
  readonly derived: ReturnType<typeof derivedProps>;
}

/** A promise awaited later: its failure is handled there, not reported as unhandled meanwhile. */
function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * Lets the requests just started leave: the driver sends them from the event loop, which
 * synchronous work would hold up until it ends.
 */
async function letRequestsGo(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise<void>((done) => setImmediate(done));
}

/**
 * Derived region membership: one rule over the whole graph (src/semantics/regions.ts), and the
 * counts the analytics read (src/semantics/aggregates.ts), stored on their nodes. CPU only: a
 * load works them out while Neo4j answers its reads.
 */
async function derive(graph: Graph): Promise<Derived> {
  await letRequestsGo();
  const memberships = regionMemberships(graph);
  return { memberships, derived: derivedProps(graph, memberships) };
}

/**
 * Walks the seed's rows against `state`, calling `emit` for each row whose content differs,
 * in the order they must be written. Removes what it visits from `state`: what is left
 * afterwards is what the seed no longer has.
 */
async function diff(
  graph: Graph,
  { memberships, derived }: Derived,
  state: GraphState,
  emit: (c: Change) => Promise<void>,
): Promise<void> {
  for (const e of graph.entities) {
    const row = entityRow(e, derived.get(e.id));
    const old = state.nodes.get(row.id);
    state.nodes.delete(row.id);
    if (differs(old, row.hash, row.props, row.labels))
      await emit({ phase: 'entities', row, exists: old !== undefined });
  }
  for (const r of graph.relations) {
    const row = relationshipRow(r);
    const key = relKey(row.from, row.type, row.to);
    const old = state.relationships.get(key);
    state.relationships.delete(key);
    if (differs(old, row.hash, row.props))
      await emit({ phase: 'relationships', row, exists: old !== undefined });
  }
  for (const e of graph.entities)
    for (const row of provenanceRows(e)) {
      const key = relKey(row.id, PROVENANCE_REL, row.doc);
      const old = state.relationships.get(key);
      state.relationships.delete(key);
      if (differs(old, row.hash, row.props))
        await emit({ phase: 'provenance', row, exists: old !== undefined });
    }
  for (const row of regionRows(memberships)) {
    const key = relKey(row.id, IN_REGION_REL, row.region);
    const old = state.relationships.get(key);
    state.relationships.delete(key);
    if (differs(old, row.hash, row.props)) await emit({ phase: 'regions', row, exists: old !== undefined });
  }
  for (const e of graph.entities)
    for (const row of searchKeyRows(e)) {
      const old = state.searchKeys.get(row.id);
      state.searchKeys.delete(row.id);
      if (differs(old, undefined, { ...row }))
        await emit({ phase: 'searchKeys', row, exists: old !== undefined });
    }
  // Document structure: sections (parents before children: the seed lists them in order), then links.
  for (const s of graph.sections ?? []) {
    const row = sectionRow(s);
    const old = state.sections.get(row.id);
    state.sections.delete(row.id);
    if (differs(old, row.hash, row.props)) await emit({ phase: 'sections', row, exists: old !== undefined });
  }
  for (const row of sectionLinkRows(graph)) {
    const key = relKey(row.from, row.type, row.to);
    const old = state.sectionLinks.get(key);
    state.sectionLinks.delete(key);
    if (differs(old, row.hash, row.props))
      await emit({ phase: 'sectionLinks', row, exists: old !== undefined });
  }
}

/**
 * The statement for a batch of changes. What the diff shows absent is CREATEd: a MERGE must
 * look first, and its look-up of a relationship is planned from statistics that, after a
 * reset, describe an empty graph (then every row scans every relationship).
 */
const QUERY_NAMES: Record<Change['phase'], string> = {
  entities: 'entities',
  relationships: 'relationships',
  provenance: 'provenance',
  regions: 'regions',
  searchKeys: 'search-keys',
  sections: 'sections',
  sectionLinks: 'section-links',
};
const queryFor = (c: Change): string => `load/${c.exists ? 'upsert' : 'create'}-${QUERY_NAMES[c.phase]}`;

/**
 * What a create-* statement is sent for a row: only what it writes, the content hash inside the
 * properties (one `SET n = row.props` instead of two SETs), no copy of the id the properties
 * already hold. Fewer values to pack, send and unpack per row; the same node or relationship.
 */
function createRow(c: Change): object {
  if (c.phase === 'searchKeys') return c.row;
  const props = { ...c.row.props, hash: c.row.hash };
  switch (c.phase) {
    case 'entities':
      return { labels: c.row.labels, props };
    case 'sections':
      return { props };
    case 'relationships':
    case 'sectionLinks':
      return { from: c.row.from, type: c.row.type, to: c.row.to, props };
    case 'provenance':
      return { id: c.row.id, doc: c.row.doc, props };
    case 'regions':
      return { id: c.row.id, region: c.row.region, props };
  }
}

/** Writes in chunks, one transaction each, retried alone on a transient error. */
class ChunkWriter {
  readonly counters = zeroCounters();
  readonly written = zeroWritten();
  readonly pruned = zeroPruned();
  transactions = 0;
  /** Where each commit of this load landed (its bookmark), to prove no other client wrote in between. */
  readonly commits: { readonly bookmark: string; readonly position: Position }[] = [];
  /** Set when a commit's position could not be read: the load then proves nothing. */
  doubt = false;
  private marked = false;
  private phase: Change['phase'] | undefined;
  private readonly pending = new Map<string, Change[]>();

  constructor(
    private readonly session: Session,
    private readonly size: number,
    private readonly opts: LoadOptions,
    private readonly total: Written,
  ) {}

  /** Marks the graph as being loaded, before its first change. */
  async mark(): Promise<void> {
    if (this.marked) return;
    await this.session.executeWrite((tx) =>
      tx.run(cypher('load/marker-begin'), { pid: process.pid, host: hostname() }),
    );
    this.record(true);
    this.marked = true;
  }

  /**
   * Notes where a commit that changed something landed. A transaction that changed nothing
   * commits nothing and its bookmark names whatever came last, so it is not recorded.
   */
  private record(changed: boolean): void {
    if (!changed) return;
    const bookmarks = this.session.lastBookmarks();
    const position = positionOf(bookmarks);
    const bookmark = bookmarks[0];
    const last = this.commits.at(-1);
    if (position === undefined || bookmark === undefined || (last && last.position.tx >= position.tx))
      this.doubt = true;
    else this.commits.push({ bookmark, position });
  }

  /**
   * The final mark: the unfinished-load mark goes, the digest stays with the bookmark of this
   * load's last commit, when this load's commits follow `start` one after another (else null).
   */
  async complete(digest: string, start: { bookmark: string; position: Position } | undefined): Promise<void> {
    const proven =
      start !== undefined &&
      !this.doubt &&
      contiguousAfter(
        start.position,
        this.commits.map((c) => c.position),
      );
    const bookmark = proven ? (this.commits.at(-1)?.bookmark ?? start.bookmark) : null;
    await this.session.executeWrite((tx) => tx.run(cypher('load/complete-write'), { digest, bookmark }));
  }

  /** Commits one statement as a transaction of its own, after every batch queued before it. */
  private async commit(phase: Phase, query: string, params: Record<string, unknown>): Promise<QueryResult> {
    await this.drain();
    return this.commitNow(phase, query, params);
  }

  private async commitNow(
    phase: Phase,
    query: string,
    params: Record<string, unknown>,
  ): Promise<QueryResult> {
    await this.mark();
    const transaction = this.transactions + 1;
    const r = await this.session.executeWrite(async (tx) => {
      const result = await tx.run(query, params);
      await this.opts.beforeCommit?.({ phase, transaction });
      return result;
    });
    const rec = r.records[0];
    const effect = rec
      ? Number(rec.has('written') ? rec.get('written') : rec.has('deleted') ? rec.get('deleted') : 1)
      : 1;
    this.record(r.summary.counters.containsUpdates() && effect > 0);
    this.transactions = transaction;
    add(this.counters, r);
    return r;
  }

  // Batches are queued, built ahead of Neo4j: while one is written, the next is ready to go as
  // soon as it commits and the one after is being built (two cores: Node and Neo4j at work at
  // once). They still commit one after another, in order, each only if none before it failed.
  private tail: Promise<void> = Promise.resolve();
  private readonly queued: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;
  private sinceYield = 0;

  /** Waits for every queued batch; rethrows the first error. */
  async drain(): Promise<void> {
    await this.tail;
    this.queued.length = 0;
    if (this.failure) throw this.failure.error;
  }

  /**
   * Row building is synchronous: without a turn of the event loop now and then, the answer to
   * the batch in flight would wait, unread, until the next batch is built, and its commit and
   * the next batch's start with it.
   */
  private async breathe(): Promise<void> {
    this.sinceYield += 1;
    if (this.sinceYield < YIELD_EVERY || this.queued.length === 0) return;
    this.sinceYield = 0;
    await new Promise<void>((go) => setImmediate(go));
  }

  /** Buffers a change; rows of one phase go to two buffers (create, upsert), each flushed when full. */
  async change(c: Change): Promise<void> {
    if (c.phase !== this.phase) await this.flush();
    this.phase = c.phase;
    const query = queryFor(c);
    const buffer = this.pending.get(query) ?? [];
    this.pending.set(query, buffer);
    buffer.push(c);
    if (buffer.length >= this.size) await this.flushBuffer(query, buffer);
    else await this.breathe();
  }

  /** Sends every buffered change (the phase's rows must all be written before the next's). */
  async flush(): Promise<void> {
    for (const [query, buffer] of this.pending) await this.flushBuffer(query, buffer);
  }

  private async flushBuffer(query: string, buffer: Change[]): Promise<void> {
    const first = buffer[0];
    if (first === undefined) return;
    this.pending.delete(query);
    const phase = first.phase;
    const params = {
      rows: first.exists ? buffer.map((c) => c.row) : buffer.map(createRow),
      ...(first.exists && phase === 'entities' ? { kindLabels: KIND_LABELS } : {}),
    };
    // At most QUEUE_DEPTH batches wait or run: the rows held stay a few batches, whatever the graph.
    while (this.queued.length >= QUEUE_DEPTH) await this.queued.shift();
    if (this.failure) throw this.failure.error;
    // Errors are kept for the next drain, so none goes unhandled in between.
    const run = this.tail.then(async () => {
      if (this.failure) return;
      try {
        const r = await this.commitNow(phase, cypher(query), params);
        this.written[phase] += Number(r.records[0]?.get('written') ?? 0);
        const total = Number.isNaN(this.total[phase]) ? '' : `/${this.total[phase]}`;
        this.opts.progress?.(`load: ${phase} ${this.written[phase]}${total} written`);
      } catch (error) {
        this.failure = { error };
      }
    });
    this.tail = run;
    this.queued.push(run);
  }

  /** --reset: relationships first, then nodes, each batch its own transaction. */
  async reset(): Promise<void> {
    for (const [step, batch] of RESET_STEPS(this.size)) {
      for (;;) {
        const r = await this.commit('reset', cypher(step), { batch: neo4j.int(batch) });
        if (Number(r.records[0]?.get('deleted') ?? 0) === 0) break;
        this.opts.progress?.(
          `load: reset: ${this.counters.relationshipsDeleted} relationships, ${this.counters.nodesDeleted} nodes deleted`,
        );
      }
    }
  }

  async prune(state: GraphState): Promise<void> {
    // Links of the document structure first: an entity pruned below would take its own with it.
    const links = [...state.sectionLinks.keys()].map(relParts);
    for (let i = 0; i < links.length; i += this.size) {
      const r = await this.commit('prune', cypher('load/delete-section-links'), {
        rows: links.slice(i, i + this.size),
      });
      this.pruned.sectionLinks += Number(r.records[0]?.get('deleted') ?? 0);
    }
    const rels = [...state.relationships.keys()].map(relParts);
    for (let i = 0; i < rels.length; i += this.size) {
      const r = await this.commit('prune', cypher('load/delete-relationships'), {
        rows: rels.slice(i, i + this.size),
      });
      this.pruned.relationships += Number(r.records[0]?.get('deleted') ?? 0);
    }
    const ids = [...state.nodes.keys()];
    for (let i = 0; i < ids.length; i += this.size) {
      const r = await this.commit('prune', cypher('load/delete-entities'), {
        ids: ids.slice(i, i + this.size),
      });
      this.pruned.entities += Number(r.records[0]?.get('deleted') ?? 0);
    }
    const keys = [...state.searchKeys.keys()];
    for (let i = 0; i < keys.length; i += this.size) {
      const r = await this.commit('prune', cypher('load/delete-search-keys'), {
        ids: keys.slice(i, i + this.size),
      });
      this.pruned.searchKeys += Number(r.records[0]?.get('deleted') ?? 0);
    }
    const sections = [...state.sections.keys()];
    for (let i = 0; i < sections.length; i += this.size) {
      const r = await this.commit('prune', cypher('load/delete-sections'), {
        ids: sections.slice(i, i + this.size),
      });
      this.pruned.sections += Number(r.records[0]?.get('deleted') ?? 0);
    }
    if (rels.length + ids.length + keys.length + links.length + sections.length > 0)
      this.opts.progress?.(
        `load: pruned ${this.pruned.entities} entities, ${this.pruned.relationships} relationships, ${this.pruned.searchKeys} search keys`,
      );
  }
}

const propCount = (props: Record<string, unknown>): number =>
  Object.values(props).filter((v) => v !== null && v !== undefined).length;

/**
 * The counters the writes of a dry run would produce, as Neo4j counts them: `SET x = map`
 * sets every key of the map and removes every other key (the old hash among them); REMOVE/SET
 * of the kind labels counts each label removed and added.
 */
class Predictor {
  readonly counters = zeroCounters();
  readonly written = zeroWritten();
  readonly pruned = zeroPruned();
  private readonly changedEntities: EntityRow[] = [];
  private readonly changedSections: SectionRow[] = [];
  private readonly changedSectionLinks: SectionLinkRow[] = [];
  /** Rewrites of existing relationships (curated, CITED_IN, IN_REGION): their keys now decide. */
  private readonly changedRelationships: {
    from: string;
    type: string;
    to: string;
    props: Record<string, unknown>;
  }[] = [];

  constructor(
    private readonly session: Session,
    private readonly size: number,
  ) {}

  change(c: Change): Promise<void> {
    const k = this.counters;
    this.written[c.phase] += 1;
    if (c.phase === 'entities') {
      if (c.exists) this.changedEntities.push(c.row);
      else {
        k.nodesCreated += 1;
        // Neo4j counts a label listed twice (a kind whose label is its group's) twice.
        k.labelsAdded += c.row.labels.length;
        k.propertiesSet += propCount(c.row.props) + 1;
      }
    } else if (c.phase === 'sections') {
      if (c.exists) this.changedSections.push(c.row);
      else {
        k.nodesCreated += 1;
        k.labelsAdded += 1;
        k.propertiesSet += propCount(c.row.props) + 1;
      }
    } else if (c.phase === 'sectionLinks') {
      if (c.exists) this.changedSectionLinks.push(c.row);
      else {
        k.relationshipsCreated += 1;
        k.propertiesSet += propCount(c.row.props) + 1;
      }
    } else if (c.phase === 'searchKeys') {
      // CREATE sets id, entity, key and source; a rewrite sets entity, key and source.
      if (c.exists) k.propertiesSet += 3;
      else {
        k.nodesCreated += 1;
        k.labelsAdded += 1;
        k.propertiesSet += 4;
      }
    } else {
      const rel =
        c.phase === 'relationships'
          ? { from: c.row.from, type: c.row.type, to: c.row.to }
          : c.phase === 'provenance'
            ? { from: c.row.id, type: PROVENANCE_REL, to: c.row.doc }
            : { from: c.row.id, type: IN_REGION_REL, to: c.row.region };
      if (c.exists) this.changedRelationships.push({ ...rel, props: c.row.props });
      else {
        k.relationshipsCreated += 1;
        k.propertiesSet += propCount(c.row.props) + 1;
      }
    }
    return Promise.resolve();
  }

  /** Rewrites of existing rows depend on what they hold now: read it. */
  async finish(state: GraphState): Promise<void> {
    const k = this.counters;
    const kindLabels = new Set(KIND_LABELS);
    const rows = new Map(this.changedEntities.map((r) => [r.id, r]));
    const ids = [...rows.keys()];
    for (let i = 0; i < ids.length; i += this.size) {
      const r = await this.session.executeRead((tx) =>
        tx.run(cypher('load/entity-details'), { ids: ids.slice(i, i + this.size) }),
      );
      for (const rec of r.records) {
        const row = rows.get(String(rec.get('id')));
        if (!row) continue;
        const labels = rec.get('labels') as string[];
        const kept = new Set(labels.filter((l) => !kindLabels.has(l)));
        k.labelsRemoved += labels.filter((l) => kindLabels.has(l)).length;
        k.labelsAdded += row.labels.filter((l) => !kept.has(l)).length;
        k.propertiesSet +=
          propCount(row.props) + this.removedKeys(rec.get('keys') as string[], row.props) + 1;
      }
    }
    const rels = new Map(this.changedRelationships.map((r) => [relKey(r.from, r.type, r.to), r]));
    const list = this.changedRelationships.map(({ from, type, to }) => ({ from, type, to }));
    for (let i = 0; i < list.length; i += this.size) {
      const r = await this.session.executeRead((tx) =>
        tx.run(cypher('load/relationship-details'), { rows: list.slice(i, i + this.size) }),
      );
      for (const rec of r.records) {
        const row = rels.get(relKey(String(rec.get('from')), String(rec.get('type')), String(rec.get('to'))));
        if (row)
          k.propertiesSet +=
            propCount(row.props) + this.removedKeys(rec.get('keys') as string[], row.props) + 1;
      }
    }
    const sections = new Map(this.changedSections.map((r) => [r.id, r]));
    const sectionIds = [...sections.keys()];
    for (let i = 0; i < sectionIds.length; i += this.size) {
      const r = await this.session.executeRead((tx) =>
        tx.run(cypher('load/section-details'), { ids: sectionIds.slice(i, i + this.size) }),
      );
      for (const rec of r.records) {
        const row = sections.get(String(rec.get('id')));
        if (row)
          k.propertiesSet +=
            propCount(row.props) + this.removedKeys(rec.get('keys') as string[], row.props) + 1;
      }
    }
    const links = new Map(this.changedSectionLinks.map((r) => [relKey(r.from, r.type, r.to), r]));
    const linkList = this.changedSectionLinks.map(({ from, type, to }) => ({ from, type, to }));
    for (let i = 0; i < linkList.length; i += this.size) {
      const r = await this.session.executeRead((tx) =>
        tx.run(cypher('load/section-link-details'), { rows: linkList.slice(i, i + this.size) }),
      );
      for (const rec of r.records) {
        const row = links.get(
          relKey(String(rec.get('from')), String(rec.get('type')), String(rec.get('to'))),
        );
        if (row)
          k.propertiesSet +=
            propCount(row.props) + this.removedKeys(rec.get('keys') as string[], row.props) + 1;
      }
    }
    this.pruned.relationships = state.relationships.size;
    this.pruned.entities = state.nodes.size;
    this.pruned.searchKeys = state.searchKeys.size;
    this.pruned.sections = state.sections.size;
    this.pruned.sectionLinks = state.sectionLinks.size;
    k.relationshipsDeleted += state.relationships.size + state.sectionLinks.size;
    k.nodesDeleted += state.nodes.size + state.searchKeys.size + state.sections.size;
  }

  private removedKeys(keys: readonly string[], props: Record<string, unknown>): number {
    return keys.filter((key) => props[key] === undefined || props[key] === null).length;
  }
}

export async function loadGraph(db: Database, graph: Graph, opts: LoadOptions = {}): Promise<LoadReport> {
  const t0 = Date.now();
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer (got ${size})`);
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  const report = (
    w: Pick<LoadReport, 'counters' | 'written' | 'pruned' | 'transactions' | 'repaired'>,
    unchanged = false,
  ): LoadReport => ({
    dryRun: opts.dryRun ?? false,
    reset: opts.reset ?? false,
    ...w,
    unchanged,
    seconds: (Date.now() - t0) / 1000,
  });
  try {
    // Where the database stands, read after the marks: if it is one commit past the bookmark the
    // last complete load recorded, that commit was the mark itself and nothing came after it.
    const marks = await session.executeRead((tx) => tx.run(cypher('load/complete-read')));
    const startBookmark = await currentBookmark(db).catch(() => undefined);
    const recorded = marks.records[0];
    const startPosition = parseBookmark(startBookmark);
    const start =
      startBookmark !== undefined && startPosition !== undefined
        ? { bookmark: startBookmark, position: startPosition }
        : undefined;
    // The seed's digest (CPU, growing with the seed) is worked out now only when the load might be
    // skipped; otherwise while the last batches are written, for the final mark.
    const mayBeUnchanged =
      !opts.reset &&
      recorded?.get('unfinished') === false &&
      isNextTransaction(parseBookmark(recorded.get('bookmark') as string | null), startPosition);
    let digest = mayBeUnchanged ? seedDigest(graph) : undefined;
    if (mayBeUnchanged && recorded.get('digest') === digest) {
      opts.progress?.("load: unchanged: the seed is the last complete load's and nothing was written since");
      return report(
        {
          counters: zeroCounters(),
          written: zeroWritten(),
          pruned: zeroPruned(),
          transactions: 0,
          repaired: undefined,
        },
        true,
      );
    }
    const since = (recorded?.get('since') as string | null) ?? undefined;
    if (since !== undefined)
      opts.progress?.(`load: the load started at ${since} did not finish; this run completes it`);
    // Nothing curated in the graph (a first load, a cleared graph): no state to read.
    const empty = recorded?.get('empty') === true;

    if (opts.dryRun) {
      const p = new Predictor(session, size);
      let state: GraphState;
      if (opts.reset) {
        const r = await session.executeRead((tx) => tx.run(cypher('load/state-counts')));
        p.counters.nodesDeleted += Number(r.records[0]?.get('nodes') ?? 0);
        p.counters.relationshipsDeleted += Number(r.records[0]?.get('relationships') ?? 0);
        state = emptyState();
      } else state = empty ? emptyState() : await readState(db);
      await diff(graph, await derive(graph), state, (c) => p.change(c));
      await p.finish(state);
      return report({
        counters: p.counters,
        written: p.written,
        pruned: p.pruned,
        transactions: 0,
        repaired: since,
      });
    }

    const total: Written = {
      entities: graph.entities.length,
      relationships: graph.relations.length,
      provenance: graph.entities.reduce((n, e) => n + (e.kind === 'document' ? 0 : e.facts.length), 0),
      regions: Number.NaN,
      searchKeys: Number.NaN,
      sections: graph.sections?.length ?? 0,
      sectionLinks: Number.NaN,
    };
    const w = new ChunkWriter(session, size, opts, total);
    let state: GraphState;
    const t1 = Date.now();
    let facts: Derived;
    let schemaChanged: boolean;
    if (opts.reset) {
      const schema = later(applySchema(db));
      facts = await derive(graph);
      schemaChanged = await schema;
      await w.reset();
      state = emptyState();
    } else {
      // The schema (nothing to do when it exists) while the state streams in, and the derived
      // facts worked out meanwhile; into an empty graph there is no state to read and the load
      // will write, so the graph is marked as being loaded meanwhile too.
      const reading = later(
        Promise.all([
          empty ? emptyState() : readState(db),
          applySchema(db),
          empty && graph.entities.length > 0 ? w.mark() : undefined,
        ]),
      );
      facts = await derive(graph);
      [state, schemaChanged] = await reading;
    }
    const t2 = Date.now();
    opts.progress?.(
      `load: the graph holds ${state.nodes.size} entities and ${state.relationships.size} relationships (schema and state read in ${((t2 - t1) / 1000).toFixed(1)} s)`,
    );
    await diff(graph, facts, state, (c) => w.change(c));
    opts.progress?.(`load: compared with the seed's rows in ${((Date.now() - t2) / 1000).toFixed(1)} s`);
    await w.flush();
    // CPU while Neo4j writes the last batches.
    digest ??= seedDigest(graph);
    await w.drain();
    await w.prune(state);
    // Indexes update as each batch commits (the full-text one too: not eventually consistent);
    // one created by this load's schema step may still be populating.
    if (w.transactions > 0 && schemaChanged) await db.read('CALL db.awaitIndexes(300)');
    await w.complete(digest, start);
    return report({
      counters: w.counters,
      written: w.written,
      pruned: w.pruned,
      transactions: w.transactions,
      repaired: since,
    });
  } finally {
    await session.close();
  }
}

/** When the graph carries the mark of a load that did not finish, when that load started. */
export async function unfinishedLoad(db: Database): Promise<string | undefined> {
  const r = await db.read(cypher('load/marker-read'));
  return r.records[0]?.get('since') as string | undefined;
}

export async function countsByKindAndType(
  db: Database,
): Promise<{ byKind: Record<string, number>; byType: Record<string, number> }> {
  const toMap = (r: QueryResult): Record<string, number> =>
    Object.fromEntries(r.records.map((x) => [String(x.get('key')), Number(x.get('count'))]));
  return {
    byKind: toMap(await db.read(cypher('load/count-by-kind'))),
    byType: toMap(await db.read(cypher('load/count-by-type'))),
  };
}
