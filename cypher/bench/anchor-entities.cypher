// The anchor of `npm run bench:seed`: Neo4j's own batched path on the loader's rows (rows.ts),
// one statement committing every $batch rows. Into an empty graph, so CREATE, as the loader
// does for rows its diff shows absent.
UNWIND $rows AS row
CALL (row) {
  CREATE (n:$(row.labels))
  SET n = row.props
  SET n.hash = row.hash
} IN TRANSACTIONS OF $batch ROWS
