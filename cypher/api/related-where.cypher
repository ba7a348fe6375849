// Relationships of many entities at once (DataLoader batches), as related.cypher, keeping only
// the entities at the other end (m) that match a compiled `where`: {{where}} is the predicate on
// m that src/graphql/where/compile.ts generates (values as parameters, labels from the ontology).
// One `where` per batch: the request's loader groups keys by their compiled `where`.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
OPTIONAL CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN key.types
    AND ((key.dir = 'out' AND startNode(r) = n) OR (key.dir = 'in' AND endNode(r) = n))
    AND (key.document IS NULL OR key.document IN r.docs)
    AND (size(key.basis) = 0 OR r.basis IN key.basis)
    AND (size(key.roles) = 0 OR r.role IN key.roles)
    AND {{where}}
  RETURN r, m
}
WITH key, r, m
ORDER BY m.kind, m.name, m.id
RETURN key.id AS id, key.dir AS dir, key.types AS types, key.document AS document, key.basis AS basis,
       key.roles AS roles,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), rel: r {.*}, node: m {.*}} END) AS items
