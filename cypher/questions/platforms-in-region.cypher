// Which platforms of the given kinds and statuses lie in a region, by the region rule
// (IN_REGION: through districts and single-place zones, never through a zone that spans cities)?
MATCH (p:Platform)-[:IN_REGION]->(:Region {id: $region})
WHERE p.kind IN $kinds AND p.status IN $statuses
RETURN DISTINCT p.id AS id, p.name AS name, p.kind AS kind, p.status AS status
ORDER BY name
