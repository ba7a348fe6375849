// $rows: [{from, type, to}]: links of the document structure the seed no longer has.
UNWIND $rows AS row
MATCH (a)-[r:$(row.type)]->(b)
WHERE (a:Section OR a:Entity) AND a.id = row.from AND b.id = row.to
DELETE r
RETURN count(r) AS deleted
