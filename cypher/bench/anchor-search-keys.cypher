// The anchor of `npm run bench:seed` for the loader's search-key rows, into an empty graph.
UNWIND $rows AS row
CALL (row) {
  CREATE (k:SearchKey {id: row.id, entity: row.entity, key: row.key, source: row.source})
} IN TRANSACTIONS OF $batch ROWS
