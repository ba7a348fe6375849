/**
 * The ontology of innograph: node kinds, relationship types and their properties.
 *
 * This file is the single source of truth. Seed validation, the Cypher schema
 * (labels, constraints, indexes), GraphQL enums and the web legend are all derived
 * from the tables below; nothing else in the code base lists kinds or types by hand.
 */

/** Coarse grouping of kinds; also used as a secondary Neo4j label. */
export const GROUPS = ['Platform', 'Actor', 'Industry', 'Knowledge', 'Place', 'Source'] as const;
export type Group = (typeof GROUPS)[number];

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
    style: { color: '#d62728', shape: 'ellipse' },
  },
  innovation_centre: {
    label: 'InnovationCentre',
    group: 'Platform',
    idPrefix: 'tic',
    zh: '技术创新中心',
    en: 'Technology innovation centre',
    covers: '国家/省 技术创新中心, 产业创新中心, 制造业创新中心',
    style: { color: '#ff7f0e', shape: 'ellipse' },
  },
  clinical_centre: {
    label: 'ClinicalCentre',
    group: 'Platform',
    idPrefix: 'ccr',
    zh: '临床医学研究中心',
    en: 'Clinical medical research centre',
    covers: '国家/省 临床医学研究中心',
    style: { color: '#e377c2', shape: 'ellipse' },
  },
  research_centre: {
    label: 'ResearchCentre',
    group: 'Platform',
    idPrefix: 'rc',
    zh: '研究中心',
    en: 'Research centre',
    covers: '研究中心, 工程(技术)研究中心, 国家研究中心, 基础科学中心, 验证中心',
    style: { color: '#bcbd22', shape: 'ellipse' },
  },
  infrastructure: {
    label: 'Infrastructure',
    group: 'Platform',
    idPrefix: 'inf',
    zh: '重大科技基础设施',
    en: 'Major S&T infrastructure',
    covers: '重大科技基础设施, 大科学装置, 试验/测试装置, 设施群, 光源',
    style: { color: '#8c564b', shape: 'ellipse' },
  },
  innovation_institute: {
    label: 'InnovationInstitute',
    group: 'Platform',
    idPrefix: 'ii',
    zh: '创新研究院',
    en: 'Innovation institute',
    covers: '(创新/产业技术)研究院, 新型研发机构',
    style: { color: '#9467bd', shape: 'ellipse' },
  },
  pilot_base: {
    label: 'PilotBase',
    group: 'Platform',
    idPrefix: 'pb',
    zh: '中试基地',
    en: 'Pilot / incubation base',
    covers: '中试基地, 育成中心, 转化中心, 产业基地, 中试平台',
    style: { color: '#17becf', shape: 'ellipse' },
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
    style: { color: '#f7b6d2', shape: 'diamond' },
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
    style: { color: '#c7c7c7', shape: 'diamond' },
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
export const ACTOR_KINDS = kindsInGroup('Actor');

export const LEVELS = ['national', 'provincial', 'municipal', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];

/** existing: 建有/获批建设; planned: 争创/培育/谋划/布局建设/建设 (to be built). */
export const STATUSES = ['existing', 'planned', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const BASES = ['stated', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

export interface RelSpec {
  readonly zh: string;
  readonly en: string;
  readonly from: readonly Kind[];
  readonly to: readonly Kind[];
  readonly style: { readonly color: string; readonly line: 'solid' | 'dashed' | 'dotted' };
}

const RELIED_ON_KINDS: readonly Kind[] = [...PLATFORM_KINDS, ...ACTOR_KINDS];

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
    zh: '重点依托',
    en: 'relies on',
    from: ['chain', 'direction'],
    to: RELIED_ON_KINDS,
    style: { color: '#393b79', line: 'solid' },
  },
  SERVES: {
    zh: '服务',
    en: 'serves',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS],
    to: ['chain', 'direction'],
    style: { color: '#637939', line: 'solid' },
  },
  FOCUSES_ON: {
    zh: '聚焦',
    en: 'focuses on',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'chain', 'direction'],
    to: ['field', 'direction'],
    style: { color: '#8c6d31', line: 'dotted' },
  },
  LOCATED_IN: {
    zh: '位于',
    en: 'located in',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'chain'],
    to: ['region', 'zone'],
    style: { color: '#31a354', line: 'dotted' },
  },
  PART_OF: {
    zh: '隶属',
    en: 'part of',
    from: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'region', 'direction', 'field', 'topic', 'chain'],
    to: [...PLATFORM_KINDS, ...ACTOR_KINDS, 'region', 'direction', 'field', 'topic', 'chain'],
    style: { color: '#7f7f7f', line: 'solid' },
  },
  ADDRESSES: {
    zh: '研究',
    en: 'addresses',
    from: ['topic'],
    to: [...PLATFORM_KINDS, 'chain', 'direction', 'field', 'region'],
    style: { color: '#843c39', line: 'dotted' },
  },
} as const satisfies Record<string, RelSpec>;

export type RelType = keyof typeof RELATIONSHIPS;
export const REL_TYPES = Object.keys(RELATIONSHIPS) as RelType[];

/** Provenance: every node links to the documents that mention it. Not curated by hand. */
export const PROVENANCE_REL = 'CITED_IN' as const;

/** The fields a curator writes in seed files, per record; `cite` holds a record's citations. */
export const SEED_FIELDS = {
  entity: [
    'id',
    'kind',
    'name',
    'aliases',
    'nameEn',
    'level',
    'status',
    'statusWord',
    'period',
    'note',
    'cite',
  ],
  /** Extra fields of a document entity. */
  document: ['file', 'issuer', 'date'],
  relation: ['from', 'type', 'to', 'basis', 'reason', 'cite'],
  mention: ['id', 'cite'],
  citation: ['doc', 'line', 'section', 'span'],
} as const;

export const EVIDENCE_SPAN_MAX = 40;

export const isKind = (v: unknown): v is Kind => typeof v === 'string' && v in KINDS;
export const isRelType = (v: unknown): v is RelType => typeof v === 'string' && v in RELATIONSHIPS;
