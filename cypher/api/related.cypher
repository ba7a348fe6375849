// Relationships of many entities at once (DataLoader batches): for each key
// {id, types, dir, document, basis, roles}, the curated relationships of those types,
// outgoing or incoming, cited in `document` (when given), of one of `basis` and of `roles` (when given: empty lists mean any).
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WHERE type(r) IN key.types
  AND ((key.dir = 'out' AND startNode(r) = n) OR (key.dir = 'in' AND endNode(r) = n))
  AND (key.document IS NULL OR key.document IN r.docs)
  AND (size(key.basis) = 0 OR r.basis IN key.basis)
  AND (size(key.roles) = 0 OR r.role IN key.roles)
WITH key, r, m
ORDER BY m.kind, m.name, m.id
RETURN key.id AS id, key.dir AS dir, key.types AS types, key.document AS document, key.basis AS basis,
       key.roles AS roles,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), rel: r {.*}, node: m {.*}} END) AS items
