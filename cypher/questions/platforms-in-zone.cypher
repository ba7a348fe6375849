// Which platforms of the given kinds and statuses lie in a zone (a science city, a high-tech
// zone): located in it or part of it, directly or through its sub-zones (up to three steps)?
MATCH (p:Platform)-[:LOCATED_IN|PART_OF*1..3]->(:Zone {id: $zone})
WHERE p.kind IN $kinds AND p.status IN $statuses
RETURN DISTINCT p.id AS id, p.name AS name, p.kind AS kind, p.status AS status
ORDER BY name
