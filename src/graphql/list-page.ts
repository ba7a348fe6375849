/**
 * One page of a list the API has already ordered in full (chainCoverage, regionSummary): Relay's
 * first/after over the list's keys, with signed cursors (cursor.ts) of their own prefix so that a
 * cursor of one list is refused by another. The list is read whole (one stored property per
 * item), so paging bounds the answer, not Neo4j's work.
 */
import { signCursor, verifyCursor } from './cursor.js';
import { badUserInput, echo } from './errors.js';
import type { PageInfo } from './types/connection.js';

export interface ListPage<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly nodes: T[];
  readonly totalCount: number;
  readonly pageInfo: PageInfo;
}

/**
 * The `first` items after the one `after` names. `prefix` tells lists apart; `keyOf` gives an
 * item's key, unique in the list. A cursor whose item is no longer in the list is refused.
 */
export function listPage<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  prefix: string,
  first: number,
  after: string | null | undefined,
): ListPage<T> {
  let start = 0;
  if (after !== null && after !== undefined) {
    const text = verifyCursor(after) ?? '';
    if (!text.startsWith(prefix) || text.length === prefix.length)
      throw badUserInput(`"${echo(after.slice(0, 40))}" is not a cursor of this list`, 'after');
    const key = text.slice(prefix.length);
    const at = items.findIndex((item) => keyOf(item) === key);
    if (at < 0) throw badUserInput(`the cursor's item (${echo(key)}) is no longer in this list`, 'after');
    start = at + 1;
  }
  const nodes = items.slice(start, start + first);
  const edges = nodes.map((node) => ({ cursor: signCursor(prefix + keyOf(node)), node }));
  return {
    edges,
    nodes,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
