/**
 * Synthetic national-scale seed data in the project's own YAML format, with the source text
 * files its citations point to, so that `innograph seed` validates and loads it like the
 * curated seed. Kinds, relationship types and their proportions follow the curated seed; the
 * degrees are skewed (Zipf) so that a few regions, universities, institutes and documents
 * become hubs with thousands of links. Every name is invented from ./vocabulary.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, LEVELS, RELATIONSHIPS, type Kind, type RelType } from '../ontology/ontology.js';
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
  chain: 70,
  topic: 50,
  region: 38,
  zone: 37,
  enterprise: 33,
  research_centre: 26,
  direction: 25,
  pilot_base: 24,
  laboratory: 20,
  infrastructure: 15,
  innovation_centre: 15,
  university: 14,
  government: 7,
  innovation_institute: 6,
  research_institute: 5,
  clinical_centre: 5,
  hospital: 3,
  alliance: 1,
};
const CURATED_ENTITIES = 636;
const CURATED_RELATIONS = 936;

const PLATFORMS: Kind[] = [
  'laboratory',
  'innovation_centre',
  'clinical_centre',
  'research_centre',
  'infrastructure',
  'innovation_institute',
  'pilot_base',
];
const ACADEMIC: Kind[] = ['university', 'research_institute'];
const ACTORS: Kind[] = [...ACADEMIC, 'hospital', 'enterprise', 'government', 'alliance'];

interface Template {
  readonly type: RelType;
  readonly from: readonly Kind[];
  readonly to: readonly Kind[];
  /** Relationships of this template in the curated seed (out of 936). */
  readonly weight: number;
  /** A hierarchy inside one kind: each entity gets at most one parent, an earlier one. */
  readonly tree?: boolean;
}

/** The curated seed's relationship mix, grouped (see `innograph seed` counts by type). */
const TEMPLATES: readonly Template[] = [
  { type: 'PART_OF', from: ['field'], to: ['field'], weight: 158, tree: true },
  { type: 'ADDRESSES', from: ['topic'], to: ['field'], weight: 89 },
  { type: 'FOCUSES_ON', from: ['chain'], to: ['field'], weight: 48 },
  { type: 'PART_OF', from: ['topic'], to: ['topic'], weight: 45, tree: true },
  { type: 'PART_OF', from: ['chain'], to: ['chain'], weight: 31, tree: true },
  { type: 'PART_OF', from: ['direction'], to: ['direction'], weight: 24, tree: true },
  { type: 'PART_OF', from: ['field'], to: ['direction'], weight: 18 },
  { type: 'LOCATED_IN', from: ['zone'], to: ['region'], weight: 31 },
  { type: 'LOCATED_IN', from: ['chain'], to: ['region'], weight: 20 },
  { type: 'LOCATED_IN', from: PLATFORMS, to: ['region'], weight: 63 },
  { type: 'LOCATED_IN', from: ACTORS, to: ['region'], weight: 30 },
  { type: 'LOCATED_IN', from: PLATFORMS, to: ['zone'], weight: 21 },
  { type: 'LOCATED_IN', from: ['zone'], to: ['zone'], weight: 12, tree: true },
  { type: 'PART_OF', from: ['region'], to: ['zone'], weight: 9 },
  { type: 'RELIES_ON', from: ['chain'], to: ['enterprise'], weight: 30 },
  { type: 'RELIES_ON', from: ['chain'], to: ACADEMIC, weight: 16 },
  { type: 'RELIES_ON', from: ['chain'], to: ['pilot_base', 'zone', 'alliance'], weight: 3 },
  { type: 'FOCUSES_ON', from: ['zone'], to: ['field'], weight: 25 },
  { type: 'FOCUSES_ON', from: PLATFORMS, to: ['field'], weight: 70 },
  { type: 'FOCUSES_ON', from: ['zone', ...PLATFORMS], to: ['direction'], weight: 12 },
  { type: 'FOCUSES_ON', from: ['university'], to: ['field'], weight: 2 },
  { type: 'ADDRESSES', from: ['topic'], to: ['region', 'zone', 'direction', 'chain'], weight: 30 },
  { type: 'SERVES', from: PLATFORMS, to: ['chain'], weight: 28 },
  { type: 'SERVES', from: [...PLATFORMS, 'government'], to: ['direction'], weight: 10 },
  { type: 'HOSTED_BY', from: PLATFORMS, to: ACADEMIC, weight: 17 },
  { type: 'HOSTED_BY', from: ['clinical_centre'], to: ['hospital'], weight: 4 },
  { type: 'HOSTED_BY', from: PLATFORMS, to: ['enterprise', 'research_centre', 'infrastructure'], weight: 8 },
  { type: 'LED_BY', from: PLATFORMS, to: ['enterprise', 'university'], weight: 7 },
  { type: 'CO_BUILT_WITH', from: PLATFORMS, to: ACTORS, weight: 5 },
  { type: 'CO_BUILT_WITH', from: ['zone'], to: ['region'], weight: 3 },
  { type: 'PART_OF', from: PLATFORMS, to: PLATFORMS, weight: 8 },
  { type: 'PART_OF', from: ['hospital'], to: ['university'], weight: 2 },
];

export interface ScaleOptions {
  /** Multiple of the curated seed (641 entities, 936 relationships, 757 document links). */
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
  readonly documents: number;
  /** The largest degrees: what a hub looks like. */
  readonly topDegrees: { id: string; name: string; degree: number }[];
  readonly seedDir: string;
  readonly sourcesDir: string;
}

interface Cite {
  readonly doc: number;
  readonly line: number;
  readonly section: string;
  readonly span?: string;
}

interface GenEntity {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: string[];
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
  readonly inferred: boolean;
  readonly cite: Cite[];
}

interface GenDocument {
  readonly key: string;
  readonly name: string;
  readonly file: string;
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
  // Document links are about 1.19 per entity; relationships about 1.47 (curated) or 8.3 (dense).
  const entityTarget = dense
    ? Math.max(100, Math.round((opts.relationships ?? 0) / 9.5))
    : Math.max(60, Math.round(CURATED_ENTITIES * factor));
  const documentCount = Math.max(5, Math.round(5 * Math.sqrt(entityTarget / CURATED_ENTITIES)));
  const names = new Names();

  // Documents: a few dense ones (Zipf) and a long tail.
  const provinces: string[] = [];
  const docs: GenDocument[] = [];
  for (let i = 0; i < documentCount; i += 1) {
    const province = names.unique(r, () => `${place(r)}省`);
    provinces.push(province.slice(0, -1));
    const name = names.unique(r, () => `${province}${pick(r, TECH_WORDS)}创新发展规划`);
    docs.push({
      key: `gen-${pad(i + 1, 3)}`,
      name,
      file: `gen-${pad(i + 1, 3)}.txt`,
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
  const add = (kind: Kind, name: string): number => {
    const i = entities.length;
    const seq = (byKind.get(kind)?.length ?? 0) + 1;
    const alias = makeAlias(r, { kind, name });
    const aliases = alias !== undefined && names.claim(alias) ? [alias] : [];
    entities.push({
      id: `${KINDS[kind].idPrefix}:g${seq}`,
      kind,
      name,
      aliases,
      level: levelOf(r, kind),
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
  {
    const total = counts.get('region') ?? 1;
    const nProvinces = Math.min(total, Math.max(1, Math.round(total / 40)));
    const nCities = Math.min(total - nProvinces, Math.round(total * 0.25));
    const provinceIdx: number[] = [];
    const cityIdx: number[] = [];
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
      regionParents.push([c, provinceIdx[i % provinceIdx.length] ?? 0]);
    }
    for (let i = nProvinces + nCities; i < total; i += 1) {
      const d = add(
        'region',
        names.unique(r, () => `${place(r, 3)}${r() < 0.5 ? '区' : '县'}`),
      );
      if (cityIdx.length > 0) regionParents.push([d, pick(r, cityIdx)]);
    }
  }
  for (const [kind, n] of counts) {
    if (kind === 'region') continue;
    for (let i = 0; i < n; i += 1)
      add(
        kind,
        names.unique(r, () => makeName(r, kind, places)),
      );
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
  const addRelation = (from: number, type: RelType, to: number): boolean => {
    if (from === to) return false;
    const key = `${from}|${type}|${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    relations.push({ from, type, to, inferred: r() < 0.5, cite: citeFor(from) });
    return true;
  };
  for (const [child, parent] of regionParents) addRelation(child, 'PART_OF', parent);

  const pool = (kinds: readonly Kind[]): number[] => kinds.flatMap((k) => byKind.get(k) ?? []);
  const remaining = Math.max(0, relationTarget - relations.length);
  const totalWeight = TEMPLATES.reduce((s, t) => s + t.weight, 0);
  // Trees hold one parent per entity; what they cannot hold goes to the other templates.
  const plan = TEMPLATES.map((t) => {
    const want = Math.round((t.weight / totalWeight) * remaining);
    return { t, want: t.tree ? Math.min(want, Math.max(0, pool(t.from).length - 1)) : want };
  });
  const spare = remaining - plan.reduce((s, p) => s + p.want, 0);
  const openWeight = plan.filter((p) => !p.t.tree).reduce((s, p) => s + p.t.weight, 0);
  for (const p of plan) if (!p.t.tree) p.want += Math.round((p.t.weight / openWeight) * spare);

  for (const { t, want } of plan) {
    const from = pool(t.from);
    const to = pool(t.to);
    if (from.length === 0 || to.length === 0) continue;
    const zipf = new Zipf(to.length, 1);
    let made = 0;
    if (t.tree) {
      // Children in order, each with an earlier parent (no cycles), hubs near the top.
      for (let i = 1; i < from.length && made < want; i += 1)
        if (addRelation(from[i] ?? 0, t.type, to[zipf.sample(r, i)] ?? 0)) made += 1;
      continue;
    }
    for (let attempts = 0; made < want && attempts < want * 4; attempts += 1)
      if (addRelation(pick(r, from), t.type, to[zipf.sample(r)] ?? 0)) made += 1;
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

  return writeScale(out, perFile, docs, entities, relations, opts);
}

const q = (s: string): string => JSON.stringify(s);

function citeYaml(docs: readonly GenDocument[], c: Cite): string {
  const span = c.span === undefined ? '' : `, span: ${q(c.span)}`;
  return `{ doc: ${docs[c.doc]?.key ?? '?'}, line: ${c.line}, section: ${q(c.section)}${span} }`;
}

function writeScale(
  out: string,
  perFile: number,
  docs: readonly GenDocument[],
  entities: readonly GenEntity[],
  relations: readonly GenRelation[],
  opts: ScaleOptions,
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
          `  - id: ${q(`doc:${d.key}`)}\n    kind: document\n    name: ${q(d.name)}\n    file: ${q(d.file)}\n    issuer: ${q('innograph (synthetic)')}\n    cite:\n      - { doc: ${d.key}, line: 1, section: title }\n`,
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
          ...(rel.inferred
            ? [`    basis: inferred`, `    reason: ${q('synthetic: drawn by the scale generator')}`]
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
    documents: docs.length,
    topDegrees,
    seedDir,
    sourcesDir,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
