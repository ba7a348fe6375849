// For compareDocuments (review s24, Low): for each of $ids, the wholes it is PART_OF (up to 3
// steps: a zone of 全省高新区, a core area of 沈大国家自主创新示范区) that $document cites. An entity
// one document names and the other does not, but whose whole the other speaks of, is covered by
// that whole, not unmentioned. Ordered as relationship lists are (kind, name, id).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:PART_OF*1..3]->(w:Entity)-[:CITED_IN]->(:Entity {id: $document})
WITH DISTINCT id, w
ORDER BY w.kind, w.name, w.id
RETURN id, collect(w {.*}) AS wholes
