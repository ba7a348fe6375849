/**
 * Reads across documents: an entity's lineage (CONTINUES), what two documents say of the
 * entities they cite, and the counterparts of entities in another document.
 */
import { asBasis, parseCitations, toEntityRecord, toMentionRecord, type EntityRecord } from './records.js';
import type { DocumentFactRecord, LineageCounterpartRecord, LineageRecord } from './read-records.js';
import { optionalString, props, rows, type NamedRead } from './row-decoding.js';

/** The entities joined to `id` by CONTINUES, itself included, with their links. */
export async function lineage(read: NamedRead, id: string): Promise<LineageRecord[]> {
  const found = await read('api/lineage', { id });
  return found.map((r) => ({
    entity: toEntityRecord(props(r.entity)),
    continues: rows(r.continues).map((c) => {
      const rel = props(c.rel);
      const role = optionalString(rel.role);
      const reason = optionalString(rel.reason);
      const reasonEn = optionalString(rel.reasonEn);
      return {
        to: String(c.to),
        ...(role === undefined ? {} : { role }),
        basis: asBasis(rel.basis),
        ...(reason === undefined ? {} : { reason }),
        ...(reasonEn === undefined ? {} : { reasonEn }),
        citations: parseCitations(rel.citations),
      };
    }),
  }));
}

/** Entities of `kinds` cited by either document, with what that document says. */
export async function documentEntities(
  read: NamedRead,
  from: string,
  to: string,
  kinds: readonly string[],
): Promise<DocumentFactRecord[]> {
  const found = await read('api/document-entities', { from, to, kinds });
  return found.map((r) => {
    const entity = toEntityRecord(props(r.entity));
    return { entity, mention: toMentionRecord(entity.id, String(r.document), r.date, props(r.fact)) };
  });
}

/**
 * Counterparts in document `other` of each of `ids`: what they continue (`forward`: they are
 * the later entities) or what continues them, following CONTINUES one way, up to 3 steps.
 */
export async function lineageCounterparts(
  read: NamedRead,
  ids: readonly string[],
  other: string,
  forward: boolean,
): Promise<LineageCounterpartRecord[]> {
  if (ids.length === 0) return [];
  const found = await read('api/lineage-counterparts', { ids, other, forward });
  return found.map((r) => {
    const counterpart = toEntityRecord(props(r.counterpart));
    return {
      id: String(r.id),
      counterpart,
      mention: toMentionRecord(counterpart.id, other, undefined, props(r.fact)),
      steps: Number(r.steps),
      roles: (Array.isArray(r.roles) ? r.roles : []).flatMap((x) => {
        const role = optionalString(x);
        return role === undefined ? [] : [role];
      }),
      bases: (Array.isArray(r.bases) ? r.bases : []).map(asBasis),
    };
  });
}

/** For each of `ids`, the wholes it is PART_OF (up to 3 steps) that `document` cites. */
export async function coveringWholes(
  read: NamedRead,
  ids: readonly string[],
  document: string,
): Promise<Map<string, EntityRecord[]>> {
  if (ids.length === 0) return new Map();
  const found = await read('api/covering-wholes', { ids, document });
  return new Map(found.map((r) => [String(r.id), rows(r.wholes).map((w) => toEntityRecord(w))]));
}
