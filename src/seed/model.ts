import type {
  Basis,
  Designation,
  Kind,
  Level,
  NameEnSource,
  RelType,
  SectionKind,
  Status,
} from '../ontology/ontology.js';
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
  /** Where the citation is written in the seed (its `cite` item), for problems about it. */
  readonly at?: Where;
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
  /** Planner classes (ontology DESIGNATIONS), each supported by the name, an alias or a cited span. */
  readonly designations?: readonly Designation[];
  /** Only for documents: file name, issuer, date. */
  readonly file?: string;
  readonly issuer?: string;
  readonly date?: string;
  /** Documents (ids without `doc:`) this one names as its basis: it comes after them. */
  readonly follows?: readonly string[];
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
  /** basis named: the words of an end's name or a cited heading that state the tie. */
  readonly words?: string;
  /** Why (Chinese); `reasonEn` in English. Required on inferred relationships. */
  readonly reason?: string;
  readonly reasonEn?: string;
  readonly cite: readonly Citation[];
  readonly at: Where;
}

export interface Mention {
  readonly id: string;
  readonly cite: readonly Citation[];
  readonly at: Where;
}

/** A chapter, section, box (专栏) or item of a document, with its lines (seed/<doc>/sections.yaml). */
export interface Section {
  readonly doc: string;
  /** Path inside the document as citations write it, e.g. 第四章/二/专栏1/1. */
  readonly path: string;
  readonly kind: SectionKind;
  /** Its own number label (第四章, 二, 专栏1, 1): never the heading's text. */
  readonly label: string;
  /** An English gloss. */
  readonly labelEn: string;
  readonly fromLine: number;
  readonly toLine: number;
  readonly at: Where;
}

/** Everything read from seed/, before cross-file validation. */
export interface SeedSet {
  readonly entities: Entity[];
  readonly relations: Relation[];
  readonly mentions: Mention[];
  readonly sections: Section[];
}

/** A validated entity: citations include its mentions; what each document says of it. */
export interface GraphEntity extends Entity {
  readonly facts: readonly DocumentFact[];
  /** Status, word and level now: from the latest document that states a status. */
  readonly current: { readonly status: Status; readonly statusWord?: string; readonly level: Level };
  /** Documents only: rank in time, 0 = oldest (date, then `follows`). */
  readonly order?: number;
}

/** The validated graph, ready to load: mentions folded into their entities' citations. */
export interface Graph {
  readonly entities: readonly GraphEntity[];
  readonly relations: readonly Relation[];
  /** Document structure; empty for a document whose sections are not curated. */
  readonly sections?: readonly Section[];
}
