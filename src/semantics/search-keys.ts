/**
 * Search keys: the strings a planner may type for an entity, normalised so that exact and
 * prefix matches are index lookups. Names and aliases come from the documents; abbreviations
 * are curated (大工, DICP); English names are established or translated; pinyin (full and
 * initials) comes from pinyin-pro, a maintained dictionary-based converter that handles
 * polyphonic characters in context (重庆 → chongqing), unlike a per-character table.
 */
import { pinyin } from 'pinyin-pro';

/** What a key was made from; also how a hit matched, except the full-text fallback. */
export const KEY_SOURCES = ['name', 'alias', 'abbreviation', 'english', 'pinyin', 'initials'] as const;
export type KeySource = (typeof KEY_SOURCES)[number];

export interface SearchKey {
  readonly key: string;
  readonly source: KeySource;
}

/**
 * The normal form of typed text and of keys: NFKC (full-width → half-width), lower case,
 * without tone marks on Latin letters, whitespace, punctuation (“”《》·-, …) and invisible
 * format characters, so 大连先进光源 = “大连先进光源”, dàlián = dalian and
 * "Dalian Advanced Light Source" = dalianadvancedlightsource.
 */
export function normaliseKey(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Pinyin typed with tone marks (dàlián) is the same key as without (dalian); ü is written
      // v, as in the pinyin keys (lǚshùn → lvshun). Only on Latin letters: kana keep their marks.
      .normalize('NFD')
      .replace(/u\u0308/g, 'v')
      .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
      .normalize('NFC')
      // Invisible format characters (zero-width space and joiners, BOM) pasted along with a name.
      .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, '')
  );
}

const HAN = /\p{Script=Han}/u;

/** A syllable (or syllables, space separated) pinyin-pro gives a Chinese character, toneless. */
const SYLLABLES = /^\p{Ll}+(?: \p{Ll}+)*$/u;

/**
 * The first letter of each syllable of one item, as pinyin-pro's `pattern: 'first'` gives it;
 * any other item (a character that is not Chinese, kept as it is) whole. A single lower-case
 * letter is its own first letter, so the test need not know which items were Chinese.
 */
const firstLetters = (item: string): string =>
  SYLLABLES.test(item)
    ? item
        .split(' ')
        .map((w) => w.charAt(0))
        .join(' ')
    : item;

function pinyinKeys(text: string): SearchKey[] {
  if (!HAN.test(text)) return [];
  // One conversion for both keys (pinyin-pro's segmentation is most of a load's search-key
  // time): the initials are the first letters of the full pinyin's syllables, the same as its
  // `pattern: 'first'` on every name and alias of the curated and the 100× seeds.
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
  return [
    { key: normaliseKey(syllables.join('')), source: 'pinyin' },
    { key: normaliseKey(syllables.map(firstLetters).join('')), source: 'initials' },
  ];
}

export interface KeyedEntity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly string[];
  readonly nameEn?: string;
}

/** Every key of an entity, the strongest source kept when two give the same key. */
export function searchKeys(e: KeyedEntity): SearchKey[] {
  const candidates: SearchKey[] = [
    { key: normaliseKey(e.name), source: 'name' },
    ...e.aliases.map((a): SearchKey => ({ key: normaliseKey(a), source: 'alias' })),
    ...e.abbreviations.map((a): SearchKey => ({ key: normaliseKey(a), source: 'abbreviation' })),
    ...(e.nameEn === undefined ? [] : [{ key: normaliseKey(e.nameEn), source: 'english' as const }]),
    ...[e.name, ...e.aliases].flatMap(pinyinKeys),
  ];
  const out = new Map<string, SearchKey>();
  for (const k of candidates) if (k.key !== '' && !out.has(k.key)) out.set(k.key, k);
  return [...out.values()];
}
