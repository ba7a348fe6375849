/** Minimal validated-graph records for the semantics tests: what the seed reader would produce. */
import type { Basis, Kind, RelType, Status } from '../../../src/ontology/ontology.js';
import type { GraphEntity, Relation } from '../../../src/seed/model.js';

const at = { file: 't.yaml', line: 1 };

/** An entity with no citations, of unknown level, and of `status` (unknown by default). */
export const entity = (id: string, kind: Kind, status: Status = 'unknown'): GraphEntity => ({
  id,
  kind,
  name: id,
  aliases: [],
  abbreviations: [],
  placeholder: false,
  level: 'unknown',
  status,
  cite: [],
  at,
  facts: [],
  current: { status, level: 'unknown' },
});

/** An uncited relationship, stated unless said otherwise. */
export const rel = (from: string, type: RelType, to: string, basis: Basis = 'stated'): Relation => ({
  from,
  type,
  to,
  basis,
  cite: [],
  at,
});
