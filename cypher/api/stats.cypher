// Counts of curated nodes by kind and of relationships by type.
CALL () {
  MATCH (n:Entity) RETURN 'kind' AS what, n.kind AS key, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN 'type' AS what, type(r) AS key, count(*) AS count
}
RETURN what, key, count
ORDER BY what, key
