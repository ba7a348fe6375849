// $rows: [{from, type, to, props}] (props hold the content hash) links of the document structure
// the graph does not have yet: (:Section)-[:SECTION_OF]->(:Document), (:Section)-[:WITHIN]->(:Section) and
// (:Entity)-[:CITED_IN_SECTION {lines}]->(:Section). The type comes from the ontology.
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
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
