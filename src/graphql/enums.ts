/** GraphQL enums, derived from the ontology: never listed by hand. */
import { registerEnumType } from 'type-graphql';
import {
  BASES,
  GROUPS,
  KIND_NAMES,
  KINDS,
  LEVELS,
  REL_TYPES,
  RELATIONSHIPS,
  STATUSES,
} from '../ontology/ontology.js';

/** GraphQL enum values are UPPER_CASE; the internal values stay the ontology's names. */
function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const KindEnum = enumOf(KIND_NAMES);
registerEnumType(KindEnum, {
  name: 'Kind',
  description: 'Kind of entity (from the ontology).',
  valuesConfig: Object.fromEntries(
    KIND_NAMES.map((k) => [
      k.toUpperCase(),
      { description: `${KINDS[k].en} / ${KINDS[k].zh}: ${KINDS[k].covers}` },
    ]),
  ),
});

export const GroupEnum = enumOf(GROUPS.map((g) => g.toLowerCase()));
registerEnumType(GroupEnum, { name: 'Group', description: 'Coarse grouping of kinds.' });

export const LevelEnum = enumOf(LEVELS);
registerEnumType(LevelEnum, { name: 'Level', description: 'Administrative level of a platform or actor.' });

export const StatusEnum = enumOf(STATUSES);
registerEnumType(StatusEnum, {
  name: 'Status',
  description: 'existing (建有/获批建设), planned (争创/培育/谋划/布局建设), or unknown.',
});

export const BasisEnum = enumOf(BASES);
registerEnumType(BasisEnum, {
  name: 'Basis',
  description: 'stated by the text, or inferred from it (with a reason).',
});

export const RelationshipTypeEnum = Object.fromEntries(REL_TYPES.map((t) => [t, t]));
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'Curated relationship types (from the ontology).',
  valuesConfig: Object.fromEntries(
    REL_TYPES.map((t) => [t, { description: `${RELATIONSHIPS[t].en} / ${RELATIONSHIPS[t].zh}` }]),
  ),
});
