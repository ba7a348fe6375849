// The anchor of `npm run bench:seed` for the loader's CITED_IN rows, into an empty graph.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Entity {id: row.id})
  MATCH (d:Entity {id: row.doc})
  WHERE d:Document
  CREATE (n)-[c:CITED_IN]->(d)
  SET c = row.props
  SET c.hash = row.hash
} IN TRANSACTIONS OF $batch ROWS
