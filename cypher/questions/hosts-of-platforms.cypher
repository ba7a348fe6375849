// Which institutions (or platforms) host (依托) or lead (牵头) the platforms of a kind, level and status?
MATCH (p:Platform)-[r:HOSTED_BY|LED_BY]->(h:Entity)
WHERE p.kind IN $kinds AND p.level IN $levels AND p.status IN $statuses AND r.basis = 'stated'
RETURN p.name AS platform, type(r) AS role, h.name AS host, h.kind AS hostKind
ORDER BY platform, host
