/**
 * Synthetic national-scale seed data in the project's own YAML format, with the source text
 * files its citations point to, so that `innograph seed` validates and loads it like the
 * curated seed. Kinds, relationship types and their proportions follow the curated seed; the
 * degrees are skewed (Zipf) so that a few regions, universities, institutes and documents
 * become hubs with thousands of links. Every name is invented from ./vocabulary.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  KINDS,
  LEVELS,
  RELATIONSHIPS,
  SINGLE_PLATFORM_KINDS,
  type Kind,
  type RelType,
} from '../ontology/ontology.js';
import { intBelow, pick, rng, Zipf, type Rng } from './random.js';
import {
  BRAND_SYLLABLES,
  CHAPTER_WORDS,
  CHINESE_NUMERALS,
  KIND_SUFFIXES,
  LINE_FRAMES,
  PLACE_HEADS,
  PLACE_TAILS,
  STATUS_WORDS,
  TECH_WORDS,
  UNIVERSITY_WORDS,
} from './vocabulary.js';

/** Entities of the curated seed by kind (documents apart): the mix every factor repeats. */
const CURATED_KINDS: Readonly<Partial<Record<Kind, number>>> = {
  field: 242,
  chain: 52,
  topic: 50,
  zone: 47,
  region: 38,
  enterprise: 33,
  research_centre: 26,
  direction: 25,
  pilot_base: 24,
  laboratory: 20,
  industry: 20,
  infrastructure: 15,
  innovation_centre: 15,
  university: 14,
  government: 7,
  innovation_institute: 6,
  research_institute: 6,
  clinical_centre: 5,
  hospital: 3,
  alliance: 1,
};
const CURATED_ENTITIES = 649;
const CURATED_RELATIONS = 1015;

const PLATFORMS: readonly Kind[] = SINGLE_PLATFORM_KINDS;
const ACADEMIC: Kind[] = ['university', 'research_institute'];
const ACTORS: Kind[] = [...ACADEMIC, 'hospital', 'enterprise', 'government', 'alliance'];

interface Template {
  readonly type: RelType;
  readonly from: readonly Kind[];
  readonly to: readonly Kind[];
  /** Relationships of this template in the curated seed (out of 1015). */
  readonly weight: number;
  /** A hierarchy inside one kind: each entity gets at most one parent, an earlier one. */
  readonly tree?: boolean;
  /** Roles and their weights; what is left of 1 goes without a role. */
  readonly roles?: readonly (readonly [role: string, share: number])[];
  /** Draw the target among placeholders this often (我省优势企业 leads several centres). */
  readonly placeholderShare?: number;
}

const RELIANCE: Template['roles'] = [
  ['key_reliance', 0.6],
  ['key_support', 0.37],
];

/**
 * The curated seed's relationship mix, grouped (see `innograph seed` counts by type). Zones'
 * regions, the region hierarchy and plan lineage (CONTINUES) are placed by their own steps.
 */
const TEMPLATES: readonly Template[] = [
  { type: 'PART_OF', from: ['field'], to: ['field'], weight: 158, tree: true },
  { type: 'ADDRESSES', from: ['topic'], to: ['field'], weight: 89 },
  { type: 'FOCUSES_ON', from: ['chain'], to: ['field'], weight: 49 },
  { type: 'PART_OF', from: ['topic'], to: ['topic'], weight: 45, tree: true },
  { type: 'PART_OF', from: ['chain'], to: ['industry'], weight: 31 },
  { type: 'FOCUSES_ON', from: ['zone'], to: ['field'], weight: 25 },
  { type: 'PART_OF', from: ['direction'], to: ['direction'], weight: 24, tree: true },
  { type: 'FOCUSES_ON', from: PLATFORMS, to: ['field'], weight: 70 },
  { type: 'PART_OF', from: ['field'], to: ['direction', 'industry'], weight: 20 },
  {
    type: 'RELIES_ON',
    from: ['chain'],
    to: ['enterprise'],
    weight: 30,
    roles: RELIANCE,
    placeholderShare: 0.05,
  },
  { type: 'RELIES_ON', from: ['chain'], to: ACADEMIC, weight: 19, roles: RELIANCE },
  { type: 'RELIES_ON', from: ['chain'], to: ['pilot_base', 'zone', 'alliance'], weight: 3, roles: RELIANCE },
  { type: 'LOCATED_IN', from: PLATFORMS, to: ['region'], weight: 64 },
  { type: 'LOCATED_IN', from: ACTORS, to: ['region'], weight: 30 },
  { type: 'LOCATED_IN', from: PLATFORMS, to: ['zone'], weight: 22 },
  { type: 'LOCATED_IN', from: ['zone'], to: ['zone'], weight: 12, tree: true },
  { type: 'LOCATED_IN', from: ['chain'], to: ['region'], weight: 5 },
  { type: 'FOCUSES_ON', from: ['region'], to: ['industry'], weight: 15 },
  {
    type: 'PART_OF',
    from: ['zone'],
    to: ['zone'],
    weight: 17,
    tree: true,
    roles: [
      ['core_area', 0.18],
      ['functional_area', 0.06],
    ],
  },
  { type: 'PART_OF', from: ['zone'], to: ['region'], weight: 2, roles: [['core_area', 1]] },
  { type: 'PART_OF', from: ['region'], to: ['zone'], weight: 9 },
  {
    type: 'ADDRESSES',
    from: ['topic'],
    to: ['region', 'zone', 'direction', 'industry', 'pilot_base'],
    weight: 30,
  },
  { type: 'FOCUSES_ON', from: ['zone', 'region', ...PLATFORMS], to: ['direction', 'industry'], weight: 20 },
  { type: 'FOCUSES_ON', from: ['region', 'university'], to: ['field'], weight: 8 },
  { type: 'SERVES', from: PLATFORMS, to: ['chain'], weight: 28 },
  { type: 'SERVES', from: [...PLATFORMS, 'government'], to: ['direction', 'industry'], weight: 15 },
  { type: 'HOSTED_BY', from: PLATFORMS, to: ACADEMIC, weight: 20 },
  { type: 'HOSTED_BY', from: ['clinical_centre'], to: ['hospital'], weight: 4 },
  { type: 'HOSTED_BY', from: PLATFORMS, to: ['enterprise', 'research_centre', 'infrastructure'], weight: 9 },
  { type: 'LED_BY', from: PLATFORMS, to: ['enterprise', 'university'], weight: 7, placeholderShare: 0.3 },
  { type: 'CO_BUILT_WITH', from: PLATFORMS, to: ACTORS, weight: 5 },
  { type: 'CO_BUILT_WITH', from: ['zone'], to: ['region'], weight: 3 },
  { type: 'PART_OF', from: PLATFORMS, to: [...PLATFORMS, 'zone', 'university'], weight: 17 },
  {
    type: 'PART_OF',
    from: ['hospital', 'research_institute'],
    to: ['university', 'research_institute'],
    weight: 6,
  },
];

/** CONTINUES roles and their shares in the curated lineage (36 links). */
const LINEAGE_ROLES: readonly (readonly [string, number])[] = [
  ['extended', 17 / 36],
  ['split', 7 / 36],
  ['same', 5 / 36],
  ['merged', 4 / 36],
  ['renamed', 3 / 36],
];
const CURATED_LINEAGE = 36;
/** Kinds a later plan continues, and the earlier kinds it may continue (a direction continues a chain or field). */
const LINEAGE_TO: Readonly<Partial<Record<Kind, readonly Kind[]>>> = {
  chain: ['chain'],
  direction: ['chain', 'field', 'direction'],
  industry: ['industry', 'chain'],
  ...Object.fromEntries(PLATFORMS.map((k) => [k, [k]])),
};
/** One zone in this many spans two cities (沈大国家自主创新示范区): it passes no region on. */
const SPANNING_ZONE_EVERY = 8;
/** Placeholders (我省优势企业) among enterprises and platforms, as in the curated seed. */
const PLACEHOLDER_SHARE = 0.017;
/** Industries kept apart as a long PART_OF chain: paths beyond maxHops must answer "none". */
const LONG_CHAIN = 9;

export interface ScaleOptions {
  /** Multiple of the curated seed (654 entities, 1015 relationships, about 800 document links). */
  readonly factor?: number;
  /** Total relationships instead, document links included, about ten per entity. */
  readonly relationships?: number;
  /** PRNG seed: the same options and seed give the same files. */
  readonly randomSeed?: number;
  /** Records per YAML file. */
  readonly perFile?: number;
}

export interface ScaleManifest {
  readonly options: ScaleOptions;
  readonly entities: number;
  readonly relations: number;
  /** CITED_IN links the loader will write: one per (entity, document) pair. */
  readonly citedIn: number;
  readonly citations: number;
  readonly byKind: Record<string, number>;
  /** Curated types and CITED_IN. */
  readonly byType: Record<string, number>;
  /** Relationships by type and role (`RELIES_ON:key_reliance`), for the types that have roles. */
  readonly byRole: Record<string, number>;
  readonly documents: number;
  /** The largest degrees: what a hub looks like. */
  readonly topDegrees: { id: string; name: string; degree: number }[];
  /** Zones located in two cities: they pass no region on (the region rule). */
  readonly spanningZones: string[];
  readonly placeholders: number;
  readonly abbreviations: number;
  /** Citations that state the status their document gives. */
  readonly citationStatuses: number;
  /**
   * Industries joined only by PART_OF, one after another, the first joined to the rest of the
   * graph: the last is `longChain.length - 1` hops from the first (for "no path within N hops").
   */
  readonly longChain: string[];
  readonly seedDir: string;
  readonly sourcesDir: string;
}

interface Cite {
  readonly doc: number;
  readonly line: number;
  readonly section: string;
  readonly span?: string;
  /** What this document says here (per-citation facts). */
  status?: 'existing' | 'planned';
  statusWord?: string;
}

interface GenEntity {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: string[];
  readonly abbreviations: string[];
  readonly placeholder: boolean;
  readonly level: (typeof LEVELS)[number];
  readonly status: 'existing' | 'planned' | 'unknown';
  readonly statusWord?: string;
  readonly cite: Cite[];
  readonly mentions: Cite[];
}

interface GenRelation {
  readonly from: number;
  readonly type: RelType;
  readonly to: number;
  readonly role?: string;
  readonly inferred: boolean;
  readonly cite: Cite[];
}

interface GenDocument {
  readonly key: string;
  readonly name: string;
  readonly file: string;
  /** YYYY-MM-DD, later for later documents: plan lineage runs from later to earlier. */
  readonly date: string;
  readonly lines: string[];
  chapter: number;
  item: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

class Names {
  private readonly taken = new Set<string>();

  /** A name no other entity has: tries `make` a few times, then qualifies it with a place. */
  unique(r: Rng, make: () => string): string {
    for (let i = 0; i < 12; i += 1) {
      const n = make();
      if (this.claim(n)) return n;
    }
    for (;;) {
      const n = `${place(r, 3)}${make()}`;
      if (this.claim(n)) return n;
    }
  }

  claim(name: string): boolean {
    if (this.taken.has(name)) return false;
    this.taken.add(name);
    return true;
  }
}

const place = (r: Rng, syllables = 2): string => {
  let s = pick(r, PLACE_HEADS);
  for (let i = 1; i < syllables; i += 1) s += pick(r, PLACE_TAILS);
  return s;
};

const QUALIFIERS = [
  '关键',
  '共性',
  '前沿',
  '基础',
  '应用',
  '交叉',
  '绿色',
  '高端',
  '智能',
  '先进',
  '新一代',
  '特色',
];

function makeName(r: Rng, kind: Kind, places: readonly string[]): string {
  const suffix = (): string => pick(r, KIND_SUFFIXES[kind] ?? ['']);
  const tech = (): string => pick(r, TECH_WORDS);
  const at = (): string => (places.length > 0 && r() < 0.8 ? pick(r, places) : place(r));
  switch (kind) {
    case 'university':
      return `${at()}${pick(r, UNIVERSITY_WORDS)}`;
    case 'enterprise':
      return `${pick(r, BRAND_SYLLABLES)}${pick(r, BRAND_SYLLABLES)}${tech()}${suffix()}`;
    case 'government':
    case 'hospital':
      return `${at()}${suffix()}`;
    case 'field':
      return `${pick(r, QUALIFIERS)}${tech()}${r() < 0.5 ? tech() : ''}${suffix()}`;
    case 'chain':
      return `${at()}${pick(r, QUALIFIERS)}${tech()}${suffix()}`;
    case 'direction':
      return `${pick(r, QUALIFIERS)}${tech()}${suffix()}`;
    case 'topic':
      return `${r() < 0.5 ? at() : pick(r, QUALIFIERS)}${tech()}${suffix()}`;
    default:
      return `${at()}${tech()}${suffix()}`;
  }
}

/** How documents shorten a kind's suffix: 云江光伏前沿实验室 → 云江光伏实验室, 云江理工大学 → 云江理工. */
const SHORT_SUFFIX: Readonly<Partial<Record<Kind, string>>> = {
  laboratory: '实验室',
  innovation_centre: '创新中心',
  clinical_centre: '临床中心',
  research_centre: '中心',
  infrastructure: '装置',
  innovation_institute: '研究院',
  pilot_base: '基地',
  zone: '园区',
  university: '',
  research_institute: '所',
  hospital: '医院',
  enterprise: '公司',
  alliance: '联盟',
};

/** A short alias for some platforms and actors, as documents abbreviate them. */
function makeAlias(r: Rng, e: { kind: Kind; name: string }): string | undefined {
  const short = SHORT_SUFFIX[e.kind];
  if (short === undefined || r() > 0.12) return undefined;
  const suffixes = e.kind === 'university' ? UNIVERSITY_WORDS : (KIND_SUFFIXES[e.kind] ?? []);
  const suffix = suffixes.find((s) => e.name.endsWith(s));
  if (suffix === undefined || e.name.length - suffix.length < 3) return undefined;
  const alias = `${e.name.slice(0, e.name.length - suffix.length)}${short}`;
  return alias === e.name ? undefined : alias;
}

function levelOf(r: Rng, kind: Kind): GenEntity['level'] {
  if (kind === 'field' || kind === 'topic' || kind === 'direction') return 'unknown';
  const x = r();
  return x < 0.25 ? 'national' : x < 0.65 ? 'provincial' : x < 0.85 ? 'municipal' : 'unknown';
}

function statusOf(r: Rng, kind: Kind): Pick<GenEntity, 'status' | 'statusWord'> {
  if (!([...PLATFORMS, 'zone'] as Kind[]).includes(kind)) return { status: 'unknown' };
  const x = r();
  if (x < 0.45) return { status: 'existing', statusWord: pick(r, STATUS_WORDS.existing) };
  if (x < 0.9) return { status: 'planned', statusWord: pick(r, STATUS_WORDS.planned) };
  return { status: 'unknown' };
}

/** Entities per kind for the requested size, in the curated seed's proportions. */
function kindCounts(entities: number): Map<Kind, number> {
  const out = new Map<Kind, number>();
  for (const [kind, n] of Object.entries(CURATED_KINDS) as [Kind, number][])
    out.set(kind, Math.max(1, Math.round((n / CURATED_ENTITIES) * entities)));
  return out;
}

export function defaultScaleDir(o: ScaleOptions): string {
  return o.relationships !== undefined ? `build/scale/r${o.relationships}` : `build/scale/f${o.factor ?? 1}`;
}

/** A role drawn by its share; undefined for what is left of 1. */
function drawRole(r: Rng, roles: Template['roles']): string | undefined {
  if (!roles) return undefined;
  let x = r();
  for (const [role, share] of roles) {
    if (x < share) return role;
    x -= share;
  }
  return undefined;
}

const LATIN = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Abbreviations planners use (curated, not cited): a Chinese short form or Latin initials. */
const ABBREVIATED: Readonly<Partial<Record<Kind, number>>> = {
  university: 0.3,
  research_institute: 0.3,
  zone: 0.08,
  enterprise: 0.03,
  laboratory: 0.03,
};

/**
 * Writes `<out>/seed` (YAML in the curated layout: documents.yaml, one folder per kind,
 * relations and mentions in files of `perFile` records) and `<out>/sources` (the documents'
 * text), and returns what was written. Validate with INNOGRAPH_SOURCES=<out>/sources.
 */
export function generateScale(opts: ScaleOptions, out: string): ScaleManifest {
  const r = rng(opts.randomSeed ?? 20240909);
  const perFile = opts.perFile ?? 2000;
  const dense = opts.relationships !== undefined;
  const factor = opts.factor ?? 1;
  if (!(factor > 0)) throw new RangeError('--factor must be positive');
  // Document links are about 1.19 per entity; relationships about 1.56 (curated) or 8.3 (dense).
  const entityTarget = dense
    ? Math.max(100, Math.round((opts.relationships ?? 0) / 9.5))
    : Math.max(60, Math.round(CURATED_ENTITIES * factor));
  const documentCount = Math.max(5, Math.round(5 * Math.sqrt(entityTarget / CURATED_ENTITIES)));
  const names = new Names();

  // Documents: a few dense ones (Zipf) and a long tail, each dated after the one before.
  const provinces: string[] = [];
  const docs: GenDocument[] = [];
  const day0 = Date.UTC(2010, 0, 1);
  const spacing = Math.max(1, Math.floor(5000 / documentCount));
  for (let i = 0; i < documentCount; i += 1) {
    const province = names.unique(r, () => `${place(r)}省`);
    provinces.push(province.slice(0, -1));
    const name = names.unique(r, () => `${province}${pick(r, TECH_WORDS)}创新发展规划`);
    docs.push({
      key: `gen-${pad(i + 1, 3)}`,
      name,
      file: `gen-${pad(i + 1, 3)}.txt`,
      date: new Date(day0 + i * spacing * 86_400_000).toISOString().slice(0, 10),
      lines: [name, '本文件由innograph为规模测试合成，所有名称均为虚构。', ''],
      chapter: 0,
      item: 0,
    });
  }
  const docZipf = new Zipf(documentCount, 1);

  // Entities, kind by kind; regions first (provinces, cities, districts) so that the big
  // regions come first and become the LOCATED_IN hubs.
  const entities: GenEntity[] = [];
  const byKind = new Map<Kind, number[]>();
  const counts = kindCounts(entityTarget);
  const places: string[] = [...provinces];
  const add = (kind: Kind, name: string, placeholder = false): number => {
    const i = entities.length;
    const seq = (byKind.get(kind)?.length ?? 0) + 1;
    const alias = placeholder ? undefined : makeAlias(r, { kind, name });
    const aliases = alias !== undefined && names.claim(alias) ? [alias] : [];
    const abbreviations: string[] = [];
    if (!placeholder && r() < (ABBREVIATED[kind] ?? 0)) {
      // A Chinese short form (first two characters and the last of the name) or Latin initials.
      const short = `${name.slice(0, 2)}${name.slice(-2, -1)}`;
      if (r() < 0.5 && short.length >= 3 && names.claim(short)) abbreviations.push(short);
      else {
        const latin = names.unique(r, () =>
          Array.from({ length: 3 + intBelow(r, 2) }, () => pick(r, Array.from(LATIN))).join(''),
        );
        abbreviations.push(latin);
      }
    }
    entities.push({
      id: `${KINDS[kind].idPrefix}:g${seq}`,
      kind,
      name,
      aliases,
      abbreviations,
      placeholder,
      level: placeholder ? 'unknown' : levelOf(r, kind),
      ...statusOf(r, kind),
      cite: [],
      mentions: [],
    });
    const list = byKind.get(kind);
    if (list) list.push(i);
    else byKind.set(kind, [i]);
    return i;
  };
  const regionParents: [child: number, parent: number][] = [];
  const cityIdx: number[] = [];
  const districts: number[] = [];
  const cityProvince = new Map<number, number>();
  {
    const total = counts.get('region') ?? 1;
    const nProvinces = Math.min(total, Math.max(1, Math.round(total / 40)));
    const nCities = Math.min(total - nProvinces, Math.max(2, Math.round(total * 0.25)));
    const provinceIdx: number[] = [];
    for (let i = 0; i < nProvinces; i += 1) {
      const base = provinces[i] ?? place(r);
      const name = names.claim(`${base}省`) ? `${base}省` : names.unique(r, () => `${place(r)}省`);
      provinceIdx.push(add('region', name));
    }
    for (let i = 0; i < nCities; i += 1) {
      const base = names.unique(r, () => `${place(r)}市`);
      places.push(base.slice(0, -1));
      const c = add('region', base);
      cityIdx.push(c);
      const p = provinceIdx[i % provinceIdx.length] ?? 0;
      cityProvince.set(c, p);
      regionParents.push([c, p]);
    }
    for (let i = nProvinces + nCities; i < total; i += 1) {
      const d = add(
        'region',
        names.unique(r, () => `${place(r, 3)}${r() < 0.5 ? '区' : '县'}`),
      );
      districts.push(d);
      if (cityIdx.length > 0) regionParents.push([d, pick(r, cityIdx)]);
    }
  }
  // Placeholders first among their kind: the Zipf hubs of LED_BY and RELIES_ON stand for
  // unnamed actors, as 我省优势企业 does, so that hubs and paths must leave them out.
  const placeholderIdx = new Set<number>();
  for (const [kind, n] of counts) {
    if (kind === 'region') continue;
    const unnamed =
      kind === 'enterprise' || PLATFORMS.includes(kind) ? Math.max(1, Math.round(n * PLACEHOLDER_SHARE)) : 0;
    for (let i = 0; i < n; i += 1) {
      const placeholder = i < unnamed;
      const name = placeholder
        ? names.unique(r, () =>
            kind === 'enterprise'
              ? `${pick(r, provinces)}省优势企业`
              : `${pick(r, provinces)}省${pick(r, TECH_WORDS)}${pick(r, KIND_SUFFIXES[kind] ?? [''])}集群`,
          )
        : names.unique(r, () => makeName(r, kind, places));
      const idx = add(kind, name, placeholder);
      if (placeholder) placeholderIdx.add(idx);
    }
  }

  // Entity citations: one to three documents each, a second line now and then; the extra
  // documents go half into the entity's own `cite`, half into `mentions` files.
  const pending: number[][] = docs.map(() => []);
  const extraLine: boolean[] = [];
  const docOf: number[][] = entities.map(() => []);
  entities.forEach((_, i) => {
    const x = r();
    const k = x < 0.84 ? 1 : x < 0.97 ? 2 : 3;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, documentCount)) chosen.add(docZipf.sample(r));
    for (const d of chosen) {
      pending[d]?.push(i);
      docOf[i]?.push(d);
    }
    extraLine[i] = r() < 0.25;
  });
  // Write each document's lines: chapters, items of one to four names, a blank line now and then.
  const placeCite = (doc: GenDocument, names: string[], r2: Rng): { line: number; section: string } => {
    if (doc.item === 0 || doc.item >= 40) {
      doc.chapter += 1;
      doc.item = 0;
      doc.lines.push(
        `第${CHINESE_NUMERALS[(doc.chapter - 1) % 10] ?? '一'}章 ${pick(r2, TECH_WORDS)}${pick(r2, CHAPTER_WORDS)}`,
      );
    }
    doc.item += 1;
    const [head, tail] = pick(r2, LINE_FRAMES) as [string, string];
    doc.lines.push(`${doc.item}. ${head}${names.join('、')}${tail}`);
    const line = doc.lines.length;
    if (r2() < 0.05) doc.lines.push('');
    return { line, section: `第${doc.chapter}章/${doc.item}` };
  };
  const firstCite: Map<number, Cite>[] = docs.map(() => new Map<number, Cite>());
  docs.forEach((doc, d) => {
    const queue = pending[d] ?? [];
    // The second line of an entity that has one comes later in the same document.
    const later: number[] = [];
    const flush = (list: number[], isExtra: boolean): void => {
      for (let i = 0; i < list.length;) {
        const size = 1 + intBelow(r, 4);
        const group = list.slice(i, i + size);
        i += size;
        const { line, section } = placeCite(
          doc,
          group.map((e) => entities[e]?.name ?? ''),
          r,
        );
        for (const e of group) {
          const ent = entities[e];
          if (!ent) continue;
          const spanOk = ent.name.length <= 40 && r() < 0.3;
          const c: Cite = { doc: d, line, section, ...(spanOk ? { span: ent.name } : {}) };
          const primary = docOf[e]?.[0] === d;
          if (!isExtra && !firstCite[d]?.has(e)) firstCite[d]?.set(e, c);
          if (primary || r() < 0.5) ent.cite.push(c);
          else ent.mentions.push(c);
          if (!isExtra && extraLine[e]) later.push(e);
        }
      }
    };
    flush(queue, false);
    flush(later, true);
  });
  // Every cite list starts with a citation (a primary document may land among the mentions).
  for (const e of entities)
    if (e.cite.length === 0) {
      const m = e.mentions.shift();
      if (m) e.cite.push(m);
    }
  // Per-document status: a platform two documents name is often planned in the earlier one
  // and existing in the later one, each citation saying so (one status per document).
  let citationStatuses = 0;
  entities.forEach((e, i) => {
    const ds = [...new Set(docOf[i] ?? [])].sort((a, b) => a - b);
    if (ds.length < 2 || !([...PLATFORMS, 'zone'] as Kind[]).includes(e.kind) || r() > 0.5) return;
    const words = { planned: pick(r, STATUS_WORDS.planned), existing: pick(r, STATUS_WORDS.existing) };
    for (const c of [...e.cite, ...e.mentions]) {
      const status = c.doc === ds[0] ? 'planned' : c.doc === ds.at(-1) ? 'existing' : undefined;
      if (status === undefined) continue;
      c.status = status;
      c.statusWord = words[status];
      citationStatuses += 1;
    }
  });

  // Relationships: the curated mix; `to` is drawn by Zipf over its pool, so early entities
  // (big regions, the first universities and institutes) collect thousands of links.
  const relations: GenRelation[] = [];
  const seen = new Set<string>();
  const relationTarget = dense
    ? Math.max(0, (opts.relationships ?? 0) - Math.round(entities.length * 1.19))
    : Math.round(CURATED_RELATIONS * factor);
  const citeFor = (from: number): Cite[] => {
    const ds = docOf[from] ?? [];
    const d = ds[0] ?? 0;
    const c = firstCite[d]?.get(from);
    if (!c) return [];
    const cs: Cite[] = [
      { doc: c.doc, line: c.line, section: c.section, ...(r() < 0.3 && c.span ? { span: c.span } : {}) },
    ];
    const d2 = ds[1];
    const c2 = d2 === undefined ? undefined : firstCite[d2]?.get(from);
    if (c2 && r() < 0.5) cs.push({ doc: c2.doc, line: c2.line, section: c2.section });
    return cs;
  };
  const addRelation = (
    from: number,
    type: RelType,
    to: number,
    role?: string,
    cite: Cite[] = citeFor(from),
  ): boolean => {
    if (from === to) return false;
    const key = `${from}|${type}|${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    relations.push({ from, type, to, ...(role === undefined ? {} : { role }), inferred: r() < 0.5, cite });
    return true;
  };
  for (const [child, parent] of regionParents) addRelation(child, 'PART_OF', parent);

  // A long chain of industries joined only by PART_OF, kept out of every other template; its
  // first industry is joined to the rest of the graph, its last one is LONG_CHAIN - 1 hops away.
  const industries = byKind.get('industry') ?? [];
  const longChain = industries.length > LONG_CHAIN + 2 ? industries.slice(-LONG_CHAIN) : [];
  const apart = new Set(longChain);
  for (let i = 1; i < longChain.length; i += 1)
    addRelation(longChain[i] ?? 0, 'PART_OF', longChain[i - 1] ?? 0);
  const head = longChain[0];
  const field0 = byKind.get('field')?.[0];
  if (head !== undefined && field0 !== undefined) addRelation(field0, 'PART_OF', head);

  // Zones: each in a city or a district; one in SPANNING_ZONE_EVERY in two cities of one
  // province, as 沈大自创区 is in 沈阳 and 大连 (it passes no region on); sub-zones and platforms
  // are drawn below.
  const spanning: number[] = [];
  const cityZipf = new Zipf(Math.max(1, cityIdx.length), 1);
  (byKind.get('zone') ?? []).forEach((z, i) => {
    const city = cityIdx[cityZipf.sample(r)] ?? 0;
    if (i % SPANNING_ZONE_EVERY === 0 && cityIdx.length > 1) {
      const other = cityIdx.find((c) => c !== city && cityProvince.get(c) === cityProvince.get(city));
      const second = other ?? cityIdx.find((c) => c !== city) ?? city;
      addRelation(z, 'LOCATED_IN', city);
      addRelation(z, 'LOCATED_IN', second);
      spanning.push(z);
    } else addRelation(z, 'LOCATED_IN', r() < 0.3 && districts.length > 0 ? pick(r, districts) : city);
  });

  const pools = new Map<string, number[]>();
  const pool = (kinds: readonly Kind[]): number[] => {
    const key = kinds.join(',');
    let p = pools.get(key);
    if (!p) {
      p = kinds.flatMap((k) => byKind.get(k) ?? []).filter((x) => !apart.has(x));
      pools.set(key, p);
    }
    return p;
  };
  const lineageTarget = Math.round((CURATED_LINEAGE / CURATED_RELATIONS) * relationTarget);
  const remaining = Math.max(0, relationTarget - relations.length - lineageTarget);
  const totalWeight = TEMPLATES.reduce((sum, t) => sum + t.weight, 0);
  // Trees hold one parent per entity; what they cannot hold goes to the other templates.
  const plan = TEMPLATES.map((t) => {
    const want = Math.round((t.weight / totalWeight) * remaining);
    return { t, want: t.tree ? Math.min(want, Math.max(0, pool(t.from).length - 1)) : want };
  });
  const spare = remaining - plan.reduce((sum, p) => sum + p.want, 0);
  const openWeight = plan.filter((p) => !p.t.tree).reduce((sum, p) => sum + p.t.weight, 0);
  for (const p of plan) if (!p.t.tree) p.want += Math.round((p.t.weight / openWeight) * spare);

  for (const { t, want } of plan) {
    const from = pool(t.from);
    const all = pool(t.to);
    // Placeholders are drawn only where the curated seed has them (LED_BY, RELIES_ON).
    const to = all.filter((x) => !placeholderIdx.has(x));
    const unnamed = all.filter((x) => placeholderIdx.has(x));
    if (from.length === 0 || to.length === 0) continue;
    const zipf = new Zipf(to.length, 1);
    const unnamedZipf = new Zipf(Math.max(1, unnamed.length), 1);
    const target = (below?: number): number => {
      if (t.placeholderShare !== undefined && unnamed.length > 0 && r() < t.placeholderShare)
        return unnamed[unnamedZipf.sample(r)] ?? 0;
      return to[zipf.sample(r, below)] ?? 0;
    };
    let made = 0;
    if (t.tree) {
      // Children in order, each with an earlier parent (no cycles), hubs near the top.
      for (let i = 1; i < from.length && made < want; i += 1)
        if (addRelation(from[i] ?? 0, t.type, target(i), drawRole(r, t.roles))) made += 1;
      continue;
    }
    for (let attempts = 0; made < want && attempts < want * 4; attempts += 1)
      if (addRelation(pick(r, from), t.type, target(), drawRole(r, t.roles))) made += 1;
  }

  // Plan lineage: short runs of entities of one kind, each in a later document than the one it
  // continues, linked later → earlier with a role; each link cites a line of both documents.
  const primaryDoc = (i: number): number => docOf[i]?.[0] ?? 0;
  let lineage = 0;
  // Each entity continues at most one earlier one, and is continued by at most two later ones
  // (a split): lineages stay short runs, as in the curated seed, not one web.
  const continued = new Set<number>();
  const continuedBy = new Map<number, number>();
  const lineageKinds = (Object.keys(LINEAGE_TO) as Kind[]).filter((k) => (byKind.get(k)?.length ?? 0) > 1);
  for (let attempts = 0; lineage < lineageTarget && attempts < lineageTarget * 20; attempts += 1) {
    const kind = pick(r, lineageKinds);
    const earlierKinds = LINEAGE_TO[kind] ?? [kind];
    let later = pick(r, pool([kind]));
    let steps = 1 + intBelow(r, 3);
    while (steps > 0 && lineage < lineageTarget) {
      steps -= 1;
      if (continued.has(later) || primaryDoc(later) === 0) break;
      const candidates = pool([pick(r, earlierKinds)]);
      let earlier: number | undefined;
      for (let k = 0; k < 8 && earlier === undefined; k += 1) {
        const c = pick(r, candidates);
        if (
          c !== later &&
          primaryDoc(c) < primaryDoc(later) &&
          (continuedBy.get(c) ?? 0) < 2 &&
          firstCite[primaryDoc(c)]?.has(c)
        )
          earlier = c;
      }
      const lc = firstCite[primaryDoc(later)]?.get(later);
      const ec = earlier === undefined ? undefined : firstCite[primaryDoc(earlier)]?.get(earlier);
      if (earlier === undefined || !lc || !ec) break;
      const cite: Cite[] = [
        { doc: lc.doc, line: lc.line, section: lc.section },
        { doc: ec.doc, line: ec.line, section: ec.section },
      ];
      if (!addRelation(later, 'CONTINUES', earlier, drawRole(r, LINEAGE_ROLES) ?? 'extended', cite)) break;
      continued.add(later);
      continuedBy.set(earlier, (continuedBy.get(earlier) ?? 0) + 1);
      lineage += 1;
      later = earlier;
    }
  }

  for (const rel of relations) {
    const spec = RELATIONSHIPS[rel.type];
    const a = entities[rel.from];
    const b = entities[rel.to];
    if (
      !a ||
      !b ||
      !(spec.from as readonly Kind[]).includes(a.kind) ||
      !(spec.to as readonly Kind[]).includes(b.kind)
    )
      throw new Error(`generator bug: ${rel.type} ${a?.kind ?? '?'} → ${b?.kind ?? '?'}`);
  }

  return writeScale(out, perFile, docs, entities, relations, opts, {
    spanningZones: spanning.map((i) => entities[i]?.id ?? '?'),
    citationStatuses,
    longChain: [...longChain].reverse().map((i) => entities[i]?.id ?? '?'),
  });
}

const q = (s: string): string => JSON.stringify(s);

function citeYaml(docs: readonly GenDocument[], c: Cite): string {
  const span = c.span === undefined ? '' : `, span: ${q(c.span)}`;
  const status =
    c.status === undefined
      ? ''
      : `, status: ${c.status}${c.statusWord === undefined ? '' : `, statusWord: ${q(c.statusWord)}`}`;
  return `{ doc: ${docs[c.doc]?.key ?? '?'}, line: ${c.line}, section: ${q(c.section)}${span}${status} }`;
}

function writeScale(
  out: string,
  perFile: number,
  docs: readonly GenDocument[],
  entities: readonly GenEntity[],
  relations: readonly GenRelation[],
  opts: ScaleOptions,
  extra: Pick<ScaleManifest, 'spanningZones' | 'citationStatuses' | 'longChain'>,
): ScaleManifest {
  const seedDir = join(out, 'seed');
  const sourcesDir = join(out, 'sources');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(seedDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });

  for (const d of docs) writeFileSync(join(sourcesDir, d.file), `${d.lines.join('\n')}\n`);
  writeFileSync(
    join(seedDir, 'documents.yaml'),
    `# Synthetic documents written by npm run gen:scale; their text is in ../sources.\n\nentities:\n${docs
      .map(
        (d) =>
          `  - id: ${q(`doc:${d.key}`)}\n    kind: document\n    name: ${q(d.name)}\n    file: ${q(d.file)}\n    issuer: ${q('innograph (synthetic)')}\n    date: ${q(d.date)}\n    cite:\n      - { doc: ${d.key}, line: 1, section: title }\n`,
      )
      .join('')}`,
  );

  const chunks = <T>(xs: readonly T[]): T[][] => {
    const outChunks: T[][] = [];
    for (let i = 0; i < xs.length; i += perFile) outChunks.push(xs.slice(i, i + perFile));
    return outChunks;
  };
  const byKind = new Map<Kind, GenEntity[]>();
  for (const e of entities) {
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
  }
  for (const [kind, list] of byKind) {
    mkdirSync(join(seedDir, kind), { recursive: true });
    chunks(list).forEach((chunk, i) => {
      const body = chunk
        .map((e) => {
          const lines = [
            `  - id: ${q(e.id)}`,
            `    kind: ${e.kind}`,
            `    name: ${q(e.name)}`,
            ...(e.aliases.length > 0 ? [`    aliases: [${e.aliases.map(q).join(', ')}]`] : []),
            ...(e.abbreviations.length > 0
              ? [`    abbreviations: [${e.abbreviations.map(q).join(', ')}]`]
              : []),
            ...(e.placeholder ? ['    placeholder: true'] : []),
            `    level: ${e.level}`,
            `    status: ${e.status}`,
            ...(e.statusWord === undefined ? [] : [`    statusWord: ${q(e.statusWord)}`]),
            `    cite:`,
            ...e.cite.map((c) => `      - ${citeYaml(docs, c)}`),
          ];
          return `${lines.join('\n')}\n`;
        })
        .join('');
      writeFileSync(join(seedDir, kind, `part-${pad(i + 1, 3)}.yaml`), `entities:\n${body}`);
    });
  }

  const mentioned = entities.filter((e) => e.mentions.length > 0);
  mkdirSync(join(seedDir, 'mentions'), { recursive: true });
  chunks(mentioned).forEach((chunk, i) => {
    const body = chunk
      .map((e) => `  - { id: ${q(e.id)}, cite: [${e.mentions.map((c) => citeYaml(docs, c)).join(', ')}] }\n`)
      .join('');
    writeFileSync(join(seedDir, 'mentions', `part-${pad(i + 1, 3)}.yaml`), `mentions:\n${body}`);
  });

  mkdirSync(join(seedDir, 'relations'), { recursive: true });
  chunks(relations).forEach((chunk, i) => {
    const body = chunk
      .map((rel) => {
        const lines = [
          `  - from: ${q(entities[rel.from]?.id ?? '?')}`,
          `    type: ${rel.type}`,
          `    to: ${q(entities[rel.to]?.id ?? '?')}`,
          ...(rel.role === undefined ? [] : [`    role: ${rel.role}`]),
          ...(rel.inferred
            ? [
                `    basis: inferred`,
                `    reason: ${q('合成数据：由规模生成器随机生成')}`,
                `    reasonEn: ${q('synthetic: drawn by the scale generator')}`,
              ]
            : []),
          `    cite:`,
          ...rel.cite.map((c) => `      - ${citeYaml(docs, c)}`),
        ];
        return `${lines.join('\n')}\n`;
      })
      .join('');
    writeFileSync(join(seedDir, 'relations', `part-${pad(i + 1, 3)}.yaml`), `relations:\n${body}`);
  });

  // Expected counts, as the loader will write them.
  const tally = (xs: readonly string[]): Record<string, number> => {
    const m: Record<string, number> = {};
    for (const x of xs) m[x] = (m[x] ?? 0) + 1;
    return m;
  };
  const pairs = new Set<string>();
  let citations = 0;
  for (const e of entities)
    for (const c of [...e.cite, ...e.mentions]) {
      pairs.add(`${e.id}|${c.doc}`);
      citations += 1;
    }
  const degree = new Map<number, number>();
  for (const rel of relations) {
    degree.set(rel.from, (degree.get(rel.from) ?? 0) + 1);
    degree.set(rel.to, (degree.get(rel.to) ?? 0) + 1);
  }
  const docDegree = new Map<number, number>();
  for (const p of pairs) {
    const d = Number(p.split('|')[1]);
    docDegree.set(d, (docDegree.get(d) ?? 0) + 1);
  }
  const topDegrees = [
    ...[...degree].map(([i, n]) => ({
      id: entities[i]?.id ?? '?',
      name: entities[i]?.name ?? '?',
      degree: n,
    })),
    ...[...docDegree].map(([d, n]) => ({
      id: `doc:${docs[d]?.key ?? '?'}`,
      name: docs[d]?.name ?? '?',
      degree: n,
    })),
  ]
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 12);
  const manifest: ScaleManifest = {
    options: opts,
    entities: entities.length + docs.length,
    relations: relations.length,
    citedIn: pairs.size,
    citations,
    byKind: { ...tally(entities.map((e) => e.kind)), document: docs.length },
    byType: { ...tally(relations.map((x) => x.type)), CITED_IN: pairs.size },
    byRole: tally(relations.flatMap((x) => (x.role === undefined ? [] : [`${x.type}:${x.role}`]))),
    documents: docs.length,
    topDegrees,
    ...extra,
    placeholders: entities.filter((e) => e.placeholder).length,
    abbreviations: entities.filter((e) => e.abbreviations.length > 0).length,
    seedDir,
    sourcesDir,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
