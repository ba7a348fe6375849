// $rows: [{id, region, props}] (props hold the content hash) derived IN_REGION links the graph
// does not have yet (the loader's diff says so), computed by the region rule in
// src/semantics/regions.ts.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
MATCH (r:Entity {id: row.region})
WHERE r:Region
CREATE (n)-[m:IN_REGION]->(r)
SET m = row.props
RETURN count(m) AS written
