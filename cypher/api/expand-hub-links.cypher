// The links between pairs of hubs a neighbourhood keeps ($pairs: [[a, b]]), of the given types,
// cited in $document and of one of $basis when given: what expand.cypher leaves out to avoid reading a
// hub whole. Each pair is one lookup between the two nodes.
UNWIND $pairs AS pair
MATCH (n:Entity {id: pair[0]}), (m:Entity {id: pair[1]})
MATCH (n)-[r:HOSTED_BY|LED_BY|CO_BUILT_WITH|RELIES_ON|SERVES|FOCUSES_ON|LOCATED_IN|PART_OF|ADDRESSES|CONTINUES]-(m)
WHERE type(r) IN $types
  AND ($document IS NULL OR $document IN r.docs)
  AND (size($basis) = 0 OR r.basis IN $basis)
RETURN DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       r.basis AS basis, r.role AS role
