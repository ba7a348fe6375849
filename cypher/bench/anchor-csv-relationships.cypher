// The LOAD CSV anchor of `npm run bench:seed` for relationship rows (curated, CITED_IN and
// IN_REGION: one file each, the type in the _type column), into an empty graph: CREATE, as
// the loader does for relationships its diff shows absent. Typed columns as in
// anchor-csv-entities.cypher.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row._from})
  MATCH (b:Entity {id: row._to})
  CREATE (a)-[r:$(row._type)]->(b)
  SET r = row
  REMOVE r._from, r._type, r._to
  FOREACH (k IN $numbers | SET r[k] = toFloat(row[k]))
  FOREACH (k IN $booleans | SET r[k] = row[k] = 'true')
  FOREACH (k IN $lists | SET r[k] = CASE row[k] WHEN '' THEN [] ELSE split(row[k], $sep) END)
  FOREACH (k IN $numberLists |
    SET r[k] = CASE row[k] WHEN '' THEN [] ELSE [x IN split(row[k], $sep) | toFloat(x)] END)
} IN TRANSACTIONS OF $batch ROWS
