// One breadth-first step of a neighbourhood: the relationships of the frontier nodes,
// of the given types, to nodes of the given kinds (any kind when $kinds is empty).
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier
  AND type(r) IN $types
  AND (size($kinds) = 0 OR m.kind IN $kinds)
RETURN DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       r.basis AS basis, m {.*} AS node
ORDER BY source, type, target
LIMIT $cap
