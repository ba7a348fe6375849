/**
 * Turns the validated graph into the rows the load Cypher expects. Pure: no driver here,
 * so the shape of what is written can be unit-tested.
 */
import { hash as digestOf } from 'node:crypto';
import {
  CITED_IN_SECTION_REL,
  GROUP_LABELS,
  GROUPS,
  IN_REGION_REL,
  KIND_NAMES,
  KINDS,
  PROVENANCE_REL,
  SECTION_OF_REL,
  WITHIN_REL,
} from '../ontology/ontology.js';
import type { Citation, Graph, GraphEntity, Relation, Section } from '../seed/model.js';
import { parentPath, sectionId, sectionsHolding } from '../seed/sections.js';
import { derivedProps, type DerivedProps } from '../semantics/aggregates.js';
import { regionMemberships, type RegionMembership } from '../semantics/regions.js';
import { searchKeys } from '../semantics/search-keys.js';

// One-shot hashing (crypto.hash): the same digest as createHash().update().digest(), without a
// Hash object per row (tens of thousands of rows per load).
const hash = (value: unknown): string => digestOf('sha256', JSON.stringify(value), 'hex').slice(0, 16);

/**
 * Every kind label and group label the ontology defines (and the group names, once labels of
 * their own): removed before a node is relabelled.
 */
export const KIND_LABELS: string[] = [
  ...new Set([...KIND_NAMES.map((k) => KINDS[k].label), ...GROUPS, ...GROUPS.map((g) => GROUP_LABELS[g])]),
];

const docId = (c: Citation): string => `doc:${c.doc}`;
const docsOf = (cs: readonly Citation[]): string[] => [...new Set(cs.map(docId))].sort();
const citationsJson = (cs: readonly Citation[]): string =>
  JSON.stringify(
    cs.map((c) => ({
      doc: c.doc,
      line: c.line,
      section: c.section,
      ...(c.span ? { span: c.span } : {}),
      ...(c.status ? { status: c.status } : {}),
      ...(c.statusWord ? { statusWord: c.statusWord } : {}),
      ...(c.level ? { level: c.level } : {}),
    })),
  );

export interface EntityRow {
  readonly id: string;
  readonly labels: string[];
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

/** `derived`: the counts derived at load time for this entity (semantics/aggregates.ts). */
export function entityRow(e: GraphEntity, derived: DerivedProps = {}): EntityRow {
  const props: Record<string, unknown> = {
    id: e.id,
    kind: e.kind,
    group: KINDS[e.kind].group,
    name: e.name,
    aliases: [...e.aliases],
    abbreviations: [...e.abbreviations],
    placeholder: e.placeholder,
    // One string for the full-text index: name, aliases and abbreviations, space separated.
    searchText: [e.name, ...e.aliases, ...e.abbreviations].join(' '),
    // Current status and level (latest document that states one); per document on CITED_IN.
    level: e.current.level,
    status: e.current.status,
    docs: docsOf(e.cite),
    citations: citationsJson(e.cite),
    // Planner classes (ontology DESIGNATIONS); an empty list when none, so filters need no null check.
    designations: [...(e.designations ?? [])],
  };
  if (e.current.statusWord !== undefined) props.statusWord = e.current.statusWord;
  if (e.order !== undefined) props.order = e.order;
  for (const k of ['nameEn', 'nameEnSource', 'period', 'note', 'noteEn', 'file', 'issuer', 'date'] as const)
    if (e[k] !== undefined) props[k] = e[k];
  Object.assign(props, derived);
  const labels = ['Entity', GROUP_LABELS[KINDS[e.kind].group], KINDS[e.kind].label];
  return { id: e.id, labels, props, hash: hash([labels, props]) };
}

export interface RelationshipRow {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

export const relationshipKey = (from: string, type: string, to: string): string => `${from}|${type}|${to}`;

export function relationshipRow(r: Relation): RelationshipRow {
  const props: Record<string, unknown> = {
    basis: r.basis,
    docs: docsOf(r.cite),
    citations: citationsJson(r.cite),
    ...(r.role === undefined ? {} : { role: r.role }),
    ...(r.reason === undefined ? {} : { reason: r.reason }),
    ...(r.reasonEn === undefined ? {} : { reasonEn: r.reasonEn }),
    ...(r.words === undefined ? {} : { words: r.words }),
  };
  return { from: r.from, type: r.type, to: r.to, props, hash: hash(props) };
}

export interface SectionRow {
  readonly id: string;
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

/** A (:Section) node: id `<doc>/<path>`, its document's id, its kind, labels and lines. */
export function sectionRow(s: Section): SectionRow {
  const props = {
    id: sectionId(s.doc, s.path),
    document: `doc:${s.doc}`,
    path: s.path,
    kind: s.kind,
    label: s.label,
    labelEn: s.labelEn,
    fromLine: s.fromLine,
    toLine: s.toLine,
    depth: s.path.split('/').length,
  };
  return { id: props.id, props, hash: hash(props) };
}

/** A link of the document structure: SECTION_OF, WITHIN or CITED_IN_SECTION. */
export interface SectionLinkRow {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

/**
 * The structure's links: each section SECTION_OF its document and WITHIN its parent, and each
 * entity CITED_IN_SECTION {lines} the innermost section holding a cited line and every
 * ancestor of it. Only documents with curated sections have any.
 */
export function sectionLinkRows(graph: Graph): SectionLinkRow[] {
  const sections = graph.sections ?? [];
  const row = (from: string, type: string, to: string, props: Record<string, unknown>): SectionLinkRow => ({
    from,
    type,
    to,
    props,
    hash: hash(props),
  });
  const out: SectionLinkRow[] = [];
  const byDoc = new Map<string, Section[]>();
  for (const s of sections) {
    const list = byDoc.get(s.doc) ?? [];
    list.push(s);
    byDoc.set(s.doc, list);
    out.push(row(sectionId(s.doc, s.path), SECTION_OF_REL, `doc:${s.doc}`, {}));
    const parent = parentPath(s.path);
    if (parent !== undefined)
      out.push(row(sectionId(s.doc, s.path), WITHIN_REL, sectionId(s.doc, parent), {}));
  }
  for (const e of graph.entities) {
    if (e.kind === 'document') continue;
    const lines = new Map<string, Set<number>>();
    for (const c of e.cite)
      for (const s of sectionsHolding(byDoc.get(c.doc) ?? [], c.line)) {
        const id = sectionId(s.doc, s.path);
        const set = lines.get(id) ?? new Set<number>();
        set.add(c.line);
        lines.set(id, set);
      }
    for (const [id, set] of lines)
      out.push(row(e.id, CITED_IN_SECTION_REL, id, { lines: [...set].sort((a, b) => a - b) }));
  }
  return out;
}

export interface ProvenanceRow {
  readonly id: string;
  readonly doc: string;
  /** What the document says: lines, sections, and the status, word and level there. */
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

/** One CITED_IN row per (entity, document) the entity is cited in; documents cite nobody. */
export function provenanceRows(e: GraphEntity): ProvenanceRow[] {
  if (e.kind === 'document') return [];
  return e.facts.map((f) => {
    const props: Record<string, unknown> = {
      lines: [...f.lines],
      sections: [...f.sections],
      status: f.status,
      level: f.level,
      ...(f.statusWord === undefined ? {} : { statusWord: f.statusWord }),
    };
    return { id: e.id, doc: `doc:${f.doc}`, props, hash: hash(props) };
  });
}

export interface RegionRow {
  readonly id: string;
  readonly region: string;
  readonly props: { readonly basis: string; readonly via: string; readonly docs: readonly string[] };
  readonly hash: string;
}

/** Derived IN_REGION rows: one rule (src/semantics/regions.ts), computed here, not in Cypher. */
export function regionRows(memberships: readonly RegionMembership[]): RegionRow[] {
  return memberships.map((m) => {
    const props = { basis: m.basis, via: m.via, docs: [...m.docs] };
    return { id: m.entity, region: m.region, props, hash: hash(props) };
  });
}

export interface SearchKeyRow {
  /** `entity|key`: one node per key and entity. */
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  readonly source: string;
}

export function searchKeyRows(e: GraphEntity): SearchKeyRow[] {
  return searchKeys(e).map((k) => ({ id: `${e.id}|${k.key}`, entity: e.id, key: k.key, source: k.source }));
}

export interface LoadPlan {
  readonly entities: EntityRow[];
  readonly relationships: RelationshipRow[];
  readonly provenance: ProvenanceRow[];
  readonly regions: RegionRow[];
  readonly searchKeys: SearchKeyRow[];
  readonly sections: SectionRow[];
  readonly sectionLinks: SectionLinkRow[];
  /** Keys of every relationship the seed defines: curated, provenance and derived. */
  readonly keys: string[];
}

export function loadPlan(graph: Graph): LoadPlan {
  const memberships = regionMemberships(graph);
  const derived = derivedProps(graph, memberships);
  const entities = graph.entities.map((e) => entityRow(e, derived.get(e.id)));
  const relationships = graph.relations.map(relationshipRow);
  const provenance = graph.entities.flatMap(provenanceRows);
  const regions = regionRows(memberships);
  const keys = [
    ...relationships.map((r) => relationshipKey(r.from, r.type, r.to)),
    ...provenance.map((p) => relationshipKey(p.id, PROVENANCE_REL, p.doc)),
    ...regions.map((r) => relationshipKey(r.id, IN_REGION_REL, r.region)),
  ];
  return {
    entities,
    relationships,
    provenance,
    regions,
    searchKeys: graph.entities.flatMap(searchKeyRows),
    sections: (graph.sections ?? []).map(sectionRow),
    sectionLinks: sectionLinkRows(graph),
    keys,
  };
}

/**
 * What the loader compares a stored element with its row by: the stored content hash and a
 * digest of every property (but the hash) and label, in a canonical order, nulls left out (Neo4j
 * stores none). The hash alone would miss a hand edit that left it as it was.
 */
export function fingerprint(
  hashValue: unknown,
  props: Readonly<Record<string, unknown>>,
  labels?: readonly string[],
): string {
  const keys = Object.keys(props)
    .filter((k) => k !== 'hash' && props[k] !== null && props[k] !== undefined)
    .sort();
  const content = JSON.stringify([
    labels === undefined ? null : [...new Set(labels)].sort(),
    keys.map((k) => [k, props[k]]),
  ]);
  return `${typeof hashValue === 'string' ? hashValue : ''}|${digestOf('sha256', content, 'base64')}`;
}
