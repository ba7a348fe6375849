// All shortest routes between two entities of at most 3 relationships (maxHops 3: the bound is
// part of the pattern, so the search stops there; one file per bound, chosen by the validated
// maxHops). Every relationship is of $types, cited in $document and of one of $basis when given; no
// inner node is of an excluded kind or id, nor a placeholder unless asked. These conditions are
// checked while the search runs (they name only the path's own nodes and relationships).
// Membership links are not walked unless $includeMemberships (review s24, M5): PART_OF from one
// institution to another (a CAS institute of 中国科学院, an affiliated hospital of its university)
// or to a named group (辽宁实验室), unless that umbrella is one of the two ends: through them every
// two members would be two steps apart.
// A route is a sequence of nodes: paths that differ only in which of two parallel relationships
// they take (LOCATED_IN or CO_BUILT_WITH between the same two nodes) are one route, and each hop
// of it lists every relationship between its two nodes that meets the conditions, by type and
// then direction. DISTINCT streams, so the search stops once $limit routes are found.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rs*..3]-(b))
WHERE all(r IN rs WHERE type(r) IN $types
            AND ($document IS NULL OR $document IN r.docs)
            AND (size($basis) = 0 OR r.basis IN $basis)
            AND ($includeMemberships OR NOT (type(r) = 'PART_OF' AND NOT endNode(r).id IN [$from, $to]
                 AND (endNode(r):PlatformGroup OR (startNode(r):Actor AND endNode(r):Actor)))))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR (
            NOT n.kind IN $excludeKinds
            AND NOT n.id IN $excludeIds
            AND ($includePlaceholders OR NOT coalesce(n.placeholder, false))))
WITH DISTINCT nodes(p) AS route
LIMIT $limit
CALL {
  WITH route
  UNWIND range(0, size(route) - 2) AS hop
  WITH route[hop] AS x, route[hop + 1] AS y, hop
  MATCH (x)-[r]-(y)
  WHERE type(r) IN $types
    AND ($document IS NULL OR $document IN r.docs)
    AND (size($basis) = 0 OR r.basis IN $basis)
    AND ($includeMemberships OR NOT (type(r) = 'PART_OF' AND NOT endNode(r).id IN [$from, $to]
           AND (endNode(r):PlatformGroup OR (startNode(r):Actor AND endNode(r):Actor))))
  WITH hop, r, startNode(r) = x AS forward
  ORDER BY hop, type(r), forward DESC
  RETURN collect({hop: hop, source: startNode(r).id, type: type(r), target: endNode(r).id,
                  basis: r.basis, role: r.role}) AS edges
}
RETURN [n IN route | n {.*}] AS nodes, edges
