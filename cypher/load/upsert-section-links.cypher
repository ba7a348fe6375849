// $rows: [{from, type, to, props, hash}]: links of the document structure whose content changed.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Section {id: row.from}) WHERE row.type <> 'CITED_IN_SECTION' RETURN a
  UNION
  MATCH (a:Entity {id: row.from}) WHERE row.type = 'CITED_IN_SECTION' RETURN a
}
CALL (row) {
  MATCH (b:Entity {id: row.to}) WHERE row.type = 'SECTION_OF' RETURN b
  UNION
  MATCH (b:Section {id: row.to}) WHERE row.type <> 'SECTION_OF' RETURN b
}
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row
SET r = row.props
SET r.hash = row.hash
RETURN count(r) AS written
