/**
 * Word boundaries and parts of speech from jieba (the jieba-rs dictionary compiled to wasm:
 * no native build, so `npm ci` works on any machine). Rules use tokens so that a stop word
 * never cuts a name in the middle of a word.
 */
import { add_word, tag } from 'jieba-wasm';
import { CITY_NAMES, HEADS } from './lexicon.js';

export interface Token {
  readonly word: string;
  /** jieba's part of speech: n noun, ns place, nt organisation, v verb, p preposition, m numeral, x other … */
  readonly tag: string;
  /** Offsets into the text that was segmented. */
  readonly start: number;
  readonly end: number;
}

/** Verbs that govern the name on their right and state a relation or a status (see stated-relations). */
export const GOVERNING_VERBS: readonly string[] = [
  '坐落于',
  '坐落在',
  '位于',
  '落户',
  '选址',
  '设在',
  '汇聚',
  '组建',
  '组建了',
  '新增',
  // jieba reads 部署 (deploy) as a noun, which would let …产业创新链部署 run on past the name.
  '部署',
  '入选',
  '获批',
  '建成',
  '设立',
  '成为',
  '纳入',
  // 整体并入X: a former unit merged into X; the verb never belongs to X's name.
  '并入',
  '划入',
  '归入',
  '助力',
  '进入',
  '揭牌',
  '牵头组建',
  '牵头建设',
  // Verbs after a name that jieba's dictionary has as nouns (投入使用/n would extend the name).
  '投入使用',
  '投入运行',
  '揭牌成立',
  '挂牌',
  '启用',
];

const GOVERNING: ReadonlySet<string> = new Set(GOVERNING_VERBS);

let ready = false;

/** Teaches jieba the head nouns (so 研究中心, 育成中心 stay whole) once per process. */
function prepare(): void {
  if (ready) return;
  ready = true;
  for (const h of HEADS) if (h.word.length >= 3) add_word(h.word, 2000, 'n');
  for (const w of ['牵头', '依托', '争创', '重点依托', '重点支持', '联合共建']) add_word(w, 2000, 'v');
  // The verbs that state where a platform is and who builds it: jieba's dictionary has some as
  // nouns (落户, 选址), which would let them into a name.
  for (const w of GOVERNING_VERBS) add_word(w, 2000, 'v');
  // Place names stay whole (jieba reads 大连 as an adverb and glues 及金普 together).
  for (const w of [...CITY_NAMES, '金普新区', '沈大', '沈抚', '全省', '全市']) add_word(w, 3000, 'ns');
}

/** Tokens with offsets; their words concatenate to `text`. */
export function tokenize(text: string): Token[] {
  prepare();
  const out: Token[] = [];
  let at = 0;
  for (const t of tag(text, true)) {
    const start = text.indexOf(t.word, at);
    // jieba returns the text's own characters in order; fall back to the running offset.
    const s0 = start === -1 ? at : start;
    // jieba keeps its dictionary's tag for a word it already has (落户/n): the governing verbs are verbs.
    const tg = GOVERNING.has(t.word) ? 'v' : t.tag;
    out.push({ word: t.word, tag: tg, start: s0, end: s0 + t.word.length });
    at = s0 + t.word.length;
  }
  return out;
}
