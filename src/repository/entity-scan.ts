/**
 * How a page (or a count) of `entities` under the plain `filter` is read: the filter record,
 * the anchors it names, and the plan (from an anchor, an index seek per kind, or the id index).
 * A `where` is compiled instead (where-reads.ts).
 */
import type { Basis } from '../ontology/ontology.js';
import type { EntityRecord } from './records.js';

export interface EntityFilter {
  readonly kinds: readonly string[];
  readonly levels: readonly string[];
  readonly statuses: readonly string[];
  readonly region: string | null;
  readonly regionBasis: Basis | null;
  readonly zone: string | null;
  readonly field: string | null;
  readonly document: string | null;
  /** `year`: the documents issued that year; an entity qualifies if any of them says so. */
  readonly yearDocuments?: readonly string[] | null;
  /** `asOf`: the documents issued up to that year, oldest first; `statuses` then mean the latest one's. */
  readonly asOfDocuments?: readonly string[] | null;
  readonly includePlaceholders: boolean;
}

/** What an `entities` filter may start from instead of scanning: the members of one entity. */
export type AnchorType = 'region' | 'document' | 'field' | 'zone';

/** An entity a filter names, with how many entities it reaches directly. */
export interface FilterAnchor {
  readonly type: AnchorType;
  readonly id: string;
  readonly entity: EntityRecord;
  readonly degree: number;
}

/**
 * How a page (or a count) of `entities` is read: from the members of an anchor, by an index
 * seek per kind, or by walking the id index. See `planEntityScan`.
 */
export type EntityScan =
  | { readonly from: 'anchor'; readonly type: AnchorType; readonly id: string }
  | { readonly from: 'kinds' }
  | { readonly from: 'all' };

/**
 * A page starts from an anchor with at most this many members: reading them all costs less than
 * walking an index until a page of them turns up. A larger anchor is checked on each entity of
 * the index walk instead (a dense filter fills a page in a few hundred index entries).
 */
export const ANCHOR_SCAN_MAX = 2000;

export function planEntityScan(
  filter: EntityFilter,
  anchors: readonly FilterAnchor[],
  purpose: 'page' | 'count',
): EntityScan {
  const smallest = [...anchors].sort((a, b) => a.degree - b.degree)[0];
  // A count reads every match: the smallest anchor bounds it best whatever its size.
  if (smallest && (purpose === 'count' || smallest.degree <= ANCHOR_SCAN_MAX))
    return { from: 'anchor', type: smallest.type, id: smallest.id };
  return filter.kinds.length > 0 ? { from: 'kinds' } : { from: 'all' };
}

/**
 * Whether a filter names nothing but kinds (placeholders included): its count is then how many
 * nodes carry those kinds' labels, read from Neo4j's count store (entities-count-labels.cypher)
 * instead of an index walk over every match.
 */
export const countsByLabel = (f: EntityFilter): boolean =>
  f.includePlaceholders &&
  f.levels.length === 0 &&
  f.statuses.length === 0 &&
  f.region === null &&
  f.zone === null &&
  f.field === null &&
  f.document === null;

export const SCAN_FILES: Record<EntityScan['from'], [page: string, count: string]> = {
  anchor: ['api/entities-page-anchor', 'api/entities-count-anchor'],
  kinds: ['api/entities-page-kinds', 'api/entities-count-kinds'],
  all: ['api/entities-page', 'api/entities-count'],
};
