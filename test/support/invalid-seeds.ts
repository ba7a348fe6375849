/**
 * One invalid seed per validation rule, with the exact problems a curator sees (file names
 * relative to the fixture folder). Used by the unit tests (messages) and the integration
 * tests (nothing is written).
 */
import { LINEAGE_SAME_DATE, LINEAGE_VALID, VALID } from './seed-fixture.js';

/** `base` (VALID by default) with one piece replaced; throws if the piece is not there, so fixtures stay honest. */
const variant = (from: string, to: string, base: string = VALID): string => {
  if (!base.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return base.replace(from, to);
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
    ['a.yaml:1: unknown top-level key "nodes" (expected entities, relations, mentions, sections)'],
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
      'a.yaml:8: entities[1] uni:sau: unknown kind "college" (allowed: laboratory, innovation_centre, clinical_centre, research_centre, infrastructure, innovation_institute, pilot_base, zone, platform_group, university, research_institute, hospital, enterprise, government, alliance, chain, industry, direction, field, topic, region, document)',
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
      'b.yaml:2: duplicate id "uni:sau": defined both here and at a.yaml:8',
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
      'a.yaml:13: lab:new-energy-aircraft SERVES uni:sau: SERVES cannot end at a university (allowed: chain, industry, direction)',
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
      'a.yaml:13: relations[0] lab:new-energy-aircraft HOSTED_BY uni:sau: an inferred relationship needs a "reason" (Chinese) and a "reasonEn" (English)',
    ],
  ],
  [
    'reason not in Chinese',
    {
      'a.yaml': variant(
        '    to: uni:sau\n',
        '    to: uni:sau\n    basis: inferred\n    reason: the lab is hosted there\n    reasonEn: the lab is hosted there\n',
      ),
    },
    [
      'a.yaml:13: relations[0] lab:new-energy-aircraft HOSTED_BY uni:sau: "reason" is written in Chinese (put the English in "reasonEn")',
    ],
  ],
  [
    'named without words',
    { 'a.yaml': variant('    to: uni:sau\n', '    to: uni:sau\n    basis: named\n') },
    [
      'a.yaml:13: relations[0] lab:new-energy-aircraft HOSTED_BY uni:sau: a named relationship needs "words": the words of the name or heading that state it',
    ],
  ],
  [
    'named by words in neither name nor span',
    { 'a.yaml': variant('    to: uni:sau\n', '    to: uni:sau\n    basis: named\n    words: 大连\n') },
    [
      'a.yaml:13: lab:new-energy-aircraft HOSTED_BY uni:sau: named by "大连", which is in neither end\'s name nor a cited span',
    ],
  ],
  [
    'unknown designation',
    { 'a.yaml': variant('    level: national\n', '    level: national\n    designations: [famous]\n') },
    [
      'a.yaml:2: entities[0] lab:new-energy-aircraft: unknown designation "famous" (known: high_tech_zone, national_innovation_demonstration_zone, demonstration_zone, pilot_zone, science_city, national_science_centre, new_area, economic_zone, industrial_park, free_trade_zone, provincial_ministerial, state_key_laboratory, national_laboratory, liaoning_laboratory, international_cooperation, incubating, cas_institute, affiliated_hospital)',
    ],
  ],
  [
    'designation of another kind',
    {
      'a.yaml': variant('    level: national\n', '    level: national\n    designations: [high_tech_zone]\n'),
    },
    ['a.yaml:2: lab:new-energy-aircraft: designation high_tech_zone applies to zone, not laboratory'],
  ],
  [
    'designation its name and spans do not support',
    {
      'a.yaml': variant(
        '    level: national\n',
        '    level: national\n    designations: [international_cooperation]\n',
      ),
    },
    [
      'a.yaml:2: lab:new-energy-aircraft: designation international_cooperation needs its words (国际 / 一带一路 / 中日 / 中英 / 中东欧 / 中外) in the name, an alias, a cited span or a status word',
    ],
  ],
  [
    'citation outside the sections of its document',
    {
      'a.yaml': VALID,
      'sections.yaml':
        'sections:\n  - { doc: plan14, path: title, kind: title, label: 标题, labelEn: Title, lines: [1, 6] }\n  - { doc: plan14, path: 第四章, kind: chapter, label: 第四章, labelEn: Chapter 4, lines: [121, 198] }\n  - { doc: plan14, path: 第四章/二, kind: section, label: 二, labelEn: Chapter 4 part 2, lines: [127, 130] }\n',
    },
    [
      'a.yaml:7: lab:new-energy-aircraft cite[0]: section "第四章/二/专栏1/1" is not a section of plan14 (see its sections.yaml)',
      'a.yaml:11: uni:sau cite[0]: section "第四章/二/专栏1/1" is not a section of plan14 (see its sections.yaml)',
      'a.yaml:16: lab:new-energy-aircraft HOSTED_BY uni:sau cite[0]: section "第四章/二/专栏1/1" is not a section of plan14 (see its sections.yaml)',
    ],
  ],
  [
    'sections that do not nest',
    {
      'a.yaml': VALID,
      'sections.yaml':
        'sections:\n  - { doc: plan14, path: title, kind: title, label: 标题, labelEn: Title, lines: [1, 6] }\n  - { doc: plan14, path: 第四章, kind: chapter, label: 第四章, labelEn: Chapter 4, lines: [121, 198] }\n  - { doc: plan14, path: 第四章/二, kind: section, label: 二, labelEn: Chapter 4 part 2, lines: [127, 200] }\n  - { doc: plan14, path: 第四章/三, kind: section, label: 三, labelEn: Chapter 4 part 3, lines: [140, 176] }\n  - { doc: plan14, path: 第四章/二/专栏1, kind: box, label: 专栏1, labelEn: Box 1, lines: [133, 146] }\n  - { doc: plan14, path: 第四章/二/专栏1/1, kind: item, label: 1, labelEn: Box 1 item 1, lines: [136, 136] }\n',
    },
    [
      'a.yaml:7: lab:new-energy-aircraft cite[0]: line 135 is outside section 第四章/二/专栏1/1 of plan14 (lines 136–136)',
      'a.yaml:11: uni:sau cite[0]: line 135 is outside section 第四章/二/专栏1/1 of plan14 (lines 136–136)',
      'a.yaml:16: lab:new-energy-aircraft HOSTED_BY uni:sau cite[0]: line 135 is outside section 第四章/二/专栏1/1 of plan14 (lines 136–136)',
      'sections.yaml:4: section plan14 第四章/二: lines 127–200 are not inside its parent 第四章 (lines 121–198)',
      'sections.yaml:5: section plan14 第四章/三: lines 140–176 overlap its sibling 第四章/二 (lines 127–200)',
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
  [
    'role not allowed for the type',
    { 'a.yaml': variant('    to: uni:sau\n', '    to: uni:sau\n    role: key_reliance\n') },
    [
      'a.yaml:13: relations[0] lab:new-energy-aircraft HOSTED_BY uni:sau: HOSTED_BY takes no "role" (got "key_reliance")',
    ],
  ],
  [
    'role required',
    {
      'a.yaml': variant('type: HOSTED_BY', 'type: CONTINUES')
        .replace(
          'kind: university\n    name: 沈阳航空航天大学',
          'kind: laboratory\n    name: 沈阳航空航天大学',
        )
        .replace('id: uni:sau', 'id: lab:sau')
        .replace('to: uni:sau', 'to: lab:sau'),
    },
    [
      'a.yaml:13: lab:new-energy-aircraft CONTINUES lab:sau: CONTINUES links two entities of one document (plan14); lineage runs from a later document to an earlier one',
      'a.yaml:13: relations[0] lab:new-energy-aircraft CONTINUES lab:sau: CONTINUES needs a "role" (one of same, renamed, split, merged, extended)',
    ],
  ],
  [
    'status word without status on a citation',
    {
      'a.yaml': variant(
        'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
        'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1, statusWord: 争创 }]\n  - id: uni:sau',
      ),
    },
    ['a.yaml:2: entities[0] lab:new-energy-aircraft: cite[0]: "statusWord" needs the "status" it stands for'],
  ],
  [
    'bad status on a citation',
    {
      'a.yaml': variant(
        'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
        'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1, status: maybe }]\n  - id: uni:sau',
      ),
    },
    [
      'a.yaml:2: entities[0] lab:new-energy-aircraft: cite[0]: "status" must be one of existing, planned, unknown (got "maybe")',
    ],
  ],
  [
    'one document, one status',
    {
      'a.yaml': variant(
        'cite: [{ doc: plan14, line: 135, section: 第四章/二/专栏1/1 }]\n  - id: uni:sau',
        'cite:\n      - { doc: plan14, line: 135, section: a, status: planned }\n      - { doc: plan14, line: 135, section: b, status: existing }\n  - id: uni:sau',
      ),
    },
    [
      'a.yaml:2: lab:new-energy-aircraft: plan14 says "planned" at line 135 and "existing" at line 135: one document, one status',
    ],
  ],
  [
    'abbreviation of two entities',
    {
      'a.yaml': variant('    level: national\n', '    level: national\n    abbreviations: [沈航]\n').replace(
        '    name: 沈阳航空航天大学\n',
        '    name: 沈阳航空航天大学\n    abbreviations: [沈航]\n',
      ),
    },
    ['a.yaml:9: abbreviation "沈航" of uni:sau already belongs to lab:new-energy-aircraft (a.yaml:2)'],
  ],
  [
    'enumerated name: the stem outside an enumeration with the head noun',
    {
      'a.yaml':
        'entities:\n  - { id: zone:shenyang-hitech, kind: zone, name: 沈阳高新区, cite: [{ doc: plan14, line: 471, section: 第九章/二 }] }\n',
    },
    [
      'a.yaml:2: zone:shenyang-hitech cite[0]: plan14 line 471 contains neither the name nor an alias (沈阳高新区), nor lists 沈阳 in an enumeration "沈阳、…高新区"',
    ],
  ],
  [
    'enumerated name: the stem not among the items',
    {
      'a.yaml':
        'entities:\n  - { id: zone:jinzhou-hitech, kind: zone, name: 锦州高新区, cite: [{ doc: plan14, line: 103, section: 第三章/三 }] }\n',
    },
    [
      'a.yaml:2: zone:jinzhou-hitech cite[0]: plan14 line 103 contains neither the name nor an alias (锦州高新区), nor lists 锦州 in an enumeration "锦州、…高新区"',
    ],
  ],
  [
    'enumerated name: only for the kinds of its head noun',
    {
      'a.yaml':
        'entities:\n  - { id: rc:dandong-hitech, kind: research_centre, name: 丹东高新区, cite: [{ doc: plan14, line: 103, section: 第三章/三 }] }\n',
    },
    [
      'a.yaml:2: rc:dandong-hitech cite[0]: plan14 line 103 contains neither the name nor an alias (丹东高新区)',
    ],
  ],
  [
    'lineage running backwards in time',
    {
      'a.yaml': variant('from: rc:synl', 'from: lab:smnl', LINEAGE_VALID).replace(
        'to: lab:smnl',
        'to: rc:synl',
      ),
    },
    [
      "a.yaml:5: lab:smnl CONTINUES rc:synl: CONTINUES runs from the later document's entity to the earlier one's, but impl2015 (2015-08-03) is earlier than plan14 (2021)",
    ],
  ],
  [
    'lineage without a line of the earlier document',
    {
      'a.yaml': variant(
        'cite: [{ doc: plan14, line: 91, section: 第三章/一 }, { doc: impl2015, line: 65, section: 三/(一)/1 }]',
        'cite: [{ doc: plan14, line: 91, section: 第三章/一 }]',
        LINEAGE_VALID,
      ),
    },
    [
      'a.yaml:5: rc:synl CONTINUES lab:smnl: CONTINUES cites a line of a document that cites rc:synl (the later one) and one that cites lab:smnl (the earlier one)',
    ],
  ],
  [
    'lineage between documents of the same date without the line naming the basis',
    { 'a.yaml': variant('      - { doc: dalian14, line: 69, section: 前言 }\n', '', LINEAGE_SAME_DATE) },
    [
      'a.yaml:5: lab:dl-hpm CONTINUES lab:hepm: CONTINUES from dalian14 to plan14: both are dated 2021; cite the line where dalian14 names plan14 as its basis',
    ],
  ],
];
