/**
 * Rows of the driver's results (plain objects, see `record.toObject()`) turned into the
 * repository's records: the small shared decoders of every read.
 */
import type { Basis } from '../ontology/ontology.js';
import { storedCounts } from '../semantics/aggregates.js';
import type { ReadOptions } from '../neo4j/driver.js';
import { asBasis, asKind, asStatus, toEntityRecord, type EntityRecord } from './records.js';
import type { GraphEdgeRecord, KindStatusCount } from './read-records.js';

export type Row = Record<string, unknown>;
type Props = Readonly<Record<string, unknown>>;

/** One read of a cypher/ file by name, counted by the repository. */
export type NamedRead = (
  name: string,
  params?: Record<string, unknown>,
  options?: ReadOptions,
) => Promise<Row[]>;

export const props = (v: unknown): Props => (typeof v === 'object' && v !== null ? (v as Props) : {});
export const rows = (v: unknown): Row[] => (Array.isArray(v) ? v.map((x) => ({ ...props(x) })) : []);
export const optionalString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Code-unit order, as Cypher's ORDER BY sorts strings. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const edgeOf = (r: Row): GraphEdgeRecord => {
  const role = optionalString(r.role);
  return {
    source: String(r.source),
    type: String(r.type),
    target: String(r.target),
    basis: asBasis(r.basis),
    ...(role === undefined ? {} : { role }),
  };
};

export const countsOf = (v: unknown): KindStatusCount[] =>
  rows(v).map((c) => ({ kind: asKind(c.kind), status: asStatus(c.status), count: Number(c.count) }));

/**
 * An entity from a full property map, or from the `values` of the properties `fields` names
 * (a partial record: only what the request reads; never primed into the entity loader).
 */
export const entityOf = (
  full: unknown,
  fields: readonly string[] | undefined,
  values: unknown,
): EntityRecord => {
  if (fields === undefined) return toEntityRecord(props(full));
  const list = Array.isArray(values) ? values : [];
  return toEntityRecord(Object.fromEntries(fields.map((f, i): [string, unknown] => [f, list[i]])));
};

/** Counts derived at load time (semantics/aggregates.ts), for one basis. */
export const storedOf = (v: unknown, basis: readonly Basis[]): KindStatusCount[] =>
  storedCounts(v, basis).map(([kind, status, count]) => ({ kind, status, count }));
