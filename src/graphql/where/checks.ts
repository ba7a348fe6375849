/**
 * What a `where` names that must exist: documents, regions, zones, fields and sections. Each is
 * checked before the query runs, so that a mistyped id is BAD_USER_INPUT naming its path, never
 * an empty answer that looks like "nothing there". At most three look-ups (documents, entities,
 * sections), whatever the size of the `where`: `whereQueries` declares them to the budget.
 */
import type { Kind } from '../../ontology/ontology.js';
import { checkedEntity, documentArg } from '../arguments.js';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { BASE_KEYS, type EntityWhere, type RelationshipWhere } from './input.js';

export interface WhereRefs {
  readonly documents: { readonly id: string; readonly path: string }[];
  readonly entities: { readonly id: string; readonly kinds: readonly Kind[]; readonly path: string }[];
  readonly sections: { readonly document: string; readonly section: string; readonly path: string }[];
}

const FIELD_KINDS: readonly Kind[] = ['field', 'direction', 'industry'];

/** The ids and sections `where` names, with where it names them. */
export function whereRefs(where: unknown, path = 'where'): WhereRefs {
  const refs: WhereRefs = { documents: [], entities: [], sections: [] };
  const doc = (id: unknown, at: string): void => {
    if (typeof id === 'string') refs.documents.push({ id, path: at });
  };
  const docs = (ids: unknown, at: string): void => {
    if (Array.isArray(ids)) ids.forEach((id, i) => doc(id, `${at}[${i}]`));
  };
  const walk = (w: EntityWhere | null | undefined, at: string): void => {
    if (!w) return;
    (w.AND ?? []).forEach((x, i) => walk(x, `${at}.AND[${i}]`));
    (w.OR ?? []).forEach((x, i) => walk(x, `${at}.OR[${i}]`));
    walk(w.NOT, `${at}.NOT`);
    for (const k of ['status', 'level', 'statusWord'] as const) doc(w[k]?.document, `${at}.${k}.document`);
    if (w.region) {
      refs.entities.push({ id: w.region.id, kinds: ['region'], path: `${at}.region.id` });
      doc(w.region.document, `${at}.region.document`);
    }
    if (w.zone) {
      refs.entities.push({ id: w.zone.id, kinds: ['zone'], path: `${at}.zone.id` });
      doc(w.zone.document, `${at}.zone.document`);
    }
    if (w.focusesOn) {
      refs.entities.push({ id: w.focusesOn.id, kinds: FIELD_KINDS, path: `${at}.focusesOn.id` });
      doc(w.focusesOn.document, `${at}.focusesOn.document`);
    }
    if (w.documents)
      for (const q of ['all', 'some', 'none'] as const) docs(w.documents[q], `${at}.documents.${q}`);
    if (w.citedIn) {
      doc(w.citedIn.document, `${at}.citedIn.document`);
      refs.sections.push({ ...w.citedIn, path: `${at}.citedIn.section` });
    }
    for (const [key, value] of Object.entries(w)) {
      if ((BASE_KEYS as readonly string[]).includes(key) || value === null || value === undefined) continue;
      const rw = value as RelationshipWhere;
      doc(rw.document, `${at}.${key}.document`);
      for (const q of ['some', 'none', 'all', 'single'] as const) walk(rw[q], `${at}.${key}.${q}`);
    }
  };
  walk(where as EntityWhere | null | undefined, path);
  return refs;
}

/** Round trips the checks of `where` may make: documents, entities, sections. */
export function whereQueries(where: unknown): number {
  const refs = whereRefs(where);
  return (
    (refs.documents.length > 0 ? 1 : 0) +
    (refs.entities.length > 0 ? 1 : 0) +
    (refs.sections.length > 0 ? 1 : 0)
  );
}

/** Checks every id and section `where` names; BAD_USER_INPUT naming the first unknown one. */
export async function checkWhereRefs(ctx: Context, where: unknown, path = 'where'): Promise<void> {
  const refs = whereRefs(where, path);
  // The documents list is read once per request; entities come batched through the loader.
  await Promise.all(refs.documents.map((d) => documentArg(ctx, d.id, d.path)));
  const found = await Promise.all(refs.entities.map((e) => ctx.entityById.load(e.id)));
  refs.entities.forEach((e, i) => checkedEntity(found[i], e.id, e.kinds, e.path));
  if (refs.sections.length === 0) return;
  const known = await ctx.repo.sectionsKnown(refs.sections);
  refs.sections.forEach((s, i) => {
    if (!known[i])
      throw badUserInput(
        `${s.path}: "${s.section}" is no section of ${s.document} (give a path such as 第四章/二, or a label such as 专栏3)`,
        s.path,
      );
  });
}
