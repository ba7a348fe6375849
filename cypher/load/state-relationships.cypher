// What the graph holds now: every relationship between curated nodes (curated, CITED_IN,
// IN_REGION) with its properties (its content hash among them).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
