// One page of entities matching a filter, ordered by id (stable); $after is the last id seen.
MATCH (n:Entity)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND (size($levels) = 0 OR n.level IN $levels)
  AND (size($statuses) = 0 OR n.status IN $statuses)
  AND ($document IS NULL OR $document IN n.docs)
  AND ($region IS NULL OR EXISTS { (n)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: $region}) })
  AND ($field IS NULL OR EXISTS { (n)-[:FOCUSES_ON]->(:Entity {id: $field}) })
  AND ($after IS NULL OR n.id > $after)
RETURN n {.*} AS entity
ORDER BY n.id
LIMIT $limit
