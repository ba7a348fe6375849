// Which platforms does an institution host, lead or co-build?
// $id: institution id; $types: relationship types (HOSTED_BY, LED_BY, CO_BUILT_WITH); $bases: stated/inferred.
MATCH (p:Platform)-[r]->(i:Entity {id: $id})
WHERE type(r) IN $types AND r.basis IN $bases
RETURN DISTINCT p.id AS id, p.name AS name, p.kind AS kind, type(r) AS role
ORDER BY name
