/** GraphQL enums, derived from the ontology: never listed by hand. */
import { registerEnumType } from 'type-graphql';
import {
  BASES,
  BASIS_WORDS,
  DESIGNATION_NAMES,
  DESIGNATIONS,
  GROUPS,
  KIND_NAMES,
  KINDS,
  LEVELS,
  NAME_EN_SOURCES,
  REL_TYPES,
  RELATIONSHIPS,
  ROLE_NAMES,
  ROLES,
  SECTION_KINDS,
  STATUSES,
} from '../ontology/ontology.js';
import { KEY_SOURCES } from '../semantics/search-keys.js';

/** GraphQL enum values are UPPER_CASE; the internal values stay the ontology's names. */
function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

const described = <T extends string>(
  values: readonly T[],
  describe: (v: T) => string,
): Record<string, { description: string }> =>
  Object.fromEntries(values.map((v) => [v.toUpperCase(), { description: describe(v) }]));

export const KindEnum = enumOf(KIND_NAMES);
registerEnumType(KindEnum, {
  name: 'Kind',
  description: 'Kind of entity (from the ontology).',
  valuesConfig: described(KIND_NAMES, (k) => `${KINDS[k].en} / ${KINDS[k].zh}: ${KINDS[k].covers}`),
});

export const GroupEnum = enumOf(GROUPS.map((g) => g.toLowerCase()));
const GROUP_WORDS: Record<string, string> = {
  platform: 'Platforms / 平台: laboratories, centres, infrastructures, institutes, bases, zones.',
  actor: 'Actors / 主体: universities, institutes, hospitals, enterprises, government bodies, alliances.',
  industry: 'Industry / 产业: industrial chains, industries and future-industry directions.',
  knowledge: 'Knowledge / 知识: technology fields and planning research topics.',
  place: 'Places / 行政区: province, cities, districts and counties.',
  source: 'Sources / 来源: the policy documents.',
};
registerEnumType(GroupEnum, {
  name: 'Group',
  description: 'Coarse grouping of kinds.',
  valuesConfig: described(
    GROUPS.map((g) => g.toLowerCase()),
    (g) => GROUP_WORDS[g] ?? g,
  ),
});

const LEVEL_WORDS: Record<string, string> = {
  national: 'National / 国家级.',
  provincial: 'Provincial / 省级.',
  municipal: 'Municipal / 市级.',
  unknown: 'Not stated / 未注明.',
};
export const LevelEnum = enumOf(LEVELS);
registerEnumType(LevelEnum, {
  name: 'Level',
  description: 'Administrative level of a platform or actor.',
  valuesConfig: described(LEVELS, (l) => LEVEL_WORDS[l] ?? l),
});

const STATUS_WORDS: Record<string, string> = {
  existing: 'Exists / 已建: the text says 建有, 获批建设, 已建成 or the like.',
  planned: 'Planned / 规划: the text says 争创, 培育, 谋划, 布局建设, 建设 or the like.',
  unknown: 'Not stated / 未注明: the text names it without a status word.',
};
export const StatusEnum = enumOf(STATUSES);
registerEnumType(StatusEnum, {
  name: 'Status',
  description: 'Whether a platform exists or is planned, as a document says it.',
  valuesConfig: described(STATUSES, (s) => STATUS_WORDS[s] ?? s),
});

export const BasisEnum = enumOf(BASES);
registerEnumType(BasisEnum, {
  name: 'Basis',
  description:
    'How a relationship is known / 依据: stated by the text, evident from a name or heading (named), or inferred by the curators (with a reason).',
  valuesConfig: described(BASES, (b) => `${BASIS_WORDS[b].en} / ${BASIS_WORDS[b].zh}.`),
});

export const DesignationEnum = enumOf(DESIGNATION_NAMES);
registerEnumType(DesignationEnum, {
  name: 'Designation',
  description:
    'A planner class of an entity / 类别 (zone class, platform designation, institution affiliation): curated, supported by its name or a cited line.',
  valuesConfig: described(
    DESIGNATION_NAMES,
    (d) => `${DESIGNATIONS[d].zh} / ${DESIGNATIONS[d].en}: ${DESIGNATIONS[d].description}`,
  ),
});

const SECTION_KIND_WORDS: Record<string, string> = {
  title: 'Title, issuer and notice / 标题与印发通知.',
  preamble: 'Preamble / 前言.',
  chapter: 'Chapter or top-level part / 章 (第三章; 一、).',
  section: 'Section / 节 (第二节; 二、; （一）).',
  box: 'Box / 专栏 (专栏1; 八大工程之二).',
  item: 'Numbered item / 条目 (1.; （1）; --).',
};
export const SectionKindEnum = enumOf(SECTION_KINDS);
registerEnumType(SectionKindEnum, {
  name: 'SectionKind',
  description: 'What part of a document a section is / 文件结构层级.',
  valuesConfig: described(SECTION_KINDS, (k) => SECTION_KIND_WORDS[k] ?? k),
});

export const RelationshipTypeEnum = Object.fromEntries(REL_TYPES.map((t) => [t, t]));
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'Curated relationship types (from the ontology).',
  valuesConfig: Object.fromEntries(
    REL_TYPES.map((t) => [t, { description: `${RELATIONSHIPS[t].en} / ${RELATIONSHIPS[t].zh}` }]),
  ),
});

export const RoleEnum = enumOf(ROLE_NAMES);
registerEnumType(RoleEnum, {
  name: 'RelationshipRole',
  description: 'How the text qualifies a relationship (重点依托 vs 重点支持, 核心区 vs 功能区, lineage).',
  valuesConfig: described(ROLE_NAMES, (r) => {
    const spec = ROLES[r];
    return spec ? `${spec.type}: ${spec.en} / ${spec.zh} (${spec.covers}).` : r;
  }),
});

export const NameEnSourceEnum = enumOf(NAME_EN_SOURCES);
registerEnumType(NameEnSourceEnum, {
  name: 'NameEnSource',
  description: 'Where an English name comes from.',
  valuesConfig: {
    ESTABLISHED: { description: 'A name in public use (the institution’s own, or a standard one).' },
    TRANSLATED: { description: 'The curators’ translation: no established English name was found.' },
  },
});

export const MatchTypeEnum = enumOf(['exact', 'alias', 'prefix', 'substring', 'fuzzy'] as const);
registerEnumType(MatchTypeEnum, {
  name: 'MatchType',
  description: 'How a search hit matched, strongest first; results are ordered by it.',
  valuesConfig: {
    EXACT: { description: 'The text is the entity’s name (ignoring spaces, width, case, punctuation).' },
    ALIAS: { description: 'The text is an alias, abbreviation, English name or pinyin, in full.' },
    PREFIX: { description: 'A name, alias, abbreviation, English name or pinyin starts with the text.' },
    SUBSTRING: {
      description:
        'A name, alias, abbreviation, English name or pinyin holds the whole text, not at its start (理工大学 in 大连理工大学).',
    },
    FUZZY: {
      description:
        'Full-text similarity only (a name holds at least half of the typed text, but none holds all of it): the entity may not be what was typed.',
    },
  },
});

export const MatchedOnEnum = enumOf([...KEY_SOURCES, 'full_text'] as const);
registerEnumType(MatchedOnEnum, {
  name: 'MatchedOn',
  description: 'Which of the entity’s names a search hit matched.',
  valuesConfig: {
    NAME: { description: 'The Chinese name.' },
    ALIAS: { description: 'Another name the documents use.' },
    ABBREVIATION: { description: 'A curated short name planners use (大工, DICP).' },
    ENGLISH: { description: 'The English name.' },
    PINYIN: { description: 'Full pinyin of the name or an alias (dalianligongdaxue).' },
    INITIALS: { description: 'Pinyin initials of the name or an alias (dllgdx).' },
    FULL_TEXT: { description: 'The full-text index (character bigrams of names, aliases, English).' },
  },
});
