// Keys (names, aliases, abbreviations, English, pinyin) that hold the normalised text inside
// them, not at their start (those are search-keys.cypher's prefixes): 理工大学 in 大连理工大学. The
// text index on :SearchKey(key) answers CONTAINS; shortest keys first, as prefixes are.
MATCH (k:SearchKey)
WHERE k.key CONTAINS $key AND NOT k.key STARTS WITH $key
WITH k
ORDER BY size(k.key), k.key
LIMIT $cap
MATCH (n:Entity {id: k.entity})
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
RETURN n {.*} AS entity, k.key AS key, k.source AS source
