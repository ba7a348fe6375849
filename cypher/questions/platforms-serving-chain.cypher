// Which platforms serve a chain, with their hosts and leads?
MATCH (p:Platform)-[s:SERVES]->(:Chain {id: $chain})
OPTIONAL MATCH (p)-[:HOSTED_BY|LED_BY]->(h:Actor)
RETURN p.id AS id, p.name AS name, p.kind AS kind, s.basis AS basis, collect(h.name) AS hosts
ORDER BY name
