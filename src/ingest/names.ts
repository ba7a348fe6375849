/**
 * Finding names in running Chinese text, where no space marks a word. A name ends in a head
 * noun (…国家重点实验室, …研究院, …产业链) that the next word does not continue, and starts
 * after the nearest word that cannot be part of it: punctuation, a governing verb (建设, 依托,
 * 推进 …), a preposition, a quantifier (一批). Quotes and short place qualifiers in
 * parentheses (辽宁（鞍山）…) stay inside a name.
 */
import { PLATFORM_KINDS, type Kind } from '../ontology/ontology.js';
import { CITY_NAMES, GENERIC_WORDS, LEFT_STOPS, STATUS_WORDS, type Head } from './lexicon.js';
import { GOVERNING_VERBS, type Token } from './segment.js';
import { PUNCT, type Sentence } from './text.js';

export interface FoundName {
  /** The name as the text writes it (whitespace removed). */
  readonly name: string;
  /** Offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
  readonly head: Head;
  /** A head noun with only generic modifiers (一批重点实验室, 省级高新区): a category, not a name. */
  readonly generic: boolean;
  /** 0–1: how cleanly the left edge was found. */
  readonly quality: number;
  /** A name given in parentheses right after it: 设施（大连先进光源）. */
  readonly alias?: string;
}

/** Heads sorted longest first, for longest-match lookup. */
export const byLength = (heads: readonly Head[]): Head[] =>
  [...heads].sort((a, b) => b.word.length - a.word.length);

// Parts of speech that never start a name: verbs, adverbs, prepositions, conjunctions,
// particles, pronouns, numerals, measure words, locatives.
const NON_INITIAL = /^(?:d|ad|p|c|u|uj|ul|uz|ug|uv|ud|r|m|q|y|e|o|zg)$/;
// A following word of these kinds continues the compound (中心城市, 科学城主体): not a name end.
const CONTINUES = /^(?:n|nr|ns|nt|nz|ng|nrt|vn|l|j|eng|an|b)$/;
const MAX_NAME = 32;
const ACTOR_HEADS: ReadonlySet<string> = new Set([
  'university',
  'research_institute',
  'enterprise',
  'hospital',
]);
const NESTED_KINDS: ReadonlySet<string> = new Set([
  'laboratory',
  'university',
  'research_institute',
  'hospital',
]);
const OPEN = '“‘「『《';
const CLOSE = '”’」』》';

const isPunct = (t: Token): boolean => PUNCT.test(t.word);
const isPlace = (w: string): boolean =>
  CITY_NAMES.includes(w) ||
  /^(?:辽宁|辽西|辽东|辽南|东北|东北亚|全省|沈大|沈大鞍|沈抚|沈海线|鹤大线|中日|中英|中东欧|中俄|中韩)$/.test(
    w,
  );
// Numerals and measure words that end a name on its left (一批, 三个, 16家); 多维, 第一 are name words.
const QUANTITY = /^(?:[0-9]+|[一二三四五六七八九十百千万两几数多若干余]+)[个批项家条种类大所座年]?$/;
// Verbs that begin names (创新研究院, 制造业创新中心): never dropped from a name's start.
const NAME_VERBS: ReadonlySet<string> = new Set(
  '创新 制造 研究 转化 保护 利用 监测 发展 服务 育成 孵化 联合 融合 协同 示范 育种 检测 评价 设计 加工 集成 应用 开发 合作 交流 培养 支撑'.split(
    ' ',
  ),
);

const STOP_PREFIXES = [...LEFT_STOPS].filter((w) => w.length >= 2);
/** A word that ends a name on its left: a stop word, or a verb phrase that opens with one (积极争取). */
export const isStop = (t: Token): boolean =>
  LEFT_STOPS.has(t.word) ||
  /^第[一二三四五六七八九十百]+[章节条]$/.test(t.word) ||
  (/^(?:v|l|d|ad|vd|i)$/.test(t.tag) &&
    STOP_PREFIXES.some((w) => t.word.length > w.length && t.word.startsWith(w)));

// Characters that end institution and place names: a 和 after one of them joins two names.
const NAME_FINAL = /(?:所|院|校|司|团|区|园|心|室|站|地|台|城|市|省|县|带|链)$/;

/** A verb token that cannot be inside a name: jieba's `v` (not `vn`, a verb used as a noun). */
const GOVERNING: ReadonlySet<string> = new Set(GOVERNING_VERBS);
// Status words (建设, 打造 …) govern a name even when jieba reads them as nouns.
const STATUS_SET: ReadonlySet<string> = new Set(STATUS_WORDS.map((w) => w.word));
// A verb right after a noun or an adjective forms a compound inside the name (智能感知, 智能建造).
const MODIFIER = /^(?:n|nz|vn|an|a|b|l|eng|j|ng|m)$/;
function isGoverningVerb(s: Sentence, t: Token): boolean {
  if (GOVERNING.has(t.word)) return true;
  if (t.tag !== 'v' || NAME_VERBS.has(t.word) || /^(?:联合|共建|共享)$/.test(t.word)) return false;
  const before = s.tokens[s.tokens.indexOf(t) - 1];
  // …与催化实验室, 多维成像…: coordinated or counted words of a compound.
  return !before || !(MODIFIER.test(before.tag) || /^(?:与|和|及)$/.test(before.word));
}

/**
 * A listed stop word used as a noun in the middle of a compound (结构分析优化与…: 优化 after
 * 分析) belongs to the name: jieba tags it `vn` and the word before it is a noun.
 */
function insideCompound(s: Sentence, t: Token): boolean {
  if (t.tag !== 'vn' || STATUS_SET.has(t.word)) return false;
  const before = s.tokens[s.tokens.indexOf(t) - 1];
  return before !== undefined && /^(?:n|vn|nz)$/.test(before.tag) && !LEFT_STOPS.has(before.word);
}

/** Whether 和/及/与 at `t` joins two names (a name ends right before it) rather than sitting inside one. */
function andSplits(s: Sentence, t: Token, heads: readonly Head[]): boolean {
  const text = s.para.text;
  if (headEndingAt(text.slice(0, t.start), t.start, heads)) return true;
  if (NAME_FINAL.test(text.slice(0, t.start))) return true;
  if (t.word === '与') return false;
  // The words before 和, back to the list separator or the governing verb, are short and headless:
  // inside a name (大型成像和…设施).
  let chunk = 0;
  for (let i = s.tokens.indexOf(t) - 1; i >= 0; i--) {
    const b = s.tokens[i];
    if (!b || isPunct(b) || isStop(b)) break;
    chunk += b.word.length;
  }
  return chunk > 6;
}

/** Index of the token that ends exactly at `offset`, or -1. */
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const end = tokens[i]?.end ?? -1;
    if (end === offset) return i;
    if (end < offset) return -1;
  }
  return -1;
}

/** Index of the token that holds offset (start ≤ offset < end), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** Whether the name really ends at `end`: the next token does not continue the compound. */
function endsHere(s: Sentence, end: number, heads: readonly Head[]): boolean {
  const next = s.tokens[tokenAt(s.tokens, end)];
  if (!next) return true;
  if (next.start !== end) return false; // the head ends inside a word
  if (isPunct(next) || LEFT_STOPS.has(next.word)) return true;
  // …产业链上, 实验室内: a place inside the thing, not the thing's name.
  if (next.tag === 'f') return false;
  // Another head right after (研究中心和…) is fine; a noun that continues it is not.
  if (heads.some((h) => s.para.text.startsWith(h.word, end) && h.word.length >= 2)) return false;
  return !CONTINUES.test(next.tag);
}

/** The left edge of a name whose head starts at `headStart`. */
function leftEdge(
  s: Sentence,
  headStart: number,
  heads: readonly Head[],
): { start: number; quality: number } {
  const text = s.para.text;
  let start = headStart;
  let quality = 1;
  // A head that starts inside a token takes the token's left part with it.
  const inner = s.tokens[tokenAt(s.tokens, headStart)];
  if (inner && inner.start < headStart) start = inner.start;
  for (;;) {
    const t = s.tokens[tokenEndingAt(s.tokens, start)];
    if (!t) break;
    if (headStart - t.start > MAX_NAME) {
      quality = 0.6;
      break;
    }
    if (t.word === '）' || t.word === ')') {
      // A short qualifier in parentheses inside a name: 辽宁（鞍山）激光科技产业园.
      const open = Math.max(text.lastIndexOf('（', t.start), text.lastIndexOf('(', t.start));
      if (open >= s.start && t.start - open - 1 <= 6 && open > s.start && !PUNCT.test(text[open - 1] ?? '')) {
        start = open;
        continue;
      }
      break;
    }
    if (CLOSE.includes(t.word)) {
      // “育繁推”一体化…中心: a quoted word that begins the name.
      const open = text.lastIndexOf(OPEN[CLOSE.indexOf(t.word)] ?? '“', t.start);
      if (open >= s.start && t.start - open <= 12) {
        start = open;
        const before = tokenEndingAt(s.tokens, open);
        const b = before === -1 ? undefined : s.tokens[before];
        if (b && (b.word === '）' || b.word === ')')) continue;
        if (
          b === undefined ||
          isPunct(b) ||
          LEFT_STOPS.has(b.word) ||
          (NON_INITIAL.test(b.tag) && !isPlace(b.word))
        )
          break;
        continue;
      }
      break;
    }
    if (isPunct(t)) break;
    if (t.word === '的') {
      // 基于…的…设施: the only 的 that sits inside the names in these documents.
      const basis = text.lastIndexOf('基于', t.start);
      if (basis >= s.start && t.start - basis <= 24 && !/[，、。；]/.test(text.slice(basis, t.start))) {
        start = basis;
        break;
      }
      break;
    }
    if (t.word === '和' || t.word === '及' || t.word === '与') {
      // 大型成像和精密高效分析研究设施: 和 inside a name, since no name ends before it.
      if (andSplits(s, t, heads)) break;
      start = t.start;
      continue;
    }
    if (DETERMINER.test(t.word)) break;
    if (t.word === '联合') {
      // An institution's name never holds 联合: 瓦轴联合大连理工大学 is two units and a verb.
      if (ACTOR_HEADS.has(heads.find((h) => text.startsWith(h.word, headStart))?.kind ?? '')) break;
      // 大企业联合研发研究院; but 大连理工大学联合盘锦海工基地 joins two units, and 联合X is a verb.
      const before = s.tokens[s.tokens.indexOf(t) - 1];
      if (!before || isPunct(before) || isStop(before)) break;
      if (headEndingAt(text.slice(0, t.start), t.start, heads) || NAME_FINAL.test(text.slice(0, t.start)))
        break;
      start = t.start;
      continue;
    }
    if (isStop(t) && !isPlace(t.word) && !insideCompound(s, t)) break;
    if (t.tag === 'm' && QUANTITY.test(t.word)) break;
    // Grammar, not a list: a verb governs the name on its right (新增X, 坐落于X, 落户X), unless it
    // is one of the verbs names are made of (创新, 制造, 研究 …).
    if (isGoverningVerb(s, t)) break;
    start = t.start;
  }
  // Drop words that cannot start a name (对标, 加快 …) that the stop list missed.
  for (;;) {
    const i = s.tokens.findIndex((t) => t.start === start);
    const t = i === -1 ? undefined : s.tokens[i];
    if (!t || t.end > headStart || t.word === '基于') break;
    if (NON_INITIAL.test(t.tag) && !t.word.startsWith('第') && !isPlace(t.word) && !NAME_VERBS.has(t.word)) {
      start = t.end;
      quality = Math.min(quality, 0.9);
    } else break;
  }
  return { start, quality };
}

/** Words of the name left of its head, as the tokens give them. */
function modifierWords(s: Sentence, start: number, headStart: number): string[] {
  const words: string[] = [];
  for (const t of s.tokens) {
    if (t.end <= start || t.start >= headStart) continue;
    words.push(s.para.text.slice(Math.max(t.start, start), Math.min(t.end, headStart)));
  }
  return words.filter((w) => !PUNCT.test(w));
}

/** A name made of a head and generic words only is a category (一批重点实验室, 国家高新区). */
export function isGeneric(words: readonly string[]): boolean {
  const rest0 = words.join('');
  if (rest0 === '') return true;
  if (CITY_NAMES.some((c) => rest0.includes(c)) || /^(?:全省|沈大|辽宁)/.test(rest0)) return false;
  // Strip generic words from the left, longest first; a name leaves something specific.
  let rest = rest0;
  for (;;) {
    const w = GENERIC_SORTED.find((g) => rest.startsWith(g));
    if (!w) break;
    rest = rest.slice(w.length);
  }
  return rest === '' || /^[省市区县级]$/.test(rest) || (rest0.length === 1 && !isPlace(rest0));
}
const GENERIC_SORTED = [...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const ADMIN_PLACE = new RegExp(`^(?:辽宁省|(?:${CITY_NAMES.join('|')})市)`);

/**
 * A platform named by a place with its administrative word and nothing specific (辽宁省技术创新中心,
 * 锦州市重点实验室) is a designation scheme, a category: a list's heading, not a platform. A bare
 * place (辽宁实验室) may be a name, and so is an institution (朝阳市人民政府).
 */
export function isSchemeName(words: readonly string[], kind: Kind): boolean {
  if (!(PLATFORM_KINDS as readonly Kind[]).includes(kind)) return false;
  const mods = words.join('');
  const admin = ADMIN_PLACE.exec(mods);
  // Only the place and level words: 大连市技术交易平台 says what it trades, so it is a name.
  return admin !== null && /^(?:重点|省级|市级|国家级)*$/.test(mods.slice(admin[0].length));
}

// Words that make what follows a class of things, not one named thing: a determiner (各类, 上述)
// or an approximate count (二十余家, 多家, 一批).
const DETERMINER =
  /^(?:各类|各|上述|这些|该|此|其他|其它|相关|多家|多个|一批|若干|一些|众多|以下|以上|下列|如下|年度|本年度)$|[余多]家$/;
/**
 * A head with a determiner on its left, or whose modifier is a field or a type (细分领域实验室,
 * 应用型创新平台), names a class of platforms.
 */
function isClassPhrase(s: Sentence, start: number, mods: readonly string[]): boolean {
  const before = s.tokens[tokenEndingAt(s.tokens, start)];
  if (before && DETERMINER.test(before.word)) return true;
  const last = mods.at(-1) ?? '';
  return /(?:领域|型|类)$/.test(last) && mods.join('').length <= 8;
}

const CITY_PREFIX =
  /^(?:沈阳|大连|鞍山|抚顺|本溪|丹东|锦州|营口|阜新|辽阳|盘锦|铁岭|朝阳|葫芦岛|长春|哈尔滨|青岛)市?/;
/**
 * Where the name itself starts inside [start, end): a new district is named without its city
 * (沈阳市沈北新区 → 沈北新区), and a national key laboratory without its host (大连理工大学
 * 精细化工全国重点实验室 → 精细化工全国重点实验室; stated-relations reads the host before it).
 */
function ownStart(text: string, start: number, end: number, head: Head): number {
  const name = text.slice(start, end);
  // 服务菱镁产业创新链: the verb a platform serves a chain with is not the chain's name.
  if (head.kind === 'chain') {
    const verb = CHAIN_VERB.exec(name);
    if (verb && name.length - verb[0].length > head.word.length) return start + verb[0].length;
  }
  if (head.kind === 'zone' && /新区$/.test(name)) {
    const city = CITY_PREFIX.exec(name);
    if (city && name.length - city[0].length >= 4) return start + city[0].length;
  }
  if (/全国重点实验室$/.test(name)) {
    const host =
      /^[\u4e00-\u9fa5]{2,12}?(?:大学|学院|研究所|研究院)(?=[\u4e00-\u9fa5A-Za-z]{2,}全国重点实验室$)/.exec(
        name,
      );
    if (host) return start + host[0].length;
  }
  return start;
}

const CHAIN_VERB = /^(?:服务于|服务|支撑|赋能|面向)/;

/** The head that ends at `end`, longest first. */
export function headEndingAt(text: string, end: number, heads: readonly Head[]): Head | undefined {
  return heads.find((h) => end - h.word.length >= 0 && text.startsWith(h.word, end - h.word.length));
}

/**
 * Every name in a sentence, left to right. `heads` must be sorted longest first. Names found
 * inside a longer name (松山湖材料实验室 in 松山湖材料实验室辽宁（锦州）产业基地) are returned too.
 */
export function findNames(s: Sentence, heads: readonly Head[]): FoundName[] {
  const text = s.para.text;
  const out: FoundName[] = [];
  for (const tok of s.tokens) {
    const end = tok.end;
    // A head may end inside a token only when the token is punctuation-free text ending there.
    const head = headEndingAt(text.slice(0, end), end, heads);
    if (!head) continue;
    const headStart = end - head.word.length;
    if (headStart < s.start) continue;
    if (!endsHere(s, end, heads)) continue;
    // A chain word followed by 的 modifies what follows (到餐桌全产业链的…体系), it names nothing.
    if (head.kind === 'chain' && text[end] === '的') continue;
    const edge = leftEdge(s, headStart, heads);
    const { quality } = edge;
    const start = ownStart(text, edge.start, end, head);
    const name = text.slice(start, end);
    if (name.length < head.word.length) continue;
    // A name the text puts in quotes is a proper name, whatever its words.
    const quoted = OPEN.includes(text[start - 1] ?? '') && CLOSE.includes(text[end] ?? '');
    const mods = modifierWords(s, start, headStart);
    const generic =
      !quoted && (isGeneric(mods) || isClassPhrase(s, start, mods) || isSchemeName(mods, head.kind));
    let alias: string | undefined;
    const paren = /^[（(]([^（）()]{2,20})[）)]/.exec(text.slice(end));
    const inParens = paren?.[1];
    if (inParens && !heads.some((h) => inParens.endsWith(h.word) && h.kind !== head.kind)) alias = inParens;
    if (alias !== undefined && /^(?:总部|筹|试行|暂行|简称.*)$/.test(alias)) alias = undefined;
    // 专栏1 重点实验室（争创）: a box title's status word in brackets is no second name.
    if (alias !== undefined && LEFT_STOPS.has(alias)) alias = undefined;
    out.push({ name, start, end, head, generic, quality, ...(alias === undefined ? {} : { alias }) });
  }
  // Institutions and labs named at the start of a longer name: 沈阳农业大学 in 沈阳农业大学院士工作站.
  for (const f of [...out]) {
    for (const tok of s.tokens) {
      if (tok.end <= f.start || tok.end >= f.end - 1) continue;
      const inner = headEndingAt(text.slice(0, tok.end), tok.end, heads);
      if (!inner || inner.kind === f.head.kind || !NESTED_KINDS.has(inner.kind)) continue;
      const words = modifierWords(s, f.start, tok.end - inner.word.length);
      if (words.length === 0 || isGeneric(words)) continue;
      out.push({
        name: text.slice(f.start, tok.end),
        start: f.start,
        end: tok.end,
        head: inner,
        generic: false,
        quality: 0.8,
      });
    }
  }
  // Keep the longest name for each end; drop a shorter name ending at the same place.
  const best = new Map<number, FoundName>();
  for (const f of out) {
    const b = best.get(f.end);
    if (!b || f.start < b.start) best.set(f.end, f);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

/** Splits a list (A、B、C和D) into items with their offsets; `and` also splits at 和/及. */
export function listItems(
  text: string,
  start: number,
  end: number,
  opts: { and?: boolean } = {},
): { text: string; start: number; end: number }[] {
  const sep = opts.and ? /[、，,]|和|及|以及/g : /[、，,]/g;
  const body = text.slice(start, end);
  const out: { text: string; start: number; end: number }[] = [];
  let last = 0;
  for (const m of body.matchAll(sep)) {
    out.push({ text: body.slice(last, m.index), start: start + last, end: start + m.index });
    last = m.index + m[0].length;
  }
  out.push({ text: body.slice(last), start: start + last, end });
  return out.filter((i) => i.text.trim() !== '');
}
