/**
 * What every rule sees and the helpers they share: the document's sentences, the names found in
 * them, citations, status words, and the candidate registry they write to.
 */
import type { Kind, Level, Status } from '../../ontology/ontology.js';
import { Candidates } from '../candidates.js';
import { foldWidth, looksLikeHeading, type Paragraph, type SourceDocument } from '../document.js';
import {
  BOX_STATUS,
  CITY_NAMES,
  LEFT_STOPS,
  enabledFor,
  levelOf,
  type CuratedDoc,
  type Head,
  type StatusWord,
  type Tagged,
} from '../lexicon.js';
import { byLength, findNames, headEndingAt, isGeneric, type FoundName } from '../names.js';
import type { GraphIndex } from '../resolve.js';
import { citeAt, clauseStart, PUNCT, type CiteCandidate, type Sentence } from '../text.js';

export interface Rule extends Tagged {
  readonly name: string;
  /** One line for the README and `--explain`: what the rule reads and what it proposes. */
  readonly summary: string;
  run(ctx: RuleContext): void;
}

export interface RuleContext {
  readonly doc: SourceDocument;
  readonly sections: readonly string[];
  readonly sentences: readonly Sentence[];
  /** Enabled heads, longest first. */
  readonly heads: readonly Head[];
  readonly statusWords: readonly StatusWord[];
  readonly holdOut: CuratedDoc | undefined;
  readonly graph: GraphIndex;
  readonly out: Candidates;
  names(s: Sentence): readonly FoundName[];
  cite(para: Paragraph, start: number, end: number): CiteCandidate;
  /** The status word of a box or list title above `line` (专栏1 …（争创）). */
  boxStatus(line: number): string | undefined;
}

export function makeContext(args: {
  doc: SourceDocument;
  sections: readonly string[];
  sentences: readonly Sentence[];
  heads: readonly Head[];
  statusWords: readonly StatusWord[];
  holdOut: CuratedDoc | undefined;
  graph: GraphIndex;
}): RuleContext {
  const heads = byLength(args.heads.filter((h) => enabledFor(h, args.holdOut)));
  const statusWords = [...args.statusWords.filter((w) => enabledFor(w, args.holdOut))].sort(
    (a, b) => b.word.length - a.word.length,
  );
  const cache = new Map<Sentence, FoundName[]>();
  // Box titles: the status word in 专栏N …（争创） applies to the box's lines.
  const boxWord: (string | undefined)[] = [];
  let current: { label: string; word: string | undefined } | undefined;
  args.doc.lines.forEach((raw, i) => {
    const m = /^\s*(专栏\s*\d+)/.exec(raw);
    if (m) current = { label: (m[1] ?? '').replace(/\s+/g, ''), word: BOX_STATUS.exec(raw)?.[1] };
    if (current && !(args.sections[i] ?? '').includes(current.label)) current = undefined;
    boxWord.push(current?.word);
  });
  // A list announced by a sentence (重点培育以下平台：): its word applies to the items that follow
  // (①…, 1.…, and the lines they run on to), up to the first heading of another kind.
  let intro: { word: string; marker: string | undefined } | undefined;
  args.doc.lines.forEach((raw, i) => {
    const t = foldWidth(raw.trim());
    if (t === '') return;
    const marker = /^(?:\d+[.．、]|[\u2460-\u2473]|[\u2474-\u2487])/.exec(t)?.[0];
    const kind = marker === undefined ? undefined : /^\d/.test(marker) ? 'n' : marker < '\u2474' ? 'c' : 'p';
    if (intro) {
      if (kind !== undefined && intro.marker === undefined) intro.marker = kind;
      if ((kind !== undefined && kind !== intro.marker) || (kind === undefined && looksLikeHeading(raw)))
        intro = undefined;
      else if (boxWord[i] === undefined) boxWord[i] = intro.word;
    }
    if (/(?:以下|如下|下列)[^。；]*[：:]$/.test(t)) {
      const w = args.statusWords.find((x) => t.includes(x.word));
      if (w) intro = { word: w.word, marker: undefined };
    }
  });
  return {
    ...args,
    heads,
    statusWords,
    out: new Candidates(),
    names(s) {
      let v = cache.get(s);
      if (!v) {
        v = findNames(s, heads);
        cache.set(s, v);
      }
      return v;
    },
    cite: (para, start, end) => citeAt(para, start, end, args.sections),
    boxStatus: (line) => boxWord[line - 1],
  };
}

export const statusOf = (ctx: RuleContext, word: string | undefined): Status =>
  word === undefined ? 'unknown' : (ctx.statusWords.find((w) => w.word === word)?.status ?? 'planned');

/**
 * The status word that governs a name at `start`: the nearest one on its left in the same
 * clause (a list shares its verb: 推进A、B、C建设), else, for the name an item opens with, the
 * box title's word. A host, partner or place named later in the item (依托Y建设, 位于Z) is not
 * what the box designates, so it gets no word from the title.
 */
export function statusBefore(ctx: RuleContext, s: Sentence, start: number): string | undefined {
  const from = clauseStart(s, start);
  const text = s.para.text;
  for (let i = start - 1; i >= from; i--) {
    const w = ctx.statusWords.find((x) => text.startsWith(x.word, i) && i + x.word.length <= start);
    if (w) {
      // 暂缓/暂停/不再/停止/取消 + a verb defers or drops the plan: no status is stated.
      if (/(?:暂缓|暂停|不再|停止|取消)$/.test(text.slice(Math.max(from, i - 2), i))) return undefined;
      // The nearest word may be the tail of a longer one ending at the same place (获批建设 read
      // backwards meets 建设 first): the longest word ending there is the one written.
      const end = i + w.word.length;
      const whole =
        ctx.statusWords.find(
          (x) =>
            x.word.length > w.word.length &&
            end - x.word.length >= from &&
            text.startsWith(x.word, end - x.word.length),
        ) ?? w;
      // 推进…建设 reads as one word: the curators' 推进建设.
      const after = text.slice(start, Math.min(s.end, start + 60));
      if (/^(?:推进|推动|加快)$/.test(whole.word) && /^[^，。；]*?建设/.test(after))
        return `${whole.word}建设`;
      return whole.word;
    }
  }
  if (s.start !== 0) return undefined;
  const line = s.para.parts.find((p) => p.offset <= start)?.line;
  return line === undefined ? undefined : ctx.boxStatus(line);
}

/**
 * A status stated after the name, at the end of its clause or sentence: X已建成, X已于2022年建成
 *并投入运行, X，目前正在建设, X拟建于Z. Said of X only when no other name stands between, and it
 * outranks a word before the name (依托Y建设的X已建成: 建设 is how X is built, 已建成 what it is).
 */
const AFTER =
  /^(?:[，,]?(?:目前|现|现已|当前)?[，,]?)(已建成投用|建成投用|已投入使用|投入使用|已建成|已于[^，。；]{0,12}?建成(?:并投入运行)?|已经建成|已投入运行|正在建设|在建|拟建)/;
export function statusAfter(ctx: RuleContext, s: Sentence, end: number): string | undefined {
  const m = AFTER.exec(s.para.text.slice(end, s.end));
  if (!m) return undefined;
  const found = m[1] ?? '';
  // 已于2022年建成 writes 建成: the word a reader finds; 已建成 and the others are words of the lexicon.
  if (found.startsWith('已于')) return '建成';
  if (found === '已经建成') return '已建成';
  // 建成投用 / 投入使用 say it is built and in use: the lexicon's words for that (existing).
  if (found.endsWith('建成投用')) return '已建成';
  if (found.endsWith('投入使用')) return '投入运行';
  if (found === '已投入运行') return '投入运行';
  return found;
}

/** Kind of a name, with the corrections its head alone cannot make. */
export function kindOf(name: string, head: Head): Kind {
  if (
    head.kind === 'innovation_institute' &&
    /(?:化工|设计|科学|技术)研究院$/.test(name) &&
    !/创新研究院$/.test(name)
  )
    return 'research_institute';
  return head.kind;
}

/** Builds an entity candidate from a found name; returns its key. */
export function addFound(
  ctx: RuleContext,
  s: Sentence,
  f: FoundName,
  rule: string,
  confidence: number,
  extra: { note?: string; level?: Level } = {},
): string {
  const after = statusAfter(ctx, s, f.end);
  const word = after ?? statusBefore(ctx, s, f.start);
  return ctx.out.entity({
    name: f.name,
    kind: kindOf(f.name, f.head),
    cite: { ...ctx.cite(s.para, f.start, f.end), ...(word ? { statusWord: word } : {}) },
    confidence,
    rule,
    level: extra.level ?? levelOf(f.name),
    status: after ? (/建成|运行/.test(after) ? 'existing' : 'planned') : statusOf(ctx, word),
    ...(word ? { statusWord: word } : {}),
    ...(f.alias ? { alias: f.alias } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    generic: f.generic,
  });
}

/**
 * Trims words that cannot begin a name from the left of [start, end) (重点建设汽车 → 汽车) and
 * punctuation from both ends. Returns the trimmed range.
 */
export function trimItem(s: Sentence, start: number, end: number): [number, number] {
  const text = s.para.text;
  let a = start;
  let b = end;
  for (;;) {
    const t = s.tokens.find((x) => x.start === a && x.end <= b);
    if (t && (LEFT_STOPS.has(t.word) || PUNCT.test(t.word))) a = t.end;
    else if (a < b && PUNCT.test(text[a] ?? '')) a += 1;
    else break;
  }
  while (b > a && PUNCT.test(text[b - 1] ?? '')) b -= 1;
  return [a, b];
}

/** The found name that exactly covers [start, end), if any. */
export const nameCovering = (
  ctx: RuleContext,
  s: Sentence,
  start: number,
  end: number,
): FoundName | undefined => ctx.names(s).find((f) => f.start === start && f.end === end);

/**
 * A unit named in a list where the kind is given by the list (…等单位, …等骨干企业): its own head
 * decides when it has one (大学, 研究所, 产业园 …), else `fallback`.
 */
export function unitKind(ctx: RuleContext, name: string, fallback: Kind): { kind: Kind; head?: Head } {
  const head = headEndingAt(name, name.length, ctx.heads);
  if (head) return { kind: kindOf(name, head), head };
  if (/所$/.test(name) && name.length <= 10) return { kind: 'research_institute' };
  return { kind: fallback };
}

/** Whether a list item is a real unit name rather than a generic phrase (相关科研机构, 高校院所). */
export function isNamedUnit(s: Sentence, start: number, end: number): boolean {
  const text = s.para.text.slice(start, end);
  if (text.length < 2 || text.length > 30) return false;
  if (
    /^(?:相关|有关|其他|其它|各|一批|若干|骨干|龙头|领军|优势|重点|国内外|省内外)/.test(text) &&
    !/^重点(?:实验室)/.test(text)
  )
    return false;
  if (/(?:单位|机构|企业|院所|高校|团队|主体|部门|优势|资源|需求|能力|条件|基础|作用|领域|方向)$/.test(text))
    return false;
  const words = s.tokens
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => t.word)
    .filter((w) => !PUNCT.test(w));
  if (words.length > 0 && isGeneric(words) && !CITY_NAMES.some((c) => text.startsWith(c))) return false;
  return true;
}
