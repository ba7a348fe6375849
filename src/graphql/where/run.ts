/**
 * `where` as the resolvers use it: compiled (input errors become BAD_USER_INPUT naming the
 * path), composed with the `entities` filter, and loaded in batches for relationship fields.
 */
import DataLoader from 'dataloader';
import {
  relatedKeyString,
  type EntityFilter,
  type RelatedItem,
  type RelatedKey,
} from '../../repository/graph-repository.js';
import type { WherePredicate } from '../../repository/where-reads.js';
import type { Context } from '../context.js';
import { STATUSES } from '../../ontology/ontology.js';
import { badUserInput } from '../errors.js';
import { compileWhere, WhereInputError } from './compile.js';
import type { EntityWhere } from './input.js';

/** Compiles `where` (with `extra` conditions ANDed in front); BAD_USER_INPUT on a bad input. */
export function compiledWhere(
  where: EntityWhere | null | undefined,
  extra: readonly EntityWhere[] = [],
  v = 'n',
  path = 'where',
): WherePredicate {
  try {
    return compileWhere(where, v, path, extra);
  } catch (e) {
    if (e instanceof WhereInputError) throw badUserInput(e.message, e.path);
    throw e;
  }
}

/**
 * The `entities` filter as `where` conditions, to compose with a `where` (both must hold). With
 * `document`, status and level are that document's words, and the region, zone and field
 * conditions hold only by that document's own statements (its LOCATED_IN, PART_OF and
 * FOCUSES_ON links): per-document facts.
 */
export function filterWhere(f: EntityFilter): EntityWhere[] {
  // A year is its documents, each with exactly the rule of `document`: any of them may say so.
  const years = f.yearDocuments ?? null;
  if (years !== null)
    return [{ OR: years.flatMap((d) => filterWhere({ ...f, yearDocuments: null, document: d })) }];
  const doc = f.document;
  const w: EntityWhere = {
    ...(f.kinds.length > 0 ? { kind: { in: f.kinds } } : {}),
    ...(f.includePlaceholders ? {} : { placeholder: false }),
    ...(doc === null ? {} : { documents: { some: [doc] } }),
    ...(f.statuses.length > 0 && (f.asOfDocuments ?? null) === null
      ? { status: { in: f.statuses, document: doc } }
      : {}),
    ...(f.levels.length > 0 ? { level: { in: f.levels, document: doc } } : {}),
    ...(f.region === null
      ? {}
      : { region: { id: f.region, basis: f.regionBasis === null ? null : [f.regionBasis], document: doc } }),
    ...(f.zone === null ? {} : { zone: { id: f.zone, document: doc } }),
    ...(f.field === null ? {} : { focusesOn: { id: f.field, document: doc } }),
  };
  const asOf = f.asOfDocuments ?? null;
  const conds = asOf !== null && f.statuses.length > 0 ? [asOfStatus(asOf, f.statuses)] : [];
  return [...(Object.keys(w).length === 0 ? [] : [w]), ...conds];
}

/**
 * `statuses` as of a year: the latest of `docs` (oldest first) that states a status (existing or
 * planned) states one of `statuses`; UNKNOWN when none of them states one. Each branch: document
 * i states one of them, and no later document up to the year states any.
 */
function asOfStatus(docs: readonly string[], statuses: readonly string[]): EntityWhere {
  const known: string[] = STATUSES.filter((s) => s !== 'unknown');
  const states = (d: string, s: readonly string[]): EntityWhere => ({ status: { in: [...s], document: d } });
  const silentAfter = (i: number): EntityWhere[] => docs.slice(i + 1).map((d) => ({ NOT: states(d, known) }));
  const stated = statuses.filter((s) => known.includes(s));
  const branches: EntityWhere[] =
    stated.length === 0 ? [] : docs.map((d, i) => ({ AND: [states(d, stated), ...silentAfter(i)] }));
  if (statuses.includes('unknown')) branches.push({ AND: silentAfter(-1) });
  return { OR: branches };
}

/**
 * The request's loader of relationships whose other end matches one compiled `where`: one
 * loader (one batched query per tick) per distinct `where` in the request.
 */
export function relatedWhereLoader(
  ctx: Context,
  where: WherePredicate,
): DataLoader<RelatedKey, RelatedItem[], string> {
  const key = JSON.stringify([where.cypher, where.params]);
  let loader = ctx.relatedWhere.get(key);
  if (!loader) {
    loader = new DataLoader((keys) => ctx.repo.relatedWhere(keys, where), {
      cacheKeyFn: relatedKeyString,
      maxBatchSize: 500,
    });
    ctx.relatedWhere.set(key, loader);
  }
  return loader;
}
