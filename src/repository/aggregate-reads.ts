/**
 * Aggregate reads: chain coverage and region summaries (counts derived at load time, or counted
 * from one document's links) and hub institutions.
 */
import neo4j from 'neo4j-driver';
import type { Basis } from '../ontology/ontology.js';
import { emptyCountsMark, HUB_DOC_STRIDE, variantIndex } from '../semantics/aggregates.js';
import { toEntityRecord } from './records.js';
import type { ChainCoverageRecord, CoverageRecord, HubRecord, LinkFilter } from './read-records.js';
import { countsOf, entityOf, props, storedOf, type NamedRead } from './row-decoding.js';

const unitsOf = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Without a document the counts were derived at load time; with one, counted from its links.
 * `fields`: the chain properties to read (see graphql/selection.ts), all when omitted. `units`:
 * whether to count each chain's relied-on units too (reliedOnUnits null without): at 1M that is
 * most of the work, so a caller that needs them for a page only asks chainReliedOnUnits.
 */
export async function chainCoverage(
  read: NamedRead,
  document: string | null,
  basis: readonly Basis[],
  fields?: readonly string[],
  units = true,
): Promise<ChainCoverageRecord[]> {
  const wanted = { fields: fields ?? null, units };
  if (document !== null) {
    const found = await read('api/chain-coverage-document', { document, basis, ...wanted });
    return found.map((r) => ({
      entity: entityOf(r.chain, fields, r.values),
      counts: countsOf(r.counts),
      reliedOnUnits: unitsOf(r.reliedOnUnits),
    }));
  }
  const found = await read('api/chain-coverage', { basis, ...wanted });
  return found.map((r) => ({
    entity: entityOf(r.chain, fields, r.values),
    counts: storedOf(r.coverage, basis),
    reliedOnUnits: unitsOf(r.reliedOnUnits),
  }));
}

/** A chain in chainCoverage's order, with what decides whether it is covered. */
export interface ChainOrderRecord {
  readonly id: string;
  /** Whether platforms cover it for the basis asked; false when not asked (`covered`). */
  readonly platforms: boolean;
  /** Its relied-on units; null when not counted (`units`). */
  readonly reliedOnUnits: number | null;
}

/**
 * chainCoverage without a document, in two reads: every chain in order with what decides its
 * coverage (chainCoverageOrder), then the chains of one page in full (chainCoverageOf).
 */
export async function chainCoverageOrder(
  read: NamedRead,
  basis: readonly Basis[],
  covered: boolean,
  units: boolean,
): Promise<ChainOrderRecord[]> {
  const found = await read('api/chain-coverage-order', {
    basis,
    covered,
    units,
    noPlatforms: emptyCountsMark(basis),
  });
  return found.map((r) => ({
    id: String(r.id),
    platforms: r.platforms === true,
    reliedOnUnits: unitsOf(r.reliedOnUnits),
  }));
}

/** The chains `ids` as chainCoverage reads them without a document, in that order. */
export async function chainCoverageOf(
  read: NamedRead,
  ids: readonly string[],
  basis: readonly Basis[],
  fields: readonly string[] | undefined,
  units: boolean,
): Promise<ChainCoverageRecord[]> {
  if (ids.length === 0) return [];
  const found = await read('api/chain-coverage-page', { ids, basis, units, fields: fields ?? null });
  return found.map((r) => ({
    entity: entityOf(r.chain, fields, r.values),
    counts: storedOf(r.coverage, basis),
    reliedOnUnits: unitsOf(r.reliedOnUnits),
  }));
}

/** The relied-on units of some chains (chainCoverage's reliedOnUnits), by chain id. */
export async function chainReliedOnUnits(
  read: NamedRead,
  ids: readonly string[],
  document: string | null,
  basis: readonly Basis[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const found = await read('api/chain-relied-on-units', { ids, document, basis });
  return new Map(found.map((r) => [String(r.id), Number(r.reliedOnUnits)]));
}

/** Which regions a region summary lists: one, or those of some levels, inside one region. */
export interface RegionScope {
  readonly region: string | null;
  /** Region levels (provincial, municipal…); empty: any. */
  readonly levels: readonly string[];
  /** Only regions inside this one (by the region rule); null: anywhere. */
  readonly within: string | null;
}

export async function regionSummary(
  read: NamedRead,
  scope: RegionScope,
  document: string | null,
  basis: readonly Basis[],
  fields?: readonly string[],
): Promise<CoverageRecord[]> {
  const wanted = { fields: fields ?? null, ...scope };
  if (document !== null) {
    const found = await read('api/region-summary-document', { document, basis, ...wanted });
    return found.map((r) => ({ entity: entityOf(r.region, fields, r.values), counts: countsOf(r.counts) }));
  }
  const found = await read('api/region-summary', wanted);
  return found.map((r) => ({
    entity: entityOf(r.region, fields, r.values),
    counts: storedOf(r.summary, basis),
  }));
}

export async function hubs(
  read: NamedRead,
  kinds: readonly string[],
  first: number,
  links: Omit<LinkFilter, 'roles'>,
  includePlaceholders: boolean,
): Promise<HubRecord[]> {
  const found =
    links.document === null
      ? await read('api/hubs', {
          kinds,
          first: neo4j.int(first),
          variant: neo4j.int(variantIndex(links.basis)),
          includePlaceholders,
        })
      : await read('api/hubs-document', {
          kinds,
          first: neo4j.int(first),
          document: links.document,
          variant: neo4j.int(variantIndex(links.basis)),
          stride: neo4j.int(HUB_DOC_STRIDE),
          includePlaceholders,
        });
  return found.map((r) => ({
    institution: toEntityRecord(props(r.institution)),
    platformCount: Number(r.platformCount),
    chainCount: Number(r.chainCount),
  }));
}
