/**
 * Relationship reads: the relationships of many (entity, direction, types, document, basis,
 * roles) keys in one query, optionally filtered by a compiled `where` at the other end, and the
 * mentions of many entities.
 */
import type { RelType } from '../ontology/ontology.js';
import { asBasis, parseCitations, toEntityRecord, toMentionRecord, type MentionRecord } from './records.js';
import { relatedKeyString, type Direction, type RelatedItem, type RelatedKey } from './read-records.js';
import { optionalString, props, rows, type NamedRead, type Row } from './row-decoding.js';
import { withWhere, type WherePredicate } from './where-reads.js';

/** Relationships for many keys in one query, in key order (`where`: only matching entities at the other end). */
export async function relatedOf(
  read: NamedRead,
  run: (statement: string, params: Record<string, unknown>) => Promise<Row[]>,
  keys: readonly RelatedKey[],
  where: WherePredicate | null,
): Promise<RelatedItem[][]> {
  const params = {
    ...(where?.params ?? {}),
    keys: keys.map((k) => ({
      id: k.id,
      types: k.types,
      dir: k.dir,
      document: k.document,
      basis: k.basis,
      roles: k.roles,
    })),
  };
  const found =
    where === null
      ? await read('api/related', params)
      : await run(withWhere('api/related-where', where), params);
  const byKey = new Map(
    found.map((r) => {
      const dir: Direction = r.dir === 'in' ? 'in' : 'out';
      const key = relatedKeyString({
        id: String(r.id),
        dir,
        types: (r.types as string[]).map(String),
        document: optionalString(r.document) ?? null,
        basis: (Array.isArray(r.basis) ? r.basis : []).map(asBasis),
        roles: (r.roles as string[]).map(String),
      });
      const items = rows(r.items).map((it): RelatedItem => {
        const rel = props(it.rel);
        const role = optionalString(rel.role);
        const reason = optionalString(rel.reason);
        const reasonEn = optionalString(rel.reasonEn);
        return {
          type: String(it.type) as RelType,
          direction: dir,
          ...(role === undefined ? {} : { role }),
          basis: asBasis(rel.basis),
          ...(reason === undefined ? {} : { reason }),
          ...(reasonEn === undefined ? {} : { reasonEn }),
          documents: Array.isArray(rel.docs) ? rel.docs.map(String) : [],
          citations: parseCitations(rel.citations),
          node: toEntityRecord(props(it.node)),
        };
      });
      return [key, items] as const;
    }),
  );
  return keys.map((k) => byKey.get(relatedKeyString(k)) ?? []);
}

/** What each document says of each entity, oldest document first. */
export async function mentions(read: NamedRead, ids: readonly string[]): Promise<MentionRecord[][]> {
  const found = await read('api/mentions', { ids });
  const byId = new Map<string, MentionRecord[]>();
  for (const r of found) {
    const m = toMentionRecord(String(r.entity), String(r.document), r.date, props(r.fact));
    byId.set(m.entity, [...(byId.get(m.entity) ?? []), m]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
