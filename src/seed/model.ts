import type { Basis, Kind, Level, NameEnSource, RelType, Status } from '../ontology/ontology.js';
import type { DocumentFact } from '../semantics/document-facts.js';

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
  /** What this document says at this line: status, its word, level (per-document facts). */
  readonly status?: Status;
  readonly statusWord?: string;
  readonly level?: Level;
}

export interface Entity {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Short names planners use that the documents do not (大工, DICP): curated, not cited. */
  readonly abbreviations: readonly string[];
  readonly nameEn?: string;
  readonly nameEnSource?: NameEnSource;
  /** Stands for an unnamed actor (我省优势企业): not ranked or routed through as a real one. */
  readonly placeholder: boolean;
  readonly level: Level;
  readonly status: Status;
  readonly statusWord?: string;
  readonly period?: string;
  /** Curator's note, in Chinese; `noteEn` in English. Never copied text. */
  readonly note?: string;
  readonly noteEn?: string;
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
  /** A role of this type (ontology RELATIONSHIPS[type].roles), e.g. key_reliance. */
  readonly role?: string;
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

/** A validated entity: citations include its mentions; what each document says of it. */
export interface GraphEntity extends Entity {
  readonly facts: readonly DocumentFact[];
  /** Status, word and level now: from the latest document that states a status. */
  readonly current: { readonly status: Status; readonly statusWord?: string; readonly level: Level };
}

/** The validated graph, ready to load: mentions folded into their entities' citations. */
export interface Graph {
  readonly entities: readonly GraphEntity[];
  readonly relations: readonly Relation[];
}
