// All shortest paths between two entities of one relationship (maxHops 1: the bound is
// part of the pattern, so the search stops there; one file per bound, chosen by the validated
// maxHops). Every relationship is of $types, cited in $document and of one of $basis when given; no
// inner node is of an excluded kind or id, nor a placeholder unless asked. These conditions are
// checked while the search runs (they name only the path's own nodes and relationships).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rs*..1]-(b))
WHERE all(r IN rs WHERE type(r) IN $types
            AND ($document IS NULL OR $document IN r.docs)
            AND (size($basis) = 0 OR r.basis IN $basis))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR (
            NOT n.kind IN $excludeKinds
            AND NOT n.id IN $excludeIds
            AND ($includePlaceholders OR NOT coalesce(n.placeholder, false))))
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id,
                                 basis: r.basis, role: r.role}] AS edges
LIMIT $limit
