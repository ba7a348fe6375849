/**
 * Turns the validated graph into the rows the load Cypher expects. Pure: no driver here,
 * so the shape of what is written can be unit-tested.
 */
import { createHash } from 'node:crypto';
import { KIND_NAMES, KINDS, PROVENANCE_REL } from '../ontology/ontology.js';
import type { Citation, Entity, Graph, Relation } from '../seed/model.js';

const hash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Every kind label and group label the ontology defines: removed before a node is relabelled. */
export const KIND_LABELS: string[] = [
  ...new Set(KIND_NAMES.flatMap((k) => [KINDS[k].label, KINDS[k].group])),
];

const docId = (c: Citation): string => `doc:${c.doc}`;
const docsOf = (cs: readonly Citation[]): string[] => [...new Set(cs.map(docId))].sort();
const citationsJson = (cs: readonly Citation[]): string =>
  JSON.stringify(
    cs.map((c) => ({ doc: c.doc, line: c.line, section: c.section, ...(c.span ? { span: c.span } : {}) })),
  );

export interface EntityRow {
  readonly id: string;
  readonly labels: string[];
  readonly props: Record<string, unknown>;
  readonly hash: string;
}

export function entityRow(e: Entity): EntityRow {
  const props: Record<string, unknown> = {
    id: e.id,
    kind: e.kind,
    group: KINDS[e.kind].group,
    name: e.name,
    aliases: [...e.aliases],
    // One string for the full-text index: name and aliases, space separated.
    searchText: [e.name, ...e.aliases].join(' '),
    level: e.level,
    status: e.status,
    docs: docsOf(e.cite),
    citations: citationsJson(e.cite),
  };
  for (const k of ['nameEn', 'statusWord', 'period', 'note', 'file', 'issuer', 'date'] as const)
    if (e[k] !== undefined) props[k] = e[k];
  const labels = ['Entity', KINDS[e.kind].group, KINDS[e.kind].label];
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
    ...(r.reason === undefined ? {} : { reason: r.reason }),
  };
  return { from: r.from, type: r.type, to: r.to, props, hash: hash(props) };
}

export interface ProvenanceRow {
  readonly id: string;
  readonly doc: string;
  readonly lines: number[];
  readonly sections: string[];
  readonly hash: string;
}

/** One CITED_IN row per (entity, document) the entity is cited in; documents cite nobody. */
export function provenanceRows(e: Entity): ProvenanceRow[] {
  if (e.kind === 'document') return [];
  const byDoc = new Map<string, Citation[]>();
  for (const c of e.cite) byDoc.set(docId(c), [...(byDoc.get(docId(c)) ?? []), c]);
  return [...byDoc].map(([doc, cs]) => {
    const lines = [...new Set(cs.map((c) => c.line))].sort((a, b) => a - b);
    const sections = [...new Set(cs.map((c) => c.section))];
    return { id: e.id, doc, lines, sections, hash: hash([lines, sections]) };
  });
}

export interface LoadPlan {
  readonly entities: EntityRow[];
  readonly relationships: RelationshipRow[];
  readonly provenance: ProvenanceRow[];
  /** Keys of every relationship the seed defines, curated and provenance. */
  readonly keys: string[];
}

export function loadPlan(graph: Graph): LoadPlan {
  const entities = graph.entities.map(entityRow);
  const relationships = graph.relations.map(relationshipRow);
  const provenance = graph.entities.flatMap(provenanceRows);
  const keys = [
    ...relationships.map((r) => relationshipKey(r.from, r.type, r.to)),
    ...provenance.map((p) => relationshipKey(p.id, PROVENANCE_REL, p.doc)),
  ];
  return { entities, relationships, provenance, keys };
}
