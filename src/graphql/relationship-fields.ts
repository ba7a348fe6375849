/**
 * Typed relationship fields of each entity type, by the group of its kind: a platform's
 * hosts, an institution's hostedPlatforms, a chain's platforms, … Each is one direction of
 * one or more ontology relationship types; all are served by the batched `related` loader.
 */
import type { Group, IN_REGION_REL, PROVENANCE_REL, RelType } from '../ontology/ontology.js';
import type { Direction } from '../repository/graph-repository.js';

export interface RelationshipField {
  readonly name: string;
  readonly types: readonly (RelType | typeof PROVENANCE_REL | typeof IN_REGION_REL)[];
  readonly dir: Direction;
  readonly description: string;
  /** Keep only related entities of these groups (e.g. a region's platforms vs institutions). */
  readonly groups?: readonly Group[];
}

const partOf: RelationshipField = {
  name: 'partOf',
  types: ['PART_OF'],
  dir: 'out',
  description:
    'What this is part of (roles: CORE_AREA 核心区, FUNCTIONAL_AREA 功能区 where the text says so).',
};
const parts: RelationshipField = {
  name: 'parts',
  types: ['PART_OF'],
  dir: 'in',
  description: 'What is part of this; `kinds` narrows it (a direction’s sub-directions: kinds: [DIRECTION]).',
};
const locatedIn: RelationshipField = {
  name: 'locatedIn',
  types: ['LOCATED_IN'],
  dir: 'out',
  description: 'Regions and zones this is located in.',
};
const continues: RelationshipField = {
  name: 'continues',
  types: ['CONTINUES'],
  dir: 'out',
  description:
    'What this continues in an earlier plan (延续): the earlier document’s entity, with the change as role.',
};
const continuedBy: RelationshipField = {
  name: 'continuedBy',
  types: ['CONTINUES'],
  dir: 'in',
  description: 'What continues this in a later plan.',
};
const fields: RelationshipField = {
  name: 'fields',
  types: ['FOCUSES_ON'],
  dir: 'out',
  description: 'Technology fields and directions it focuses on.',
};

/**
 * What a region's `platforms` / `institutions` mean: the region rule, with where each item's
 * basis and citations come from (the links on the way, none of them derived by itself).
 */
const REGION_RULE = (what: string): string =>
  `${what} in this region by the region rule, the same as entities(filter: {region}): located in or part of it, or of a region inside it (district → city → province), or of a zone or other container that lies in one place inside it (not through a zone that spans cities). Each item's basis is its weakest link on the way (STATED only when every link is stated; NAMED: a name says it; INFERRED: the curators concluded it), so basis: STATED keeps what the text says; document keeps what that document places here by its own first link. The citations are those of the links on the way: the item's own locatedIn / partOf (relationships(types: [LOCATED_IN, PART_OF])) and its container's. Direct placement only: locatedHere.`;

export const RELATIONSHIP_FIELDS: Record<Group, readonly RelationshipField[]> = {
  Platform: [
    {
      name: 'hosts',
      types: ['HOSTED_BY'],
      dir: 'out',
      description: 'Institutions (or platforms) it is hosted by (依托).',
    },
    { name: 'leads', types: ['LED_BY'], dir: 'out', description: 'Institutions that lead it (牵头).' },
    {
      name: 'partners',
      types: ['CO_BUILT_WITH'],
      dir: 'out',
      description: 'Partners it is co-built with (联合/共建).',
    },
    {
      name: 'chains',
      types: ['SERVES'],
      dir: 'out',
      description: 'Industrial chains and directions it serves.',
    },
    fields,
    locatedIn,
    partOf,
    parts,
    {
      name: 'hostedPlatforms',
      types: ['HOSTED_BY'],
      dir: 'in',
      description: 'Platforms hosted by this platform.',
    },
    {
      name: 'reliedOnBy',
      types: ['RELIES_ON'],
      dir: 'in',
      description: 'Chains that rely on this platform.',
    },
    continues,
    continuedBy,
  ],
  Actor: [
    { name: 'hostedPlatforms', types: ['HOSTED_BY'], dir: 'in', description: 'Platforms it hosts (依托).' },
    { name: 'ledPlatforms', types: ['LED_BY'], dir: 'in', description: 'Platforms it leads (牵头).' },
    { name: 'partnerPlatforms', types: ['CO_BUILT_WITH'], dir: 'in', description: 'Platforms it co-builds.' },
    { name: 'chains', types: ['RELIES_ON'], dir: 'in', description: 'Industrial chains that rely on it.' },
    { name: 'servedChains', types: ['SERVES'], dir: 'out', description: 'Chains it serves directly.' },
    fields,
    locatedIn,
    partOf,
    parts,
  ],
  Industry: [
    {
      name: 'platforms',
      types: ['SERVES'],
      dir: 'in',
      description: 'Platforms (and institutions) that serve it.',
    },
    {
      name: 'reliedOn',
      types: ['RELIES_ON'],
      dir: 'out',
      description: 'Units it relies on (重点依托 / 重点支持: see roles).',
    },
    fields,
    locatedIn,
    partOf,
    parts,
    continues,
    continuedBy,
  ],
  Knowledge: [
    { name: 'focusedBy', types: ['FOCUSES_ON'], dir: 'in', description: 'What focuses on this field.' },
    { name: 'addresses', types: ['ADDRESSES'], dir: 'out', description: 'What this planning topic studies.' },
    { name: 'addressedBy', types: ['ADDRESSES'], dir: 'in', description: 'Planning topics that study this.' },
    partOf,
    parts,
    continues,
    continuedBy,
  ],
  Place: [
    // A region's platforms and institutions follow the region rule (src/semantics/regions.ts,
    // stored as IN_REGION): the one rule `entities(filter: {region})`, `regionSummary` and the
    // explorer read, so the field and the filter answer the same set (review s24, M2).
    {
      name: 'platforms',
      types: ['IN_REGION'],
      dir: 'in',
      groups: ['Platform'],
      description: REGION_RULE('Platforms'),
    },
    {
      name: 'institutions',
      types: ['IN_REGION'],
      dir: 'in',
      groups: ['Actor'],
      description: REGION_RULE('Institutions (universities, institutes, hospitals, enterprises, …)'),
    },
    {
      name: 'locatedHere',
      types: ['LOCATED_IN'],
      dir: 'in',
      description:
        'What the text locates in this region directly (LOCATED_IN, no region rule): platforms, institutions, zones; `kinds` narrows it. Each is a curated link with its own basis and citations (read them with relationships(types: [LOCATED_IN], direction: IN)); sub-regions and what is PART_OF the region are `parts`.',
    },
    {
      name: 'addressedBy',
      types: ['ADDRESSES'],
      dir: 'in',
      description: 'Planning topics that study this region.',
    },
    partOf,
    parts,
  ],
  Source: [
    {
      name: 'entities',
      types: ['CITED_IN'],
      dir: 'in',
      description: 'Everything this document is cited for.',
    },
  ],
};
