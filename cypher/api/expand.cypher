// One breadth-first step of a neighbourhood: the relationships of the frontier nodes, of the
// given types, cited in $document and of $basis when given, to nodes of the given kinds (any
// kind when empty), never to excluded kinds or ids, nor to placeholders unless asked.
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier
  AND type(r) IN $types
  AND ($document IS NULL OR $document IN r.docs)
  AND ($basis IS NULL OR r.basis = $basis)
  AND (size($kinds) = 0 OR m.kind IN $kinds)
  AND NOT m.kind IN $excludeKinds
  AND NOT m.id IN $excludeIds
  AND ($includePlaceholders OR NOT coalesce(m.placeholder, false))
RETURN DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       r.basis AS basis, r.role AS role, m {.*} AS node
ORDER BY source, type, target
LIMIT $cap
