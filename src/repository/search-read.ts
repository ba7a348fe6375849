/**
 * The search read: keys (names, aliases, abbreviations, English, pinyin) typed in full or as a
 * prefix, and Neo4j's full-text index, merged and ranked (search-ranking.ts).
 */
import neo4j from 'neo4j-driver';
import { normaliseKey, type KeySource } from '../semantics/search-keys.js';
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
 * A single Latin letter or digit lies inside most pinyin keys: looking for it inside keys would
 * read nearly all of them and say nothing (prefixes still answer it). A single Chinese character
 * inside a name is a real hit (大 in 东北大学).
 */
const substringWorthIt = (key: string): boolean =>
  Array.from(key).length > 1 || !/^[\p{Script=Latin}\p{N}]$/u.test(key);

/**
 * Exact name first, then aliases/abbreviations/English/pinyin typed in full, then prefixes,
 * then keys that hold the text elsewhere (SUBSTRING), then full-text similarity (FUZZY): each
 * hit says how it matched, so a FUZZY hit never holds what was typed.
 */
export async function searchEntities(
  read: NamedRead,
  text: string,
  kinds: readonly string[],
  first: number,
): Promise<SearchHitRecord[]> {
  const key = normaliseKey(text);
  const query = escapeSearchText(text);
  const cap = neo4j.int(Math.max(50, first * 5));
  const [keyed, inside, fuzzy] = await Promise.all([
    key === '' ? Promise.resolve([]) : read('api/search-keys', { key, kinds, cap }),
    key === '' || !substringWorthIt(key)
      ? Promise.resolve([])
      : read('api/search-substring', { key, kinds, cap }),
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
  for (const r of inside) {
    const entity = toEntityRecord(props(r.entity));
    const matched = String(r.key);
    const source = asKeySource(r.source);
    offer({ entity, score: scores.get(entity.id) ?? 0, matchType: 'substring', matchedOn: source, matched }, [
      MATCH_RANK.substring,
      matched.length - key.length,
      SOURCE_RANK[source],
      0,
    ]);
  }
  fuzzy.forEach((r, i) => {
    const entity = toEntityRecord(props(r.entity));
    // Full text matches on any shared character pair: keep only hits that hold most of what
    // was typed, so that an empty answer says that nothing matched (issue 16, defect 7).
    const named: [KeySource, string][] = [
      ['name', entity.name],
      ...entity.aliases.map((a): [KeySource, string] => ['alias', a]),
      ...entity.abbreviations.map((a): [KeySource, string] => ['abbreviation', a]),
      ['english', entity.nameEn ?? ''],
    ];
    const keys = named.map(([source, n]): [KeySource, string] => [source, normaliseKey(n)]);
    if (
      typedShare(
        key,
        keys.map(([, k]) => k),
      ) < MIN_FUZZY_SHARE
    )
      return;
    // A name that holds the whole text is matched as such even when the key reads' caps left
    // it out (大学 is inside hundreds of names): FUZZY is only for what no name holds.
    let held = false;
    for (const [source, k] of keys) {
      if (key === '' || !k.includes(key)) continue;
      held = true;
      const matchType: MatchType =
        k === key ? (source === 'name' ? 'exact' : 'alias') : k.startsWith(key) ? 'prefix' : 'substring';
      offer({ entity, score: Number(r.score), matchType, matchedOn: source, matched: k }, [
        MATCH_RANK[matchType],
        k.length - key.length,
        SOURCE_RANK[source],
        i,
      ]);
    }
    if (!held)
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
