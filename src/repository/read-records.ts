/**
 * What the repository's reads return and take, apart from entities (records.ts): relationship
 * keys and items, subgraphs and paths, analytics counts, lineage, and the paths search budget.
 */
import type { Basis, Kind, RelType, Status } from '../ontology/ontology.js';
import type { CitationRecord, EntityRecord, MentionRecord } from './records.js';

export type Direction = 'out' | 'in';

/**
 * Narrows relationships: cited in a document, of one of some bases, with one of some roles
 * (an empty list means any).
 */
export interface LinkFilter {
  readonly document: string | null;
  readonly basis: readonly Basis[];
  readonly roles: readonly string[];
}

export const ANY_LINK: LinkFilter = { document: null, basis: [], roles: [] };

/** Which relationships of one entity: by types, direction and link filter. */
export interface RelatedKey extends LinkFilter {
  readonly id: string;
  readonly types: readonly string[];
  readonly dir: Direction;
}

export interface RelatedItem {
  readonly type: RelType;
  readonly direction: Direction;
  readonly role?: string;
  readonly basis: Basis;
  readonly reason?: string;
  readonly reasonEn?: string;
  readonly documents: readonly string[];
  readonly citations: readonly CitationRecord[];
  readonly node: EntityRecord;
}

export const relatedKeyString = (k: RelatedKey): string =>
  [
    k.id,
    k.dir,
    [...k.types].sort().join(','),
    k.document ?? '',
    [...k.basis].sort().join(','),
    [...k.roles].sort().join(','),
  ].join('|');

export interface GraphEdgeRecord {
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly basis: Basis;
  readonly role?: string;
}

export interface SubgraphRecord {
  readonly nodes: EntityRecord[];
  readonly edges: GraphEdgeRecord[];
  readonly truncated: boolean;
}

/** A neighbourhood reads a node whole up to this many relationships; a denser one is a hub. */
export const denseDegree = (limit: number): number => 2 * limit + 100;

/**
 * One route: its nodes in order and, for each hop between consecutive nodes, every relationship
 * between the two that the search may use (parallel ones are one route, not several paths).
 */
export interface PathRecord {
  readonly nodes: EntityRecord[];
  /** `hops[i]`: the relationships between `nodes[i]` and `nodes[i + 1]`, by type then direction. */
  readonly hops: GraphEdgeRecord[][];
}

/** Which nodes a neighbourhood or a path may run through. */
export interface NodeFilter {
  readonly kinds: readonly string[];
  readonly excludeKinds: readonly string[];
  readonly excludeIds: readonly string[];
  readonly includePlaceholders: boolean;
}

export interface KindStatusCount {
  readonly kind: Kind;
  readonly status: Status;
  readonly count: number;
}

export interface CoverageRecord {
  readonly entity: EntityRecord;
  readonly counts: KindStatusCount[];
}

export interface ChainCoverageRecord extends CoverageRecord {
  /** Named institutions (not platforms) the chain relies on; null when not counted (`units`). */
  readonly reliedOnUnits: number | null;
}

export interface HubRecord {
  readonly institution: EntityRecord;
  readonly platformCount: number;
  readonly chainCount: number;
}

export interface LineageRecord {
  readonly entity: EntityRecord;
  readonly continues: {
    readonly to: string;
    readonly role?: string;
    readonly basis: Basis;
    readonly reason?: string;
    readonly reasonEn?: string;
    readonly citations: readonly CitationRecord[];
  }[];
}

export interface DocumentFactRecord {
  readonly entity: EntityRecord;
  readonly mention: MentionRecord;
}

export interface LineageCounterpartRecord {
  /** The entity asked about. */
  readonly id: string;
  /** Its counterpart in the other document, and what that document says of it. */
  readonly counterpart: EntityRecord;
  readonly mention: MentionRecord;
  readonly steps: number;
  /** Roles of the CONTINUES links on the way (links without a role left out). */
  readonly roles: readonly string[];
  readonly bases: readonly Basis[];
}

/** The longest path the API searches; one Cypher file per bound (shortest-paths-1 … -6). */
export const MAX_PATH_HOPS = 6;
