// All shortest paths between two entities over the given relationship types, at most
// $maxHops long (the pattern's bound must be a literal: 6 is the API's maximum). Every
// relationship is cited in $document and of $basis when given; no inner node is of an
// excluded kind or id, nor a placeholder unless asked.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types
            AND ($document IS NULL OR $document IN r.docs)
            AND ($basis IS NULL OR r.basis = $basis))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR (
            NOT n.kind IN $excludeKinds
            AND NOT n.id IN $excludeIds
            AND ($includePlaceholders OR NOT coalesce(n.placeholder, false))))
  AND length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id,
                                 basis: r.basis, role: r.role}] AS edges
LIMIT $limit
