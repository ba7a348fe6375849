// The LOAD CSV anchor of `npm run bench:seed` for search-key rows (id, entity, key, source: all
// strings), into an empty graph.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (k:SearchKey)
  SET k = row
} IN TRANSACTIONS OF $batch ROWS
