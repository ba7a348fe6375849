// $rows: [{from, type, to}]: relationships between curated nodes that the seed no longer has.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
DELETE r
RETURN count(r) AS deleted
