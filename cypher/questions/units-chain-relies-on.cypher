// Which units (enterprises, universities, institutes, zones, platforms) does a chain rely on?
MATCH (c:Chain {id: $chain})-[r:RELIES_ON]->(u:Entity)
RETURN u.id AS id, u.name AS name, u.kind AS kind, r.basis AS basis
ORDER BY name
