/**
 * Which nodes a filter keeps. Filters apply to the kinds they describe: status to platforms
 * (built vs planned), level to platforms and institutions, region and field to platforms and
 * institutions. Chains, directions, regions and the like are context: they stay whenever they
 * link to something kept, so a filtered view never strands its platforms. Pure.
 */
import {
  ACTOR_KINDS,
  PLATFORM_KINDS,
  type Kind,
  type Level,
  type Status,
} from '../../src/ontology/ontology.js';
import { LEVELS, STATUSES } from '../../src/ontology/ontology.js';

export interface FilterNode {
  readonly id: string;
  readonly kind: Kind;
  readonly status: string;
  readonly level: string;
}

export interface FilterSettings {
  readonly hidden: readonly string[];
  readonly hiddenKinds: readonly Kind[];
  readonly statuses: readonly Status[];
  readonly levels: readonly Level[];
  readonly region: string | null;
  readonly field: string | null;
}

/** Members of the region and field filters, as the API answers them (null: no such filter). */
export interface Members {
  readonly region: ReadonlySet<string> | null;
  readonly field: ReadonlySet<string> | null;
}

const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);

export function visibleNodes(
  nodes: readonly FilterNode[],
  edges: readonly { source: string; target: string }[],
  f: FilterSettings,
  members: Members,
): Set<string> {
  const hidden = new Set(f.hidden);
  const restricting =
    f.statuses.length !== STATUSES.length ||
    f.levels.length !== LEVELS.length ||
    members.region !== null ||
    members.field !== null;
  const keep = new Set<string>();
  const context: FilterNode[] = [];
  for (const n of nodes) {
    if (hidden.has(n.id) || f.hiddenKinds.includes(n.kind)) continue;
    if (n.id === f.region || n.id === f.field) {
      keep.add(n.id);
      continue;
    }
    if (!isPlatform(n.kind) && !isActor(n.kind)) {
      context.push(n);
      continue;
    }
    if (isPlatform(n.kind) && !(f.statuses as readonly string[]).includes(n.status)) continue;
    if (!(f.levels as readonly string[]).includes(n.level)) continue;
    if (members.region && !members.region.has(n.id)) continue;
    if (members.field && !members.field.has(n.id)) continue;
    keep.add(n.id);
  }
  if (!restricting) {
    for (const n of context) keep.add(n.id);
    return keep;
  }
  const linked = new Set<string>();
  for (const e of edges) {
    if (keep.has(e.source)) linked.add(e.target);
    if (keep.has(e.target)) linked.add(e.source);
  }
  for (const n of context) if (linked.has(n.id)) keep.add(n.id);
  return keep;
}

/** The visible subgraph for export: visible nodes and only the edges between two of them. */
export function visibleSubgraph<N extends { id: string }, E extends { source: string; target: string }>(
  nodes: readonly N[],
  edges: readonly E[],
  visible: ReadonlySet<string>,
): { nodes: N[]; edges: E[] } {
  return {
    nodes: nodes.filter((n) => visible.has(n.id)),
    edges: edges.filter((e) => visible.has(e.source) && visible.has(e.target)),
  };
}
