// How many entities match a filter, counted from the members of its smallest anchor
// (entities-page-anchor.cypher without paging).
// With $document, status and level are what that document says (CITED_IN), else the current
// ones; region membership is the derived IN_REGION (one rule: src/semantics/regions.ts). The
// filter is the same in every entities-page-*.cypher and entities-count-*.cypher file (a unit
// test checks it); GraphRepository.entitiesPage picks the file by the filter.
CALL () {
  MATCH (:Entity {id: $anchor})<-[:IN_REGION]-(n:Entity)
  WHERE $anchorType = 'region'
  RETURN n
  UNION
  MATCH (:Entity {id: $anchor})<-[:CITED_IN]-(n:Entity)
  WHERE $anchorType = 'document'
  RETURN n
  UNION
  MATCH (:Entity {id: $anchor})<-[:FOCUSES_ON]-(n:Entity)
  WHERE $anchorType = 'field'
  RETURN n
  UNION
  MATCH (:Entity {id: $anchor})<-[:LOCATED_IN|PART_OF*1..3]-(n:Entity)
  WHERE $anchorType = 'zone'
  RETURN n
}
WITH n
WHERE n.id > $after
  AND (size($kinds) = 0 OR n.kind IN $kinds)
  AND ($includePlaceholders OR NOT coalesce(n.placeholder, false))
  AND ($region IS NULL OR EXISTS {
    MATCH (n)-[m:IN_REGION]->(:Entity {id: $region})
    WHERE $regionBasis IS NULL OR m.basis = $regionBasis
  })
  AND ($zone IS NULL OR EXISTS { (n)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: $zone}) })
  AND ($field IS NULL OR EXISTS { (n)-[:FOCUSES_ON]->(:Entity {id: $field}) })
// What $document says of it (CITED_IN), looked up only when a document is given.
WITH n, CASE WHEN $document IS NULL THEN null ELSE [(n)-[c:CITED_IN]->(:Entity {id: $document}) | c][0] END AS c
WHERE ($document IS NULL OR c IS NOT NULL)
  AND (size($statuses) = 0 OR coalesce(c.status, n.status) IN $statuses)
  AND (size($levels) = 0 OR coalesce(c.level, n.level) IN $levels)
RETURN count(n) AS total
