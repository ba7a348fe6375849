// $rows: [{id, doc, lines, sections, hash}]: (entity)-[:CITED_IN]->(document).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: row.doc})
MERGE (n)-[c:CITED_IN]->(d)
WITH c, row
WHERE c.hash IS NULL OR c.hash <> row.hash
SET c.lines = row.lines, c.sections = row.sections, c.hash = row.hash
RETURN count(c) AS written
