// $rows: [{id, region, props, hash}]: derived (entity)-[:IN_REGION {basis, via}]->(region),
// computed by the region rule in src/semantics/regions.ts.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (r:Region {id: row.region})
MERGE (n)-[m:IN_REGION]->(r)
WITH m, row
SET m = row.props
SET m.hash = row.hash
RETURN count(m) AS written
