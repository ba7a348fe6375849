// The plan lineage of one entity: every entity linked to it through CONTINUES (either way,
// up to 6 steps), itself included, each with the CONTINUES links it starts.
MATCH (s:Entity {id: $id})
OPTIONAL MATCH (s)-[:CONTINUES*1..6]-(o:Entity)
WITH s, collect(DISTINCT o) AS others
UNWIND [s] + others AS m
WITH DISTINCT m
OPTIONAL MATCH (m)-[c:CONTINUES]->(prev:Entity)
RETURN m {.*} AS entity,
       collect(CASE WHEN c IS NULL THEN NULL ELSE {to: prev.id, rel: c {.*}} END) AS continues
