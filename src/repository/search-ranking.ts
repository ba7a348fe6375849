/** How search hits are ranked: match type first, then closeness, then which name matched. */
import type { KeySource } from '../semantics/search-keys.js';
import { KEY_SOURCES } from '../semantics/search-keys.js';
import type { EntityRecord } from './records.js';

export type MatchType = 'exact' | 'alias' | 'prefix' | 'substring' | 'fuzzy';
export type MatchedOn = KeySource | 'full_text';

export interface SearchHitRecord {
  readonly entity: EntityRecord;
  readonly score: number;
  readonly matchType: MatchType;
  readonly matchedOn: MatchedOn;
  /** The normalised key that matched, or the entity's name for a full-text hit. */
  readonly matched: string;
}

/** Ranking of key sources within one match type: the document's own names first. */
export const SOURCE_RANK: Record<KeySource, number> = {
  name: 0,
  alias: 1,
  abbreviation: 2,
  english: 3,
  pinyin: 4,
  initials: 5,
};
export const MATCH_RANK: Record<MatchType, number> = {
  exact: 0,
  alias: 1,
  prefix: 2,
  substring: 3,
  fuzzy: 4,
};
export const asKeySource = (v: unknown): KeySource =>
  (KEY_SOURCES as readonly unknown[]).includes(v) ? (v as KeySource) : 'alias';
/** Lexicographic order of rank tuples. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The character pairs of a normalised key. */
function pairs(key: string): Set<string> {
  const cs = Array.from(key);
  return new Set(cs.slice(1).map((c, i) => `${cs[i] ?? ''}${c}`));
}

/** A name this long, typed whole within a longer text, is what the text is about. */
const NAME_WITHIN_TEXT = 4;

/**
 * How closely a full-text hit matches what was typed, 0–1: over the entity's names (name,
 * aliases, abbreviations, English name, all given normalised), the best share of the typed
 * text's character pairs that a name holds; 1 when a name of at least four characters stands
 * whole in the typed text (大连理工大学 in 大连理工大学科技创新基地). The full-text index matches on any
 * one shared pair, so 沈阳机床 finds 沈阳市: it holds a third of the typed pairs.
 */
export function typedShare(key: string, names: readonly string[]): number {
  if (key === '') return 0;
  if (Array.from(key).length === 1) return names.some((n) => n.includes(key)) ? 1 : 0;
  const typed = pairs(key);
  let best = 0;
  for (const name of names) {
    if (Array.from(name).length >= NAME_WITHIN_TEXT && key.includes(name)) return 1;
    const own = pairs(name);
    let held = 0;
    for (const p of typed) if (own.has(p)) held += 1;
    best = Math.max(best, held / typed.size);
  }
  return best;
}

/** A full-text hit is kept only when it shares at least this much with the typed text. */
export const MIN_FUZZY_SHARE = 0.5;
