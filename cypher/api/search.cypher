// Full-text search over names, aliases, abbreviations and English names (CJK bigrams), best
// first; $query is already escaped.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
RETURN node {.*} AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
