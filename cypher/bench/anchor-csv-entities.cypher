// The LOAD CSV anchor of `npm run bench:seed` (src/bench/seed-csv.ts): the loader's entity rows
// read by Neo4j from the CSV file $url, committed every $batch rows, into an empty graph (so
// CREATE, as the loader does for rows its diff shows absent). Every field arrives as a string:
// the row becomes the properties, then the columns named in $numbers, $booleans, $lists and
// $numberLists get their type (lists are joined by $sep; an empty field is no property).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (n:$(split(row._labels, $sep)))
  SET n = row
  REMOVE n._labels
  FOREACH (k IN $numbers | SET n[k] = toFloat(row[k]))
  FOREACH (k IN $booleans | SET n[k] = row[k] = 'true')
  FOREACH (k IN $lists | SET n[k] = CASE row[k] WHEN '' THEN [] ELSE split(row[k], $sep) END)
  FOREACH (k IN $numberLists |
    SET n[k] = CASE row[k] WHEN '' THEN [] ELSE [x IN split(row[k], $sep) | toFloat(x)] END)
} IN TRANSACTIONS OF $batch ROWS
