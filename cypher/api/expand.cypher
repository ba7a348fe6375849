// One breadth-first step of a neighbourhood: the relationships of the frontier nodes, of the
// given types, cited in $document and of one of $basis when given, to nodes of the given kinds (any
// kind when empty), never to excluded kinds or ids, nor to placeholders unless asked.
// Returns one row: `nodes`, the new nodes (at most $want, found lazily: a hub is never read
// whole), `edges`, the links between the frontier and the nodes seen ($known) or new, and
// `pending`, pairs of hubs whose link is not looked up (that would read a hub whole;
// expand-hub-links.cypher does it when the answer is not truncated). A node with more than
// $dense relationships is a hub; a smaller one is read whole. The patterns list the curated
// types (the ontology's REL_TYPES; a unit test checks it) so that derived links are skipped.
CALL () {
  UNWIND $frontier AS fid
  MATCH (n:Entity {id: fid})
  MATCH (n)-[r:HOSTED_BY|LED_BY|CO_BUILT_WITH|RELIES_ON|SERVES|FOCUSES_ON|LOCATED_IN|PART_OF|ADDRESSES|CONTINUES]-(m:Entity)
  WHERE type(r) IN $types
    AND ($document IS NULL OR $document IN r.docs)
    AND (size($basis) = 0 OR r.basis IN $basis)
    AND (size($kinds) = 0 OR m.kind IN $kinds)
    AND NOT m.kind IN $excludeKinds
    AND NOT m.id IN $excludeIds
    AND ($includePlaceholders OR NOT coalesce(m.placeholder, false))
    AND NOT m.id IN $known
  RETURN DISTINCT m
  LIMIT $want
}
WITH collect(m) AS fresh
CALL (fresh) {
  // The nodes seen or new, hubs apart.
  UNWIND [m IN fresh | m.id] + $known AS kid
  MATCH (m:Entity {id: kid})
  WITH m, COUNT { (m)--() } > $dense AS hub
  RETURN collect(CASE WHEN NOT hub THEN m END) AS small, collect(CASE WHEN hub THEN m.id END) AS big
}
CALL (fresh, small, big) {
  // A frontier node that is not a hub: read whole, keeping the links to nodes seen or new.
  // (Frontier nodes are seen nodes: `big` says which are hubs.)
  UNWIND $frontier AS fid
  MATCH (n:Entity {id: fid})
  WHERE NOT fid IN big
  MATCH (n)-[r:HOSTED_BY|LED_BY|CO_BUILT_WITH|RELIES_ON|SERVES|FOCUSES_ON|LOCATED_IN|PART_OF|ADDRESSES|CONTINUES]-(m:Entity)
  WHERE type(r) IN $types
    AND ($document IS NULL OR $document IN r.docs)
    AND (size($basis) = 0 OR r.basis IN $basis)
    AND (size($kinds) = 0 OR m.kind IN $kinds)
    AND NOT m.kind IN $excludeKinds
    AND NOT m.id IN $excludeIds
    AND ($includePlaceholders OR NOT coalesce(m.placeholder, false))
    AND (m IN fresh OR m.id IN $known)
  RETURN r
  UNION
  // A hub in the frontier: its links to nodes that are not, read from their side.
  WITH small, [h IN $frontier WHERE h IN big] AS hubs
  UNWIND small AS m
  MATCH (m)-[r:HOSTED_BY|LED_BY|CO_BUILT_WITH|RELIES_ON|SERVES|FOCUSES_ON|LOCATED_IN|PART_OF|ADDRESSES|CONTINUES]-(n:Entity)
  WHERE n.id IN hubs
    AND type(r) IN $types
    AND ($document IS NULL OR $document IN r.docs)
    AND (size($basis) = 0 OR r.basis IN $basis)
    AND (size($kinds) = 0 OR m.kind IN $kinds)
    AND NOT m.kind IN $excludeKinds
    AND NOT m.id IN $excludeIds
    AND ($includePlaceholders OR NOT coalesce(m.placeholder, false))
  RETURN r
}
WITH fresh, big, collect(DISTINCT {source: startNode(r).id, type: type(r), target: endNode(r).id,
                                   basis: r.basis, role: r.role}) AS edges
RETURN [m IN fresh | m {.*}] AS nodes, edges,
       [h IN $frontier WHERE h IN big | [x IN big WHERE x <> h | [h, x]]] AS pending
