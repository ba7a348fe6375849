// All shortest paths between two entities over the given relationship types, at most
// $maxHops long (the pattern's bound must be a literal: 6 is the API's maximum).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, type: type(r), target: endNode(r).id, basis: r.basis}] AS edges
LIMIT $limit
