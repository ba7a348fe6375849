/**
 * The ontology of innograph: node kinds, relationship types and their properties.
 *
 * This file is the single source of truth. Seed validation, the Cypher schema
 * (labels, constraints, indexes), GraphQL enums and the web legend are all derived
 * from the tables below; nothing else in the code base lists kinds or types by hand.
 */

/** Coarse grouping of kinds; each also a secondary Neo4j label (GROUP_LABELS). */
export const GROUPS = ['Platform', 'Actor', 'Industry', 'Knowledge', 'Place', 'Source'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The Neo4j label of each group. A group label must differ from every kind label, or the kind
 * could not be matched (nor counted from the count store) apart from its group: the group
 * Industry (chains, industries, directions) is labelled IndustryGroup, since `:Industry` is
 * the kind industry. A unit test keeps the two sets apart.
 */
export const GROUP_LABELS: Readonly<Record<Group, string>> = {
  Platform: 'Platform',
  Actor: 'Actor',
  Industry: 'IndustryGroup',
  Knowledge: 'Knowledge',
  Place: 'Place',
  Source: 'Source',
};

export interface KindSpec {
  /** Neo4j label (PascalCase) and GraphQL type name. */
  readonly label: string;
  readonly group: Group;
  /** Prefix of every id of this kind, e.g. `lab:` — ids are `prefix:slug`. */
  readonly idPrefix: string;
  readonly zh: string;
  readonly en: string;
  /** What counts as this kind, for curators. */
  readonly covers: string;
  /** Legend style for the web view. */
  readonly style: { readonly color: string; readonly shape: string };
}

export const KINDS = {
  laboratory: {
    label: 'Laboratory',
    group: 'Platform',
    idPrefix: 'lab',
    zh: '实验室',
    en: 'Laboratory',
    covers: '辽宁实验室, 国家实验室, (省部共建)国家重点实验室, other named laboratories',
    style: { color: '#d55e00', shape: 'ellipse' },
  },
  innovation_centre: {
    label: 'InnovationCentre',
    group: 'Platform',
    idPrefix: 'tic',
    zh: '技术创新中心',
    en: 'Technology innovation centre',
    covers: '国家/省 技术创新中心, 产业创新中心, 制造业创新中心',
    style: { color: '#e69f00', shape: 'ellipse' },
  },
  clinical_centre: {
    label: 'ClinicalCentre',
    group: 'Platform',
    idPrefix: 'ccr',
    zh: '临床医学研究中心',
    en: 'Clinical medical research centre',
    covers: '国家/省 临床医学研究中心',
    style: { color: '#cc79a7', shape: 'ellipse' },
  },
  research_centre: {
    label: 'ResearchCentre',
    group: 'Platform',
    idPrefix: 'rc',
    zh: '研究中心',
    en: 'Research centre',
    covers: '研究中心, 工程(技术)研究中心, 国家研究中心, 基础科学中心, 验证中心',
    style: { color: '#f0e442', shape: 'ellipse' },
  },
  infrastructure: {
    label: 'Infrastructure',
    group: 'Platform',
    idPrefix: 'inf',
    zh: '重大科技基础设施',
    en: 'Major S&T infrastructure',
    covers: '重大科技基础设施, 大科学装置, 试验/测试装置, 设施群, 光源',
    style: { color: '#0072b2', shape: 'ellipse' },
  },
  innovation_institute: {
    label: 'InnovationInstitute',
    group: 'Platform',
    idPrefix: 'ii',
    zh: '创新研究院',
    en: 'Innovation institute',
    covers: '(创新/产业技术)研究院, 新型研发机构',
    style: { color: '#56b4e9', shape: 'ellipse' },
  },
  pilot_base: {
    label: 'PilotBase',
    group: 'Platform',
    idPrefix: 'pb',
    zh: '中试基地',
    en: 'Pilot / incubation base',
    covers: '中试基地, 育成中心, 转化中心, 产业基地, 中试平台',
    style: { color: '#009e73', shape: 'ellipse' },
  },
  zone: {
    label: 'Zone',
    group: 'Platform',
    idPrefix: 'zone',
    zh: '园区',
    en: 'Zone',
    covers: '科学城, 高新区, 自主创新示范区, 产业园, 科技城',
    style: { color: '#7f7f7f', shape: 'round-rectangle' },
  },
  platform_group: {
    label: 'PlatformGroup',
    group: 'Platform',
    idPrefix: 'grp',
    zh: '平台组',
    en: 'Named group of platforms',
    covers:
      'a list the text names as one (区域特色创新平台, 重大科技基础设施集群): not a platform itself; its members are PART_OF it',
    style: { color: '#c49c94', shape: 'round-octagon' },
  },
  university: {
    label: 'University',
    group: 'Actor',
    idPrefix: 'uni',
    zh: '高校',
    en: 'University',
    covers: '大学, 学院',
    style: { color: '#1f77b4', shape: 'diamond' },
  },
  research_institute: {
    label: 'ResearchInstitute',
    group: 'Actor',
    idPrefix: 'ri',
    zh: '科研院所',
    en: 'Research institute',
    covers: '中国科学院 institutes, 省/行业 研究院所, 设计院',
    style: { color: '#2ca02c', shape: 'diamond' },
  },
  hospital: {
    label: 'Hospital',
    group: 'Actor',
    idPrefix: 'hos',
    zh: '医院',
    en: 'Hospital',
    covers: '医院, 附属医院',
    style: { color: '#e7298a', shape: 'diamond' },
  },
  enterprise: {
    label: 'Enterprise',
    group: 'Actor',
    idPrefix: 'ent',
    zh: '企业',
    en: 'Enterprise',
    covers: '企业, 集团, 公司; also an unnamed "优势企业" placeholder where a document names none',
    style: { color: '#aec7e8', shape: 'diamond' },
  },
  government: {
    label: 'Government',
    group: 'Actor',
    idPrefix: 'gov',
    zh: '政府部门',
    en: 'Government body',
    covers: '人民政府, 厅, 局, 委员会',
    style: { color: '#666666', shape: 'diamond' },
  },
  alliance: {
    label: 'Alliance',
    group: 'Actor',
    idPrefix: 'all',
    zh: '联盟',
    en: 'Alliance',
    covers: '产业技术创新战略联盟, 创新联合体',
    style: { color: '#98df8a', shape: 'diamond' },
  },
  chain: {
    label: 'Chain',
    group: 'Industry',
    idPrefix: 'chain',
    zh: '产业链',
    en: 'Industrial chain',
    covers: '产业链, 产业创新链, 产业集群 named as a chain',
    style: { color: '#393b79', shape: 'hexagon' },
  },
  industry: {
    label: 'Industry',
    group: 'Industry',
    idPrefix: 'ind',
    zh: '产业',
    en: 'Industry',
    covers:
      'an industry a zone, region or platform focuses on, named without a chain (5G, 服装, 石化); not an industrial chain',
    style: { color: '#6b6ecf', shape: 'round-hexagon' },
  },
  direction: {
    label: 'Direction',
    group: 'Industry',
    idPrefix: 'dir',
    zh: '未来产业方向',
    en: 'Future-industry direction',
    covers: 'the 2024 document’s six directions and their sub-fields (PART_OF the direction)',
    style: { color: '#637939', shape: 'hexagon' },
  },
  field: {
    label: 'Field',
    group: 'Knowledge',
    idPrefix: 'field',
    zh: '技术领域',
    en: 'Technology field',
    covers: 'technology domains named in the documents',
    style: { color: '#8c6d31', shape: 'tag' },
  },
  topic: {
    label: 'Topic',
    group: 'Knowledge',
    idPrefix: 'topic',
    zh: '规划研究课题',
    en: 'Planning research topic',
    covers: 'the 2020 guide’s research topics, their groups and strategic projects',
    style: { color: '#843c39', shape: 'rectangle' },
  },
  region: {
    label: 'Region',
    group: 'Place',
    idPrefix: 'region',
    zh: '行政区',
    en: 'Region',
    covers: 'province, city, county/district',
    style: { color: '#31a354', shape: 'triangle' },
  },
  document: {
    label: 'Document',
    group: 'Source',
    idPrefix: 'doc',
    zh: '来源文件',
    en: 'Source document',
    covers: 'the five policy documents',
    style: { color: '#252525', shape: 'vee' },
  },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

export const kindsInGroup = (group: Group): Kind[] => KIND_NAMES.filter((k) => KINDS[k].group === group);

export const PLATFORM_KINDS = kindsInGroup('Platform');
/**
 * Platforms one by one: the platform kinds but zones and platform groups (designations such
 * as 培育 apply to these; the synthetic graph of src/scale builds these).
 */
export const SINGLE_PLATFORM_KINDS: Kind[] = PLATFORM_KINDS.filter(
  (k) => k !== 'zone' && k !== 'platform_group',
);
export const ACTOR_KINDS = kindsInGroup('Actor');
/**
 * Kinds a document gives a status (planned, built): platforms and industry chains. A university,
 * a company or a city is not planned by a plan that names it as a host, partner or place.
 */
export const STATUS_KINDS: Kind[] = [...PLATFORM_KINDS, ...kindsInGroup('Industry')];

export const LEVELS = ['national', 'provincial', 'municipal', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** existing: 建有/获批建设; planned: 争创/培育/谋划/布局建设/建设 (to be built). */
export const STATUSES = ['existing', 'planned', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Where an English name comes from: a name in use (established) or the curators' translation. */
export const NAME_EN_SOURCES = ['established', 'translated'] as const;
export type NameEnSource = (typeof NAME_EN_SOURCES)[number];

/**
 * How a relationship is known, strongest first. `stated`: the text says it. `named`: the tie is
 * evident from the entity's own name or its section heading (沈阳燃气轮机技术创新中心 → 燃气轮机; a
 * platform listed under a heading): the seed gives the `words` of the name or heading that state
 * it. `inferred`: the curators' conclusion from the text, with a `reason` (Chinese) and `reasonEn`.
 */
export const BASES = ['stated', 'named', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

/** What each basis means, in Chinese and English (GraphQL enum descriptions, docs). */
export const BASIS_WORDS: Readonly<Record<Basis, { readonly zh: string; readonly en: string }>> = {
  stated: { zh: '原文明确', en: 'The text says it.' },
  named: {
    zh: '名称或标题表明',
    en: 'Evident from the entity’s own name or its section heading (the words are recorded).',
  },
  inferred: { zh: '据原文推断', en: 'The curators’ conclusion from the text, with a reason.' },
};

/**
 * Designations: the classes planners ask by (高新区, 中国科学院 institutes, 省部共建 laboratories …).
 * Curated per entity in the seed (`designations: [high_tech_zone]`) and checked: one of `words`
 * (regular expressions) must occur in the entity's name, an alias, a span of its citations or its
 * status word (培育建设 supports `incubating`).
 */
export interface DesignationSpec {
  readonly zh: string;
  readonly en: string;
  /** What it means, for the GraphQL enum and curators. */
  readonly description: string;
  /** The kinds it applies to. */
  readonly kinds: readonly Kind[];
  /** Words (RegExp sources) of a name, alias, cited span or status word that support it. */
  readonly words: readonly string[];
  /** zone class, platform designation or institution affiliation. */
  readonly family: 'zone_class' | 'platform' | 'affiliation';
}

const ZONE_LIKE: readonly Kind[] = ['zone', 'region'];

export const DESIGNATIONS = {
  high_tech_zone: {
    zh: '高新区',
    en: 'High-tech zone',
    description: '高新技术产业开发区 (national or provincial high-tech industrial development zone).',
    kinds: ['zone'],
    words: ['高新区', '高新技术产业开发区', '高新园区'],
    family: 'zone_class',
  },
  national_innovation_demonstration_zone: {
    zh: '国家自主创新示范区',
    en: 'National independent innovation demonstration zone',
    description: '国家自主创新示范区 (自创区), such as 沈大国家自主创新示范区.',
    kinds: ['zone'],
    words: ['国家自主创新示范区', '自创区'],
    family: 'zone_class',
  },
  demonstration_zone: {
    zh: '示范区',
    en: 'Demonstration zone',
    description: 'Any zone or base named a 示范区 / 示范基地 (demonstration zone or base).',
    kinds: ZONE_LIKE,
    words: ['示范区', '示范基地'],
    family: 'zone_class',
  },
  pilot_zone: {
    zh: '试验区',
    en: 'Pilot zone',
    description: 'A zone named 试验区 (pilot or experimental zone) or 先导区 (pioneer zone).',
    kinds: ZONE_LIKE,
    words: ['试验区', '先导区'],
    family: 'zone_class',
  },
  science_city: {
    zh: '科学城',
    en: 'Science city',
    description: '科学城 / 科技城: a science city or science-and-technology city.',
    kinds: ['zone'],
    words: ['科学城', '科技城'],
    family: 'zone_class',
  },
  national_science_centre: {
    zh: '综合性国家科学中心',
    en: 'Comprehensive national science centre',
    description: '综合性国家科学中心 (comprehensive national science centre).',
    kinds: ['zone'],
    words: ['国家科学中心'],
    family: 'zone_class',
  },
  new_area: {
    zh: '新区',
    en: 'New area',
    description: '新区: a state- or province-level new area (金普新区, 沈抚新区).',
    kinds: ['zone'],
    // Not the 新区 of 高新区.
    words: ['(?<!高)新区'],
    family: 'zone_class',
  },
  economic_zone: {
    zh: '经济区',
    en: 'Economic zone or belt',
    description: '经济区 / 经济带 / 产业带: an economic zone or belt spanning places.',
    kinds: ZONE_LIKE,
    words: ['经济区', '经济带', '产业带'],
    family: 'zone_class',
  },
  industrial_park: {
    zh: '产业园',
    en: 'Industrial park',
    description: '产业园 / 科技园区 / 工业团地: an industrial or technology park.',
    kinds: ['zone'],
    words: ['产业园', '园区', '团地'],
    family: 'zone_class',
  },
  free_trade_zone: {
    zh: '自贸区',
    en: 'Free trade zone',
    description: '自由贸易试验区 (自贸区).',
    kinds: ['zone'],
    words: ['自贸区', '自由贸易试验区'],
    family: 'zone_class',
  },
  provincial_ministerial: {
    zh: '省部共建',
    en: 'Province–ministry co-built',
    description: '省部共建: built jointly by the province and a national ministry (省部共建国家重点实验室).',
    kinds: ['laboratory', 'innovation_centre', 'research_centre'],
    words: ['省部共建'],
    family: 'platform',
  },
  state_key_laboratory: {
    zh: '国家重点实验室',
    en: 'State key laboratory',
    description: '国家重点实验室 (including 省部共建 ones), as the name says.',
    kinds: ['laboratory'],
    words: ['国家重点实验室'],
    family: 'platform',
  },
  national_laboratory: {
    zh: '国家实验室',
    en: 'National laboratory',
    description: '国家实验室: a national laboratory (not a 国家重点实验室).',
    kinds: ['laboratory'],
    words: ['国家实验室'],
    family: 'platform',
  },
  liaoning_laboratory: {
    zh: '辽宁实验室',
    en: 'Liaoning Laboratory',
    description:
      '辽宁实验室: the province’s flagship laboratories (辽宁材料实验室 …), not their umbrella 辽宁实验室 (the system they are PART_OF).',
    kinds: ['laboratory'],
    words: ['辽宁.{0,8}实验室'],
    family: 'platform',
  },
  international_cooperation: {
    zh: '国际合作',
    en: 'International cooperation',
    description:
      '国际合作 / 国际联合: a platform or zone built with foreign partners or for international cooperation (国际创新中心, “一带一路”联合实验室, 中日/中英 parks).',
    kinds: [
      'laboratory',
      'innovation_centre',
      'research_centre',
      'infrastructure',
      'innovation_institute',
      'pilot_base',
      'zone',
    ],
    words: ['国际', '一带一路', '中日', '中英', '中东欧', '中外'],
    family: 'platform',
  },
  incubating: {
    zh: '培育',
    en: 'Being incubated',
    description: '培育: a platform the document says is being incubated or fostered (培育建设, 培育基地).',
    kinds: [...SINGLE_PLATFORM_KINDS, 'zone'],
    words: ['培育'],
    family: 'platform',
  },
  cas_institute: {
    zh: '中国科学院院所',
    en: 'Chinese Academy of Sciences institute',
    description:
      '中国科学院 (中科院) institute or institution: a research institute, innovation institute or centre of the Chinese Academy of Sciences.',
    kinds: ['research_institute', 'innovation_institute', 'pilot_base', 'research_centre'],
    words: ['中国科学院', '中科院'],
    family: 'affiliation',
  },
  affiliated_hospital: {
    zh: '大学附属医院',
    en: 'University-affiliated hospital',
    description: '附属医院: a hospital affiliated to a university.',
    kinds: ['hospital'],
    words: ['附属'],
    family: 'affiliation',
  },
} as const satisfies Record<string, DesignationSpec>;

export type Designation = keyof typeof DESIGNATIONS;
export const DESIGNATION_NAMES = Object.keys(DESIGNATIONS) as Designation[];
export const isDesignation = (v: unknown): v is Designation => typeof v === 'string' && v in DESIGNATIONS;

/**
 * Document structure: chapters, sections, boxes (专栏) and items, curated per document
 * (seed/<doc>/sections.yaml) with their line ranges. Stored as (:Section) nodes, not entities.
 */
export const SECTION_KINDS = ['title', 'preamble', 'chapter', 'section', 'box', 'item'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const SECTION_LABEL = 'Section' as const;
/** (:Section)-[:SECTION_OF]->(:Document), (child)-[:WITHIN]->(parent), (:Entity)-[:CITED_IN_SECTION {lines}]->(:Section). */
export const SECTION_OF_REL = 'SECTION_OF' as const;
export const WITHIN_REL = 'WITHIN' as const;
export const CITED_IN_SECTION_REL = 'CITED_IN_SECTION' as const;

/** A role narrows a relationship where the text says how (重点依托 vs 重点支持, 核心区 vs 功能区). */
export interface RoleSpec {
  readonly zh: string;
  readonly en: string;
  /** What a curator looks for in the text. */
  readonly covers: string;
  /**
   * The word the cited line must show for this role, governing the unit it names (the nearest such
   * word before the unit's name); checked over the curated seed by a unit test. None for lineage.
   */
  readonly words?: string;
}

export interface RelSpec {
  readonly zh: string;
  readonly en: string;
  readonly from: readonly Kind[];
  readonly to: readonly Kind[];
  readonly style: { readonly color: string; readonly line: 'solid' | 'dashed' | 'dotted' };
  /** Roles a relationship of this type may carry; `roleRequired` when every one must have one. */
  readonly roles?: Readonly<Record<string, RoleSpec>>;
  readonly roleRequired?: boolean;
}

const RELIED_ON_KINDS: readonly Kind[] = [...PLATFORM_KINDS, ...ACTOR_KINDS];
const INDUSTRY_TARGETS: readonly Kind[] = ['chain', 'industry', 'direction'];
const PART_OF_KINDS: readonly Kind[] = [
  ...PLATFORM_KINDS,
  ...ACTOR_KINDS,
  'region',
  'direction',
  'field',
  'topic',
  'chain',
  'industry',
];
/** What the documents plan from one plan to the next: platforms, chains, directions, fields. */
const LINEAGE_KINDS: readonly Kind[] = [...PLATFORM_KINDS, 'chain', 'industry', 'direction', 'field'];

export const RELATIONSHIPS = {
  HOSTED_BY: {
    zh: '依托',
    en: 'hosted by',
    from: PLATFORM_KINDS,
    to: [...ACTOR_KINDS, ...PLATFORM_KINDS],
    style: { color: '#1f77b4', line: 'solid' },
  },
  LED_BY: {
    zh: '牵头',
    en: 'led by',
    from: PLATFORM_KINDS,
    to: ACTOR_KINDS,
    style: { color: '#ff7f0e', line: 'solid' },
  },
  CO_BUILT_WITH: {
    zh: '联合共建',
    en: 'co-built with',
    from: PLATFORM_KINDS,
    to: [...ACTOR_KINDS, ...PLATFORM_KINDS, 'region'],
    style: { color: '#9467bd', line: 'solid' },
  },
  RELIES_ON: {
    zh: '依靠',
    en: 'relies on',
    from: ['chain', 'direction'],
    to: RELIED_ON_KINDS,
    style: { color: '#393b79', line: 'solid' },
    roles: {
      key_reliance: { zh: '重点依托', en: 'key reliance', covers: '重点依托 …等单位', words: '重点依托' },
      reliance: { zh: '依托', en: 'reliance', covers: '依托 …等单位, without 重点', words: '依托' },
      key_support: { zh: '重点支持', en: 'key support', covers: '重点支持 …等单位', words: '重点支持' },
    },
  },
  SERVES: {
    zh: '服务',
    en: 'serves',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS],
    to: INDUSTRY_TARGETS,
    style: { color: '#637939', line: 'solid' },
  },
  FOCUSES_ON: {
    zh: '聚焦',
    en: 'focuses on',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'chain', 'direction', 'region'],
    to: ['field', 'direction', 'industry'],
    style: { color: '#8c6d31', line: 'dotted' },
  },
  LOCATED_IN: {
    zh: '位于',
    en: 'located in',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'chain', 'industry'],
    to: ['region', 'zone'],
    style: { color: '#31a354', line: 'dotted' },
  },
  PART_OF: {
    zh: '隶属',
    en: 'part of',
    from: PART_OF_KINDS,
    to: PART_OF_KINDS,
    style: { color: '#7f7f7f', line: 'solid' },
    roles: {
      core_area: { zh: '核心区', en: 'core area', covers: '以…为核心区', words: '核心' },
      functional_area: { zh: '功能区', en: 'functional area', covers: '以…为功能区', words: '功能区' },
    },
  },
  ADDRESSES: {
    zh: '研究',
    en: 'addresses',
    from: ['topic'],
    to: [...PLATFORM_KINDS, 'chain', 'industry', 'direction', 'field', 'region'],
    style: { color: '#843c39', line: 'dotted' },
  },
  CONTINUES: {
    zh: '延续',
    en: 'continues',
    // From the later document's entity to the earlier one's (plan lineage).
    from: LINEAGE_KINDS,
    to: LINEAGE_KINDS,
    style: { color: '#e7969c', line: 'dashed' },
    roles: {
      same: { zh: '同一', en: 'same as', covers: 'the later plan names the same thing again' },
      renamed: { zh: '更名', en: 'renamed', covers: 'the same thing under a new name' },
      split: { zh: '拆分', en: 'split from', covers: 'the later one is one of several parts of the earlier' },
      merged: {
        zh: '合并',
        en: 'merged from',
        covers: 'the later one takes in the earlier together with others',
      },
      extended: { zh: '调整', en: 'continued with a changed scope', covers: 'continued, wider or narrower' },
    },
    roleRequired: true,
  },
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof RELATIONSHIPS;
export const REL_TYPES = Object.keys(RELATIONSHIPS) as RelType[];

/** Every role of every relationship type, e.g. `key_reliance`; names are unique across types. */
export const ROLES: Readonly<Record<string, RoleSpec & { readonly type: RelType }>> = Object.fromEntries(
  (Object.entries(RELATIONSHIPS) as [RelType, RelSpec][]).flatMap(([type, spec]) =>
    Object.entries(spec.roles ?? {}).map(([role, r]) => [role, { ...r, type }]),
  ),
);
export type Role = string;
export const ROLE_NAMES = Object.keys(ROLES);
export const relSpec = (type: RelType): RelSpec => RELATIONSHIPS[type];
export const rolesOf = (type: RelType): readonly string[] => Object.keys(relSpec(type).roles ?? {});

/** Provenance: every node links to the documents that mention it. Not curated by hand. */
export const PROVENANCE_REL = 'CITED_IN' as const;

/**
 * Region membership, derived at load time by one rule (src/semantics/regions.ts) from
 * LOCATED_IN and PART_OF: never curated, never passes through an entity that spans regions.
 */
export const IN_REGION_REL = 'IN_REGION' as const;

/** Search keys (exact names, aliases, abbreviations, English, pinyin) of an entity, derived at load. */
export const SEARCH_KEY_LABEL = 'SearchKey' as const;
export const SEARCH_KEY_REL = 'KEY_OF' as const;

/** One node marks a load that has not finished (killed or failed): the next run completes it. */
export const LOAD_MARK_LABEL = 'InnographLoad' as const;

/** Relationship types innograph writes that are not curated: provenance and derived facts. */
export const DERIVED_RELS = [
  PROVENANCE_REL,
  IN_REGION_REL,
  SEARCH_KEY_REL,
  SECTION_OF_REL,
  WITHIN_REL,
  CITED_IN_SECTION_REL,
] as const;

/** The fields a curator writes in seed files, per record; `cite` holds a record's citations. */
export const SEED_FIELDS = {
  entity: [
    'id',
    'kind',
    'name',
    'aliases',
    'abbreviations',
    'nameEn',
    'nameEnSource',
    'placeholder',
    'level',
    'status',
    'statusWord',
    'period',
    'note',
    'noteEn',
    'designations',
    'cite',
  ],
  /** Extra fields of a document entity. */
  /** `follows`: documents this one names as its basis (orders documents of the same date). */
  document: ['file', 'issuer', 'date', 'follows'],
  /** `words`: for basis named, the words of the name or heading that state the tie. */
  relation: ['from', 'type', 'to', 'role', 'basis', 'words', 'reason', 'reasonEn', 'cite'],
  /** A section of a document (seed/<doc>/sections.yaml); `lines: [from, to]`. */
  section: ['doc', 'path', 'kind', 'label', 'labelEn', 'lines'],
  mention: ['id', 'cite'],
  /** `status`, `statusWord` and `level` state what this document says at this line. */
  citation: ['doc', 'line', 'section', 'span', 'status', 'statusWord', 'level'],
} as const;

export const EVIDENCE_SPAN_MAX = 40;

export const isKind = (v: unknown): v is Kind => typeof v === 'string' && v in KINDS;
export const isRelType = (v: unknown): v is RelType => typeof v === 'string' && v in RELATIONSHIPS;
