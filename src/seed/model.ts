import type { Basis, Kind, Level, RelType, Status } from '../ontology/ontology.js';

/** A place in a seed file, for error messages a curator can jump to. */
export interface Where {
  readonly file: string;
  readonly line: number;
}

export interface Problem extends Where {
  readonly message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`;

export interface Citation {
  /** Document id without the `doc:` prefix, e.g. `plan14`. */
  readonly doc: string;
  /** 1-based line in the source file. */
  readonly line: number;
  /** chapter / section / box / item. */
  readonly section: string;
  readonly span?: string;
  /** Where the citation is written in the seed (its `cite` item), for problems about it. */
  readonly at?: Where;
}

export interface Entity {
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
  /** Only for documents: file name, issuer, date. */
  readonly file?: string;
  readonly issuer?: string;
  readonly date?: string;
  readonly cite: readonly Citation[];
  readonly at: Where;
}

export interface Relation {
  readonly from: string;
  readonly type: RelType;
  readonly to: string;
  readonly basis: Basis;
  readonly reason?: string;
  readonly cite: readonly Citation[];
  readonly at: Where;
}

export interface Mention {
  readonly id: string;
  readonly cite: readonly Citation[];
  readonly at: Where;
}

/** Everything read from seed/, before cross-file validation. */
export interface SeedSet {
  readonly entities: Entity[];
  readonly relations: Relation[];
  readonly mentions: Mention[];
}

/** The validated graph, ready to load: mentions folded into their entities' citations. */
export interface Graph {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}
