/**
 * What the repository returns: plain records parsed from Neo4j values. The GraphQL types are
 * declared over these records, so resolvers return them as they are.
 */
import {
  BASES,
  DESIGNATION_NAMES,
  KIND_NAMES,
  LEVELS,
  NAME_EN_SOURCES,
  SECTION_KINDS,
  STATUSES,
  type Basis,
  type Designation,
  type Kind,
  type Level,
  type NameEnSource,
  type SectionKind,
  type Status,
} from '../ontology/ontology.js';
import { sectionLabelEn } from '../semantics/section-labels.js';

export interface CitationRecord {
  /** Document entity id, e.g. `doc:plan14`. */
  readonly document: string;
  readonly line: number;
  readonly section: string;
  /** The section in English: Chapter 4, part 2, box 1, item 1 (semantics/section-labels.ts). */
  readonly labelEn: string;
  readonly span?: string;
  readonly status?: Status;
  readonly statusWord?: string;
  readonly level?: Level;
}

export interface EntityRecord {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly string[];
  readonly nameEn?: string;
  readonly nameEnSource?: NameEnSource;
  readonly placeholder: boolean;
  /** Current level and status: from the latest document that states one. */
  readonly level: Level;
  readonly status: Status;
  readonly statusWord?: string;
  readonly period?: string;
  readonly note?: string;
  readonly noteEn?: string;
  /** Planner classes (高新区, 中国科学院 institute, 省部共建 …), curated and cited. */
  readonly designations: readonly Designation[];
  /** Ids of the documents that cite it. */
  readonly docs: readonly string[];
  readonly citations: readonly CitationRecord[];
  /** Documents only. */
  readonly date?: string;
  readonly issuer?: string;
}

/** What one document says of one entity (the CITED_IN relationship). */
export interface MentionRecord {
  readonly entity: string;
  readonly document: string;
  readonly date?: string;
  readonly status: Status;
  readonly statusWord?: string;
  readonly level: Level;
  readonly lines: readonly number[];
  readonly sections: readonly string[];
  /** `sections` in English (semantics/section-labels.ts). */
  readonly sectionsEn: readonly string[];
}

type Props = Readonly<Record<string, unknown>>;

const str = (props: Props, k: string): string | undefined =>
  typeof props[k] === 'string' ? props[k] : undefined;
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const oneOf = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(v) ? (v as T) : fallback;
const maybeOneOf = <T extends string>(allowed: readonly T[], v: unknown): T | undefined =>
  (allowed as readonly unknown[]).includes(v) ? (v as T) : undefined;

export const asKind = (v: unknown): Kind => {
  const k = maybeOneOf(KIND_NAMES, v);
  if (k === undefined) throw new Error(`not a kind: ${String(v)}`);
  return k;
};
export const asBasis = (v: unknown): Basis => oneOf(BASES, v, 'stated');
export const asStatus = (v: unknown): Status => oneOf(STATUSES, v, 'unknown');
export const asLevel = (v: unknown): Level => oneOf(LEVELS, v, 'unknown');
export const asNumbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);

/** Drops undefined values, so records compare equal whatever the optional fields. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A node's property map as the driver returns it (built directly: it runs for every row read). */
export function toEntityRecord(props: Props): EntityRecord {
  const r: { -readonly [K in keyof EntityRecord]: EntityRecord[K] } = {
    id: String(props.id),
    kind: asKind(props.kind),
    name: String(props.name),
    aliases: strList(props.aliases),
    abbreviations: strList(props.abbreviations),
    placeholder: props.placeholder === true,
    level: asLevel(props.level),
    status: asStatus(props.status),
    docs: strList(props.docs),
    citations: parseCitations(props.citations),
    designations: strList(props.designations).filter((d): d is Designation =>
      (DESIGNATION_NAMES as readonly string[]).includes(d),
    ),
  };
  const nameEn = str(props, 'nameEn');
  if (nameEn !== undefined) r.nameEn = nameEn;
  const nameEnSource =
    maybeOneOf(NAME_EN_SOURCES, props.nameEnSource) ?? (nameEn ? 'established' : undefined);
  if (nameEnSource !== undefined) r.nameEnSource = nameEnSource;
  for (const k of ['statusWord', 'period', 'note', 'noteEn', 'date', 'issuer'] as const) {
    const v = str(props, k);
    if (v !== undefined) r[k] = v;
  }
  return r;
}

/** A CITED_IN relationship's properties, with its entity and document ids. */
export function toMentionRecord(
  entity: string,
  document: string,
  date: unknown,
  props: Props,
): MentionRecord {
  return defined({
    entity,
    document,
    date: typeof date === 'string' ? date : undefined,
    status: asStatus(props.status),
    statusWord: str(props, 'statusWord'),
    level: asLevel(props.level),
    lines: asNumbers(props.lines),
    sections: strList(props.sections),
    sectionsEn: strList(props.sections).map(sectionLabelEn),
  });
}

interface StoredCitation {
  doc: string;
  line: number;
  section: string;
  span?: string;
  status?: string;
  statusWord?: string;
  level?: string;
}

/**
 * Citations are stored as a JSON string on nodes and relationships. Built field by field (no
 * `defined()` over entries): every entity read parses its citations, a hub has dozens.
 */
export function parseCitations(value: unknown): CitationRecord[] {
  if (typeof value !== 'string') return [];
  return (JSON.parse(value) as StoredCitation[]).map((c) => {
    const r: { -readonly [K in keyof CitationRecord]: CitationRecord[K] } = {
      document: `doc:${c.doc}`,
      line: c.line,
      section: c.section,
      labelEn: sectionLabelEn(c.section),
    };
    if (c.span !== undefined) r.span = c.span;
    const status = maybeOneOf(STATUSES, c.status);
    if (status !== undefined) r.status = status;
    if (c.statusWord !== undefined) r.statusWord = c.statusWord;
    const level = maybeOneOf(LEVELS, c.level);
    if (level !== undefined) r.level = level;
    return r;
  });
}

/** A chapter, section, box or item of a document, with its sub-sections and cited entities. */
export interface SectionRecord {
  /** `<doc>/<path>`, e.g. plan14/第四章/二/专栏1. */
  readonly id: string;
  /** The document's entity id, e.g. doc:plan14. */
  readonly document: string;
  readonly path: string;
  readonly kind: SectionKind;
  readonly label: string;
  readonly labelEn: string;
  readonly fromLine: number;
  readonly toLine: number;
  readonly children: readonly SectionRecord[];
  /** Ids of the entities cited in it (or in a section inside it). */
  readonly entityIds: readonly string[];
}

/** A (:Section) node's properties, without its children (the caller builds the tree). */
export function toSectionRecord(p: Props, entityIds: readonly string[]): SectionRecord {
  return {
    id: String(p.id),
    document: String(p.document),
    path: String(p.path),
    kind: oneOf(SECTION_KINDS, p.kind, 'section'),
    label: String(p.label),
    labelEn: String(p.labelEn),
    fromLine: Number(p.fromLine),
    toLine: Number(p.toLine),
    children: [],
    entityIds,
  };
}

/** Nests sections by path (第四章/二 inside 第四章); returns the top level, each list in line order. */
export function sectionTree(flat: readonly SectionRecord[]): SectionRecord[] {
  const byPath = new Map<string, SectionRecord & { children: SectionRecord[] }>();
  for (const s of [...flat].sort((a, b) => a.fromLine - b.fromLine || a.path.length - b.path.length))
    byPath.set(s.path, { ...s, children: [] });
  const top: SectionRecord[] = [];
  for (const s of byPath.values()) {
    const i = s.path.lastIndexOf('/');
    const parent = i === -1 ? undefined : byPath.get(s.path.slice(0, i));
    if (parent) parent.children.push(s);
    else top.push(s);
  }
  return top;
}
