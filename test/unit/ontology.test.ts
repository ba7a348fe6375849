import { describe, expect, it } from 'vitest';
import {
  GROUP_LABELS,
  GROUPS,
  KIND_NAMES,
  KINDS,
  RELATIONSHIPS,
  REL_TYPES,
} from '../../src/ontology/ontology.js';

describe('the ontology', () => {
  it('gives every kind a distinct label and id prefix', () => {
    const labels = KIND_NAMES.map((k) => KINDS[k].label);
    const prefixes = KIND_NAMES.map((k) => KINDS[k].idPrefix);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('labels groups apart from kinds, so that a kind label matches that kind only', () => {
    const kindLabels = new Set<string>(KIND_NAMES.map((k) => KINDS[k].label));
    const groupLabels = GROUPS.map((g) => GROUP_LABELS[g]);
    expect(groupLabels.filter((l) => kindLabels.has(l))).toEqual([]);
    expect(new Set(groupLabels).size).toBe(GROUPS.length);
  });

  it('only names known kinds at the ends of relationship types', () => {
    for (const t of REL_TYPES)
      for (const k of [...RELATIONSHIPS[t].from, ...RELATIONSHIPS[t].to]) expect(KIND_NAMES).toContain(k);
  });

  it('has the relationship types the planners ask about', () => {
    expect(REL_TYPES).toEqual(
      expect.arrayContaining([
        'HOSTED_BY',
        'LED_BY',
        'CO_BUILT_WITH',
        'RELIES_ON',
        'SERVES',
        'FOCUSES_ON',
        'LOCATED_IN',
        'PART_OF',
      ]),
    );
  });
});
