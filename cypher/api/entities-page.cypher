// One page of entities matching a filter, ordered by id (stable); $after is the last id seen.
// With $document, status and level are what that document says (CITED_IN), else the current ones.
// Region membership is the derived IN_REGION (one rule: src/semantics/regions.ts).
MATCH (n:Entity)
WHERE (size($kinds) = 0 OR n.kind IN $kinds)
  AND ($after IS NULL OR n.id > $after)
  AND ($includePlaceholders OR NOT coalesce(n.placeholder, false))
  AND ($region IS NULL OR EXISTS {
    MATCH (n)-[m:IN_REGION]->(:Region {id: $region})
    WHERE $regionBasis IS NULL OR m.basis = $regionBasis
  })
  AND ($zone IS NULL OR EXISTS { (n)-[:LOCATED_IN|PART_OF*1..3]->(:Zone {id: $zone}) })
  AND ($field IS NULL OR EXISTS { (n)-[:FOCUSES_ON]->(:Entity {id: $field}) })
OPTIONAL MATCH (n)-[c:CITED_IN]->(:Document {id: $document})
WITH n, c
WHERE ($document IS NULL OR c IS NOT NULL)
  AND (size($statuses) = 0 OR coalesce(c.status, n.status) IN $statuses)
  AND (size($levels) = 0 OR coalesce(c.level, n.level) IN $levels)
RETURN n {.*} AS entity
ORDER BY n.id
LIMIT $limit
