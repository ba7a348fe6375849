/** What the repository returns: plain records, parsed from Neo4j nodes. */
import type { Kind, Level, Status } from '../ontology/ontology.js';

export interface CitationRecord {
  /** Document entity id, e.g. `doc:plan14`. */
  readonly document: string;
  readonly line: number;
  readonly section: string;
  readonly span?: string;
}

export interface EntityRecord {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly nameEn?: string;
  readonly level: Level;
  readonly status: Status;
  readonly statusWord?: string;
  readonly period?: string;
  readonly note?: string;
  readonly docs: readonly string[];
  readonly citations: readonly CitationRecord[];
}

/** A node's property map as the driver returns it. */
export function toEntityRecord(props: Record<string, unknown>): EntityRecord {
  const str = (k: string): string | undefined => (typeof props[k] === 'string' ? props[k] : undefined);
  return {
    id: String(props.id),
    kind: props.kind as Kind,
    name: String(props.name),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
    nameEn: str('nameEn'),
    level: (str('level') ?? 'unknown') as Level,
    status: (str('status') ?? 'unknown') as Status,
    statusWord: str('statusWord'),
    period: str('period'),
    note: str('note'),
    docs: Array.isArray(props.docs) ? props.docs.map(String) : [],
    citations: parseCitations(props.citations),
  };
}

/** Citations are stored as a JSON string on nodes and relationships. */
export function parseCitations(value: unknown): CitationRecord[] {
  if (typeof value !== 'string') return [];
  return (JSON.parse(value) as { doc: string; line: number; section: string; span?: string }[]).map(
    ({ doc, ...rest }) => ({ document: `doc:${doc}`, ...rest }),
  );
}
