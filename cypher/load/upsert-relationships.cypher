// $rows: [{from, type, to, props, hash}]; the type comes from the ontology, never from users.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row
SET r = row.props
SET r.hash = row.hash
RETURN count(r) AS written
