/**
 * One invalid seed per validation rule, with the exact problems a curator sees (file names
 * relative to the fixture folder). Used by the unit tests (messages) and the integration
 * tests (nothing is written).
 */
import { VALID } from './seed-fixture.js';

/** VALID with one piece replaced; throws if the piece is not there, so fixtures stay honest. */
const variant = (from: string, to: string): string => {
  if (!VALID.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return VALID.replace(from, to);
};

export const INVALID_SEEDS: [rule: string, files: Record<string, string>, problems: string[]][] = [
  [
    'YAML syntax',
    { 'a.yaml': 'entities:\n  - id: [unclosed\n' },
    [
      'a.yaml:3: YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
    ],
  ],
  [
    'unknown top-level key',
    { 'a.yaml': 'nodes: []\n' },
    ['a.yaml:1: unknown top-level key "nodes" (expected entities, relations, mentions)'],
  ],
  [
    'missing name',
    { 'a.yaml': variant('    name: 沈阳航空航天大学\n', '') },
    [
      'a.yaml:8: entities[1] uni:sau: missing "name"',
      'a.yaml:12: lab:new-energy-aircraft HOSTED_BY uni:sau: unknown "to" id "uni:sau"',
    ],
  ],
  [
    'unknown kind',
    { 'a.yaml': variant('kind: university', 'kind: college') },
    [
      'a.yaml:8: entities[1] uni:sau: unknown kind "college" (allowed: laboratory, innovation_centre, clinical_centre, research_centre, infrastructure, innovation_institute, pilot_base, zone, university, research_institute, hospital, enterprise, government, alliance, chain, direction, field, topic, region, document)',
      'a.yaml:13: lab:new-energy-aircraft HOSTED_BY uni:sau: unknown "to" id "uni:sau"',
    ],
  ],
  [
    'id pattern',
    { 'a.yaml': variant('id: uni:sau', 'id: uni:SAU').replace('to: uni:sau', 'to: uni:SAU') },
    ['a.yaml:8: entities[1] uni:SAU: id "uni:SAU" must look like prefix:slug with [a-z0-9-] only'],
  ],
  [
    'id prefix',
    { 'a.yaml': variant('id: uni:sau', 'id: ri:sau').replace('to: uni:sau', 'to: ri:sau') },
    ['a.yaml:8: entities[1] ri:sau: id "ri:sau" must start with "uni:" for kind university'],
  ],
  [
    'unknown field',
    { 'a.yaml': variant('    level: national\n', '    tier: national\n') },
    ['a.yaml:2: entities[0] lab:new-energy-aircraft: unknown field "tier"'],
  ],
  [
    'bad status',
    { 'a.yaml': variant('status: planned', 'status: maybe') },
    [
      'a.yaml:2: entities[0] lab:new-energy-aircraft: "status" must be one of existing, planned, unknown (got "maybe")',
    ],
  ],
  [
    'duplicate id',
    {
      'a.yaml': VALID,
      'b.yaml':
        'entities:\n  - { id: uni:sau, kind: university, name: 沈航, cite: [{ doc: plan14, line: 135, section: x }] }\n',
    },
    [
      'b.yaml:2: duplicate id "uni:sau" (first defined at a.yaml:8)',
      'b.yaml:2: uni:sau cite[0]: plan14 line 135 contains neither the name nor an alias (沈航)',
    ],
  ],
  [
    'alias collision',
    {
      'a.yaml': VALID,
      'b.yaml':
        'entities:\n  - { id: uni:other, kind: university, name: 另一大学, aliases: [沈阳航空航天大学], cite: [{ doc: plan14, line: 135, section: x }] }\n',
    },
    ['b.yaml:2: name or alias "沈阳航空航天大学" of uni:other already belongs to uni:sau (a.yaml:8)'],
  ],
  [
    'unknown document',
    {
      'a.yaml': variant(
        'doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
        'doc: plan99, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
      ),
    },
    [
      'a.yaml:7: lab:new-energy-aircraft cite[0]: unknown document "plan99" (known: plan14, impl2015, future2024, guide2020, dalian14)',
    ],
  ],
  [
    'line out of range',
    {
      'a.yaml': variant(
        'line: 135, section: 第四章/二/专栏1/1, span',
        'line: 5000, section: 第四章/二/专栏1/1, span',
      ),
    },
    ['a.yaml:11: uni:sau cite[0]: line 5000 does not exist in plan14 (559 lines)'],
  ],
  [
    'line does not name the entity',
    {
      'a.yaml': variant(
        'line: 135, section: 第四章/二/专栏1/1, span',
        'line: 137, section: 第四章/二/专栏1/1, span',
      ),
    },
    [
      'a.yaml:11: uni:sau cite[0]: plan14 line 137 contains neither the name nor an alias (沈阳航空航天大学)',
      'a.yaml:11: uni:sau cite[0]: span "依托沈阳航空航天大学建设" does not occur in plan14 line 137',
    ],
  ],
  [
    'span too long',
    {
      'a.yaml': variant(
        'span: 依托沈阳航空航天大学建设',
        'span: 省部共建新能源飞机国家重点实验室。依托沈阳航空航天大学建设。针对新能源飞机研发中需要',
      ),
    },
    ['a.yaml:11: uni:sau cite[0]: span is 42 characters, more than 40'],
  ],
  [
    'span not in line',
    { 'a.yaml': variant('span: 依托沈阳航空航天大学建设', 'span: 依托东北大学建设') },
    ['a.yaml:11: uni:sau cite[0]: span "依托东北大学建设" does not occur in plan14 line 135'],
  ],
  [
    'missing citation',
    {
      'a.yaml': variant(
        '    cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
        '    cite: []\n  - id: uni:sau',
      ),
    },
    ['a.yaml:2: entities[0] lab:new-energy-aircraft: "cite" must list at least one citation'],
  ],
  [
    'unknown relationship end',
    { 'a.yaml': variant('to: uni:sau', 'to: uni:nobody') },
    ['a.yaml:13: lab:new-energy-aircraft HOSTED_BY uni:nobody: unknown "to" id "uni:nobody"'],
  ],
  [
    'kind not allowed at an end',
    { 'a.yaml': variant('type: HOSTED_BY', 'type: SERVES') },
    [
      'a.yaml:13: lab:new-energy-aircraft SERVES uni:sau: SERVES cannot end at a university (allowed: chain, direction)',
    ],
  ],
  [
    'unknown relationship type',
    { 'a.yaml': variant('type: HOSTED_BY', 'type: FUNDS') },
    ['a.yaml:13: relations[0] lab:new-energy-aircraft FUNDS uni:sau: unknown relationship type "FUNDS"'],
  ],
  [
    'inferred without reason',
    { 'a.yaml': variant('    to: uni:sau\n', '    to: uni:sau\n    basis: inferred\n') },
    [
      'a.yaml:13: relations[0] lab:new-energy-aircraft HOSTED_BY uni:sau: an inferred relationship needs a "reason"',
    ],
  ],
  [
    'duplicate relationship',
    {
      'a.yaml': VALID,
      'b.yaml':
        'relations:\n  - { from: lab:new-energy-aircraft, type: HOSTED_BY, to: uni:sau, cite: [{ doc: plan14, line: 135, section: x }] }\n',
    },
    [
      'b.yaml:2: lab:new-energy-aircraft HOSTED_BY uni:sau: duplicate relationship (first at a.yaml:13); list several citations in one "cite"',
    ],
  ],
  [
    'relationship loop',
    { 'a.yaml': variant('to: uni:sau', 'to: lab:new-energy-aircraft') },
    [
      'a.yaml:13: lab:new-energy-aircraft HOSTED_BY lab:new-energy-aircraft: a relationship cannot loop on one entity',
    ],
  ],
  [
    'mention of unknown id',
    {
      'a.yaml': VALID,
      'b.yaml': 'mentions:\n  - { id: uni:nobody, cite: [{ doc: plan14, line: 135, section: x }] }\n',
    },
    ['b.yaml:2: mention of unknown id "uni:nobody"'],
  ],
];
