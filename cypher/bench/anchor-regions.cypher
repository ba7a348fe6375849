// The anchor of `npm run bench:seed` for the loader's derived IN_REGION rows, into an empty graph.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Entity {id: row.id})
  MATCH (r:Entity {id: row.region})
  WHERE r:Region
  CREATE (n)-[m:IN_REGION]->(r)
  SET m = row.props
  SET m.hash = row.hash
} IN TRANSACTIONS OF $batch ROWS
