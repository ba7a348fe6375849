// For entities of one document, their counterparts in another document: the entities that
// document cites which they continue (or which continue them), following CONTINUES one way
// only (later → earlier when $forward, else earlier ← later), up to 3 steps, through any kind.
// One way only, so that two chains split from the same earlier chain are not each other's.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH p = (x)-[:CONTINUES*1..3]->(y:Entity)
  WHERE $forward
  RETURN p, y
  UNION
  MATCH p = (y:Entity)-[:CONTINUES*1..3]->(x)
  WHERE NOT $forward
  RETURN p, y
}
MATCH (y)-[c:CITED_IN]->(:Document {id: $other})
RETURN x.id AS id, y {.*} AS counterpart, c {.*} AS fact, length(p) AS steps,
       [r IN relationships(p) | r.role] AS roles, [r IN relationships(p) | r.basis] AS bases
ORDER BY id, steps, counterpart.id
