// Which platforms of the given kinds and statuses lie in a region, directly or through the
// zones and regions they are located in or part of (up to three steps)?
MATCH (p:Platform)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: $region})
WHERE p.kind IN $kinds AND p.status IN $statuses
RETURN DISTINCT p.id AS id, p.name AS name, p.kind AS kind, p.status AS status
ORDER BY name
