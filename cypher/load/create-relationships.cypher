// $rows: [{from, type, to, props}] (props hold the content hash) that the graph does not have
// yet (the loader's diff says so). CREATE, not MERGE: a MERGE must first look for the
// relationship, and the plan for that look-up, cached while the graph was empty, scans every
// relationship (per row).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
