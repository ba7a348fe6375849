// What the graph holds now: every relationship between curated nodes (curated and CITED_IN)
// with its content hash.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.hash AS hash
