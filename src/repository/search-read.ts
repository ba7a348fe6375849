/**
 * The search read: keys (names, aliases, abbreviations, English, pinyin) typed in full or as a
 * prefix, and Neo4j's full-text index, merged and ranked (search-ranking.ts).
 */
import neo4j from 'neo4j-driver';
import { normaliseKey } from '../semantics/search-keys.js';
import { toEntityRecord } from './records.js';
import { props, type NamedRead } from './row-decoding.js';
import { escapeSearchText } from './search-query.js';
import {
  asKeySource,
  compareRanks,
  MATCH_RANK,
  MIN_FUZZY_SHARE,
  SOURCE_RANK,
  typedShare,
  type MatchType,
  type SearchHitRecord,
} from './search-ranking.js';

/**
 * Exact name first, then aliases/abbreviations/English/pinyin typed in full, then prefixes,
 * then full-text: each hit says how it matched.
 */
export async function searchEntities(
  read: NamedRead,
  text: string,
  kinds: readonly string[],
  first: number,
): Promise<SearchHitRecord[]> {
  const key = normaliseKey(text);
  const query = escapeSearchText(text);
  const [keyed, fuzzy] = await Promise.all([
    key === ''
      ? Promise.resolve([])
      : read('api/search-keys', { key, kinds, cap: neo4j.int(Math.max(50, first * 5)) }),
    query === '' ? Promise.resolve([]) : read('api/search', { query, kinds, first: neo4j.int(first * 2) }),
  ]);
  const scores = new Map<string, number>();
  for (const r of fuzzy) scores.set(String(props(r.entity).id), Number(r.score));
  const best = new Map<string, { hit: SearchHitRecord; rank: number[] }>();
  const offer = (hit: SearchHitRecord, rank: number[]): void => {
    const had = best.get(hit.entity.id);
    if (had === undefined || compareRanks(rank, had.rank) < 0) best.set(hit.entity.id, { hit, rank });
  };
  for (const r of keyed) {
    const entity = toEntityRecord(props(r.entity));
    const matched = String(r.key);
    const source = asKeySource(r.source);
    const matchType: MatchType = matched !== key ? 'prefix' : source === 'name' ? 'exact' : 'alias';
    offer(
      { entity, score: scores.get(entity.id) ?? 0, matchType, matchedOn: source, matched },
      // Closer keys first: a prefix that leaves fewer characters is nearer to what was typed.
      [MATCH_RANK[matchType], matched.length - key.length, SOURCE_RANK[source], 0],
    );
  }
  fuzzy.forEach((r, i) => {
    const entity = toEntityRecord(props(r.entity));
    // Full text matches on any shared character pair: keep only hits that hold most of what
    // was typed, so that an empty answer says that nothing matched (issue 16, defect 7).
    const names = [entity.name, ...entity.aliases, ...entity.abbreviations, entity.nameEn ?? ''];
    if (typedShare(key, names.map(normaliseKey)) < MIN_FUZZY_SHARE) return;
    offer(
      { entity, score: Number(r.score), matchType: 'fuzzy', matchedOn: 'full_text', matched: entity.name },
      [MATCH_RANK.fuzzy, 0, 0, i],
    );
  });
  return [...best.values()]
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.hit.entity.id.localeCompare(b.hit.entity.id))
    .slice(0, first)
    .map(({ hit }) => hit);
}
