// Relationships of many entities at once (DataLoader batches): for each key
// {id, types, dir}, the curated relationships of those types, outgoing or incoming.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND ((key.dir = 'out' AND startNode(r) = n) OR (key.dir = 'in' AND endNode(r) = n))
WITH key, r, m
ORDER BY m.kind, m.name, m.id
RETURN key.id AS id, key.dir AS dir, key.types AS types,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), rel: r {.*}, node: m {.*}} END) AS items
