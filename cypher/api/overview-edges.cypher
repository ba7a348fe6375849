// The edges of the overview: curated relationships among the given nodes.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN a.id AS source, type(r) AS type, b.id AS target, r.basis AS basis, r.role AS role
ORDER BY source, type, target
