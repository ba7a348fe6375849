/** How search hits are ranked: match type first, then closeness, then which name matched. */
import type { KeySource } from '../semantics/search-keys.js';
import { KEY_SOURCES } from '../semantics/search-keys.js';
import type { EntityRecord } from './records.js';

export type MatchType = 'exact' | 'alias' | 'prefix' | 'fuzzy';
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
export const MATCH_RANK: Record<MatchType, number> = { exact: 0, alias: 1, prefix: 2, fuzzy: 3 };
export const asKeySource = (v: unknown): KeySource =>
  (KEY_SOURCES as readonly unknown[]).includes(v) ? (v as KeySource) : 'alias';
/** Lexicographic order of rank tuples. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
