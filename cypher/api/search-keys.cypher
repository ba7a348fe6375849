// Exact and prefix matches of a normalised key (names, aliases, abbreviations, English, pinyin),
// shortest keys first: index seeks on :SearchKey(key).
MATCH (k:SearchKey)
WHERE k.key STARTS WITH $key
WITH k
ORDER BY size(k.key), k.key
LIMIT $cap
MATCH (n:Entity {id: k.entity})
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
RETURN n {.*} AS entity, k.key AS key, k.source AS source
