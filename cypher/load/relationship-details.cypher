// $rows: [{from, type, to}] relationships a dry run would rewrite; their property keys.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
RETURN row.from AS from, row.type AS type, row.to AS to, keys(r) AS keys
