// $rows: [{id, doc, props, hash}]: (entity)-[:CITED_IN {lines, sections, status, statusWord, level}]->(document),
// what one document says of one entity.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Document {id: row.doc})
MERGE (n)-[c:CITED_IN]->(d)
WITH c, row
SET c = row.props
SET c.hash = row.hash
RETURN count(c) AS written
