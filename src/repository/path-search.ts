/**
 * The bounded search behind `paths` (issue 19). A search is bounded by the work it does, not by
 * the time it takes, so that a question gets the same answer on a quiet and on a busy machine:
 * a bidirectional breadth-first search, one round trip per hop (cypher/api/paths-frontier),
 * counts the nodes each round reaches; past `maxNodes` in all it stops with
 * PathSearchBudgetError. When the two sides meet within `maxHops`, the paths themselves come
 * from the same allShortestPaths statement as before (cypher/api/shortest-paths-N), whose own
 * bidirectional search stops at the distance just found; when they cannot meet, the answer is
 * "no path" without asking Neo4j for paths at all. The wall clock (`safetyNetMs`) remains only
 * as a safety net, far above what a search within the work bound takes.
 */
import neo4j from 'neo4j-driver';
import type { ReadOptions } from '../neo4j/driver.js';
import { REL_TYPES } from '../ontology/ontology.js';

/** The search's work bound: nodes reached, summed over its rounds (INNOGRAPH_PATHS_MAX_NODES). */
export const DEFAULT_PATHS_MAX_NODES = 20_000;
/** The safety net on a whole search's wall time (INNOGRAPH_PATHS_BUDGET_MS). */
export const DEFAULT_PATHS_BUDGET_MS = 10_000;

/** A paths search stopped by its budget before it finished: nothing is known either way. */
export class PathSearchBudgetError extends Error {
  constructor(
    readonly maxHops: number,
    /** What ran out: the work bound (deterministic) or the wall-clock safety net. */
    readonly exceeded: { readonly nodes: number } | { readonly ms: number },
  ) {
    super(
      'nodes' in exceeded
        ? `the search for paths of at most ${maxHops} relationships reached more than ${exceeded.nodes} nodes`
        : `the search for paths of at most ${maxHops} relationships passed its ${exceeded.ms} ms safety net`,
    );
  }
}

export interface PathSearchLimits {
  readonly maxNodes: number;
  readonly safetyNetMs: number;
}

/** The conditions a path's links and inner nodes must meet (as in shortest-paths-N.cypher). */
export interface PathConditions {
  readonly types: readonly string[];
  readonly document: string | null;
  readonly basis: readonly string[];
  readonly excludeKinds: readonly string[];
  readonly excludeIds: readonly string[];
  readonly includePlaceholders: boolean;
  /**
   * Whether paths may walk membership links: PART_OF from an institution to an institution (a CAS
   * institute of 中国科学院) or to a named group (辽宁实验室), unless that umbrella is an end. Off
   * by default in the API (review s24, M5): through them every two members are two steps apart.
   */
  readonly includeMemberships: boolean;
}

/** Every relationship type, any document and basis, nothing kept out: a path search at its widest. */
export const EVERY_PATH: PathConditions = {
  types: REL_TYPES,
  document: null,
  basis: [],
  excludeKinds: [],
  excludeIds: [],
  includePlaceholders: false,
  includeMemberships: true,
};

/** One read of a cypher/ file; the repository's own, so that queries are counted. */
export type Reader = (
  name: string,
  params: Record<string, unknown>,
  options?: ReadOptions,
) => Promise<Record<string, unknown>[]>;

const timedOut = (e: unknown): boolean => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
};

/** One side of the search: the depth of every node it has reached, and its last level. */
interface Side {
  readonly depth: Map<string, number>;
  frontier: string[];
  level: number;
}

const side = (id: string): Side => ({ depth: new Map([[id, 0]]), frontier: [id], level: 0 });

/**
 * Runs `work` under the search's clock: each read gets what is left of the safety net as its
 * transaction timeout; a timeout becomes PathSearchBudgetError.
 */
class Clock {
  private readonly deadline: number;
  constructor(
    private readonly maxHops: number,
    private readonly ms: number,
  ) {
    this.deadline = Date.now() + ms;
  }
  async run<T>(work: (options: ReadOptions) => Promise<T>): Promise<T> {
    const left = this.deadline - Date.now();
    if (left <= 0) throw new PathSearchBudgetError(this.maxHops, { ms: this.ms });
    try {
      return await work({ timeoutMs: left });
    } catch (e) {
      if (timedOut(e)) throw new PathSearchBudgetError(this.maxHops, { ms: this.ms });
      throw e;
    }
  }
}

/**
 * The length of the shortest path from `from` to `to` that meets `conditions`, if it is at most
 * `maxHops`; null when there is none that short. Deterministic: each round expands the side
 * with the smaller frontier (`from`'s on a tie) by one whole level, and the nodes it reaches
 * count against `maxNodes` whatever the machine's load.
 */
async function distance(
  read: Reader,
  clock: Clock,
  from: string,
  to: string,
  maxHops: number,
  conditions: PathConditions,
  maxNodes: number,
): Promise<number | null> {
  const a = side(from);
  const b = side(to);
  let reached = 0;
  while (a.level + b.level < maxHops) {
    const [near, far] = b.frontier.length < a.frontier.length ? [b, a] : [a, b];
    const cap = maxNodes - reached;
    const rows = await clock.run((options) =>
      read(
        'api/paths-frontier',
        { ...conditions, frontier: near.frontier, ends: [from, to], cap: neo4j.int(cap + 1) },
        options,
      ),
    );
    if (rows.length > cap) throw new PathSearchBudgetError(maxHops, { nodes: maxNodes });
    reached += rows.length;
    near.level += 1;
    const next: string[] = [];
    let meet: number | null = null;
    for (const row of rows) {
      const id = String(row.id);
      const there = far.depth.get(id);
      if (there !== undefined) meet = Math.min(meet ?? Infinity, near.level + there);
      if (near.depth.has(id)) continue;
      near.depth.set(id, near.level);
      next.push(id);
    }
    // A whole level was expanded: the shortest meeting found now is the distance.
    if (meet !== null) return meet;
    if (next.length === 0) return null;
    // Sorted so that the next round's statement, and so its work, does not depend on row order.
    near.frontier = next.sort();
  }
  return null;
}

/**
 * All shortest paths of at most `maxHops` relationships meeting `conditions`, at most `limit`:
 * the rows of shortest-paths-N.cypher (the statement `paths` always ran), asked only once the
 * bounded search has found that such a path exists.
 */
export async function boundedShortestPaths(
  read: Reader,
  limits: PathSearchLimits,
  from: string,
  to: string,
  maxHops: number,
  conditions: PathConditions,
  limit: number,
): Promise<Record<string, unknown>[]> {
  const clock = new Clock(maxHops, limits.safetyNetMs);
  const d = await distance(read, clock, from, to, maxHops, conditions, limits.maxNodes);
  if (d === null) return [];
  return clock.run((options) =>
    read(`api/shortest-paths-${maxHops}`, { from, to, ...conditions, limit: neo4j.int(limit) }, options),
  );
}
