/**
 * Checks of id arguments that name a document, a region, a zone…: a planner who mistypes
 * doc:dalian14 gets BAD_USER_INPUT naming the argument and the ids that exist, never an
 * empty answer that looks like "nothing there".
 */
import { KINDS, type Basis, type Kind } from '../ontology/ontology.js';
import type { LinkFilter } from '../repository/graph-repository.js';
import type { EntityRecord } from '../repository/records.js';
import type { Context } from './context.js';
import { badUserInput, echo } from './errors.js';

/** Null when absent; the document id when it names a document; else BAD_USER_INPUT. */
export async function documentArg(
  ctx: Context,
  id: string | null | undefined,
  argument = 'document',
): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const docs = await ctx.documents();
  if (docs.some((d) => d.id === id)) return id;
  const known = docs.map((d) => `${d.id} (${d.date ?? '?'})`).join(', ');
  throw badUserInput(`${argument}: "${short(id)}" is not a document; documents are ${known}`, argument);
}

/**
 * Null when absent; the documents issued in `year` (read from each document's `date`) when there
 * is one; else BAD_USER_INPUT naming the years that have documents.
 */
export async function yearArg(
  ctx: Context,
  year: number | null | undefined,
  argument = 'year',
): Promise<string[] | null> {
  if (year === null || year === undefined) return null;
  const docs = await ctx.documents();
  const yearOf = (d: EntityRecord): number | null => yearOfDate(d.date);
  const ids = docs.filter((d) => yearOf(d) === year).map((d) => d.id);
  if (ids.length > 0) return ids;
  const years = [...new Set(docs.map(yearOf).filter((y): y is number => y !== null))].sort();
  throw badUserInput(
    `${argument}: no document was issued in ${year}; documents were issued in ${years.join(', ')}`,
    argument,
  );
}

/**
 * Null when absent; the documents issued up to `year`, oldest first (the order `status` reads
 * them in), when there is one; else BAD_USER_INPUT naming the first document's year.
 */
export async function asOfArg(
  ctx: Context,
  year: number | null | undefined,
  argument = 'asOf',
): Promise<string[] | null> {
  if (year === null || year === undefined) return null;
  const docs = await ctx.documents();
  const ids = docs.filter((d) => (yearOfDate(d.date) ?? Infinity) <= year).map((d) => d.id);
  if (ids.length > 0) return ids;
  const first = Math.min(...docs.map((d) => yearOfDate(d.date) ?? Infinity));
  throw badUserInput(
    `${argument}: no document was issued up to ${year}; the first was issued in ${first}`,
    argument,
  );
}

const yearOfDate = (date: string | undefined): number | null => {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : null;
};

/** The entity `id` when it is of one of `kinds`; else BAD_USER_INPUT naming the argument. */
export async function entityArg(
  ctx: Context,
  id: string,
  kinds: readonly Kind[],
  argument: string,
): Promise<EntityRecord> {
  return checkedEntity(await ctx.entityById.load(id), id, kinds, argument);
}

/** `e` (the entity `id` names, if any) when it is of one of `kinds`; else BAD_USER_INPUT. */
export function checkedEntity(
  e: EntityRecord | undefined,
  id: string,
  kinds: readonly Kind[],
  argument: string,
): EntityRecord {
  const what = kinds.map((k) => KINDS[k].en.toLowerCase()).join(' or ');
  if (!e)
    throw badUserInput(`${argument}: no entity has the id "${short(id)}" (expected a ${what} id)`, argument);
  if (!kinds.includes(e.kind))
    throw badUserInput(
      `${argument}: "${id}" is a ${KINDS[e.kind].en.toLowerCase()}, not a ${what}`,
      argument,
    );
  return e;
}

/** Optional variant of entityArg. */
export async function optionalEntityArg(
  ctx: Context,
  id: string | null | undefined,
  kinds: readonly Kind[],
  argument: string,
): Promise<string | null> {
  if (id === null || id === undefined) return null;
  return (await entityArg(ctx, id, kinds, argument)).id;
}

/** The link filter of `document`, `basis` and `roles` arguments, checked. */
export async function linkFilter(
  ctx: Context,
  document: string | null | undefined,
  basis: readonly Basis[] | null | undefined,
  roles?: readonly string[] | null,
): Promise<LinkFilter> {
  return { document: await documentArg(ctx, document), basis: basis ?? [], roles: roles ?? [] };
}

/** Ids in messages are cut short: an error never echoes a huge argument back. */
export const short = echo;
