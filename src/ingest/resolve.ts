/**
 * Resolution against the existing graph: is a candidate an entity we already have? By name or
 * alias (exact, after normalising quotes, widths and whitespace), by a curated abbreviation, by
 * the usual ways institutions are shortened (中科院…所 for 中国科学院…研究所, 大连化物所), or by a
 * near match (one or two characters differ, or the same pinyin: a typo or a variant). Several
 * equally good matches are reported as ambiguous, with the options.
 */
import { pinyin } from 'pinyin-pro';
import { ACTOR_KINDS, KINDS, PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import { nameKey } from './text.js';

/** What the index needs of an entity; seed entities fit, and so will curated abbreviations. */
export interface IndexedEntity {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly abbreviations?: readonly string[];
}

export type MatchKind = 'name' | 'alias' | 'abbreviation' | 'near';

export interface Match {
  readonly id: string;
  readonly name: string;
  readonly kind: Kind;
  readonly how: MatchKind;
  /** 0–1: how sure the match is. */
  readonly score: number;
}

export type Resolution =
  | { readonly status: 'new' }
  | { readonly status: 'existing'; readonly match: Match }
  | { readonly status: 'ambiguous'; readonly options: readonly Match[] };

const group = (k: Kind): string => KINDS[k].group;
const isActor = (k: Kind): boolean => (ACTOR_KINDS as readonly Kind[]).includes(k);
const isPlatform = (k: Kind): boolean => (PLATFORM_KINDS as readonly Kind[]).includes(k);

/** The usual long forms of institutional short names. */
export function canonical(key: string): string {
  let k = key.replace(/^中科院/, '中国科学院');
  if (/所$/.test(k) && !/研究所$/.test(k)) k = k.replace(/所$/, '研究所');
  return k;
}

/** A place in front of a name: a city of the province (with 市) or the province. */
const PREFIX = /^(?:(?:沈阳|大连|鞍山|抚顺|本溪|丹东|锦州|营口|阜新|辽阳|盘锦|铁岭|朝阳|葫芦岛)市?|辽宁省?)/;
const stripCas = (k: string): string => k.replace(/^中国科学院/, '');
const CITY = /^(?:沈阳|大连|鞍山|抚顺|本溪|丹东|锦州|营口|阜新|辽阳|盘锦|铁岭|朝阳|葫芦岛|辽宁省?)/;

// Words a short form leaves out without changing what it names.
const QUALIFIER = /^(?:国家|研究|技术|工程|省|市|国际|科技|创新)$/;

/**
 * Whether `short` is `long` with one qualifier left out (智能制造中心 / 智能制造研究中心,
 * 大连高新区 / 大连国家高新区); never the first or last characters, where place and head sit.
 */
export function isContiguousDeletion(short: string, long: string): boolean {
  const d = long.length - short.length;
  if (d < 1 || d > 2) return false;
  for (let i = 1; i + d < long.length - 1; i++)
    if (QUALIFIER.test(long.slice(i, i + d)) && long.slice(0, i) + long.slice(i + d) === short) return true;
  return false;
}

/** Whether every character of `short` occurs in `long`, in order. */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i += 1;
  return i === short.length;
}

export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

const pinyinKey = (s: string): string =>
  pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();

interface Entry {
  readonly e: IndexedEntity;
  readonly key: string;
  readonly how: 'name' | 'alias' | 'abbreviation';
}

export class GraphIndex {
  private readonly exact = new Map<string, Entry[]>();
  private readonly canon = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  private readonly pinyinCache = new Map<string, string>();
  readonly byId = new Map<string, IndexedEntity>();

  constructor(entities: Iterable<IndexedEntity>) {
    for (const e of entities) {
      if (e.kind === 'document') continue;
      this.byId.set(e.id, e);
      const add = (n: string, how: Entry['how']): void => {
        const key = nameKey(n);
        if (key === '') return;
        const entry: Entry = { e, key, how };
        this.entries.push(entry);
        this.exact.set(key, [...(this.exact.get(key) ?? []), entry]);
        const c = canonical(key);
        this.canon.set(c, [...(this.canon.get(c) ?? []), entry]);
      };
      add(e.name, 'name');
      for (const a of e.aliases) add(a, 'alias');
      for (const a of e.abbreviations ?? []) add(a, 'abbreviation');
    }
  }

  /** Names, aliases and abbreviations, for finding known entities in text. */
  names(): readonly {
    readonly key: string;
    readonly id: string;
    readonly kind: Kind;
    readonly how: MatchKind;
  }[] {
    return this.entries.map((x) => ({ key: x.key, id: x.e.id, kind: x.e.kind, how: x.how }));
  }

  private py(s: string): string {
    let v = this.pinyinCache.get(s);
    if (v === undefined) {
      v = pinyinKey(s);
      this.pinyinCache.set(s, v);
    }
    return v;
  }

  private static toMatch(x: Entry, how: MatchKind, score: number): Match {
    return { id: x.e.id, name: x.e.name, kind: x.e.kind, how, score };
  }

  private static unique(ms: Match[]): Match[] {
    const best = new Map<string, Match>();
    for (const m of ms) {
      const b = best.get(m.id);
      if (!b || m.score > b.score) best.set(m.id, m);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  private static decide(ms: Match[]): Resolution {
    const [best, second] = GraphIndex.unique(ms);
    if (!best) return { status: 'new' };
    if (!second || best.score - second.score >= 0.15) return { status: 'existing', match: best };
    const u = GraphIndex.unique(ms);
    return { status: 'ambiguous', options: u.slice(0, 5) };
  }

  /** Whether two kinds can name the same thing (an exact name is trusted across kinds). */
  private static compatible(a: Kind, b: Kind): boolean {
    return a === b || (isActor(a) && isActor(b)) || (isPlatform(a) && isPlatform(b)) || group(a) === group(b);
  }

  /**
   * The usual variants of a known platform's name, exactly: a city or province put in front
   * (沈阳浑南科技城, 大连市高新园区), a kind word put after (大连先进光源大科学装置, …基地, …（筹）),
   * the province left out (材料实验室 for 辽宁材料实验室).
   */
  private variant(key: string, kind: Kind): Resolution | undefined {
    if (!isPlatform(kind)) return undefined;
    const tries = new Set<string>();
    const noSuffix = key.replace(/[（(]筹[)）]$/, '').replace(/(?:大科学装置|科学装置|装置|基地)$/, '');
    for (const k of [key, noSuffix]) {
      const noCity = k.replace(PREFIX, '');
      if (noCity !== k && Array.from(noCity).length >= 3) tries.add(noCity);
      if (k !== key && Array.from(k).length >= 4) tries.add(k);
    }
    if (Array.from(key).length >= 4 && !PREFIX.test(key)) {
      tries.add(`辽宁${key}`);
      tries.add(`辽宁省${key}`);
    }
    const found: Match[] = [];
    for (const t of tries)
      for (const x of this.exact.get(t) ?? [])
        if (isPlatform(x.e.kind) && x.how !== 'abbreviation') found.push(GraphIndex.toMatch(x, 'near', 0.9));
    return found.length > 0 ? GraphIndex.decide(found) : undefined;
  }

  resolve(name: string, kind: Kind, opts: { generic?: boolean } = {}): Resolution {
    const key = nameKey(name);
    const exact = this.exact.get(key);
    if (exact && exact.length > 0)
      return GraphIndex.decide(
        exact.map((x) => GraphIndex.toMatch(x, x.how, x.how === 'abbreviation' ? 0.95 : 1)),
      );
    const canon = this.canon.get(canonical(key));
    if (canon && canon.length > 0)
      return GraphIndex.decide(canon.map((x) => GraphIndex.toMatch(x, 'abbreviation', 0.92)));

    const variant = this.variant(key, kind);
    if (variant) return variant;
    const found: Match[] = [];
    const len = Array.from(key).length;
    // Institutions are shortened by dropping characters: 中科院沈阳生态所 → 中国科学院沈阳应用生态研究所.
    if (isActor(kind) && len >= 3) {
      const c = stripCas(canonical(key));
      for (const x of this.entries) {
        if (!isActor(x.e.kind) || x.how !== 'name') continue;
        const long = stripCas(canonical(x.key));
        // The city may be left out too: 中科院自动化所 for 中国科学院沈阳自动化研究所.
        for (const full of new Set([long, long.replace(CITY, '')])) {
          if (full.length < c.length || full[0] !== c[0] || full.at(-1) !== c.at(-1)) continue;
          if (full === c || isSubsequence(c, full)) {
            found.push(GraphIndex.toMatch(x, 'abbreviation', 0.6 + 0.3 * (c.length / long.length)));
            break;
          }
        }
      }
    }
    // Near matches: a character or two apart, or the same pinyin (a typo, a variant character).
    // A category (省重点实验室) is near many names and means none of them.
    if (len >= 4 && !opts.generic) {
      const py = this.py(key);
      for (const x of this.entries) {
        if (!GraphIndex.compatible(kind, x.e.kind)) continue;
        const xl = Array.from(x.key).length;
        if (Math.abs(xl - len) > 4) continue;
        const d = editDistance(key, x.key);
        const sim = 1 - d / Math.max(xl, len);
        // Only characters left out or added (a qualifier): one character replaced by another of
        // a different sound is another thing (农产品 / 水产品), a homophone is the branch below.
        if (Math.abs(xl - len) <= 2 && d <= 2 && d === Math.abs(xl - len) && sim >= 0.85)
          found.push(GraphIndex.toMatch(x, 'near', 0.5 + 0.4 * sim));
        else if (isPlatform(kind) && isPlatform(x.e.kind) && len >= 5 && isContiguousDeletion(key, x.key))
          // A platform named without a word of its name: 精细化工与催化中心 for …研究中心.
          found.push(GraphIndex.toMatch(x, 'near', 0.85));
        else if (isPlatform(kind) && x.e.kind === kind && xl >= 6 && key.endsWith(x.key) && len - xl <= 4)
          // A place qualifier in front of a known name: 沈大鞍国家科技成果转移转化示范区.
          found.push(GraphIndex.toMatch(x, 'near', 0.8));
        else if (xl === len && this.py(x.key) === py) found.push(GraphIndex.toMatch(x, 'near', 0.85));
      }
    }
    return GraphIndex.decide(found);
  }
}
