// $rows: [{from, type, to}] links of the document structure a dry run would rewrite; their keys.
UNWIND $rows AS row
MATCH (a)-[r:$(row.type)]->(b)
WHERE (a:Section OR a:Entity) AND a.id = row.from AND b.id = row.to
RETURN row.from AS from, row.type AS type, row.to AS to, keys(r) AS keys
