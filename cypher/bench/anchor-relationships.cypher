// The anchor of `npm run bench:seed` for the loader's relationship rows, into an empty graph:
// CREATE, as the loader does for relationships its diff shows absent (a MERGE here would be
// planned against the empty graph and scan every relationship for each row).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props
  SET r.hash = row.hash
} IN TRANSACTIONS OF $batch ROWS
