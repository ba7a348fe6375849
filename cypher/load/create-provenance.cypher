// $rows: [{id, doc, props}] (props hold the content hash) links the graph does not have yet:
// (entity)-[:CITED_IN {lines, sections, status, statusWord, level}]->(document). CREATE costs
// the same whatever the document's degree.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (d:Entity {id: row.doc})
WHERE d:Document
CREATE (n)-[c:CITED_IN]->(d)
SET c = row.props
RETURN count(c) AS written
