// The nodes of the overview: every entity of the given kinds, by id, one more than $limit
// so the caller can tell truncation.
MATCH (n:Entity)
WHERE n.kind IN $kinds
RETURN n {.*} AS node
ORDER BY n.id
LIMIT $limit
