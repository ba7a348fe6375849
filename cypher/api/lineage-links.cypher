// Lineage among the given entities: pairs joined by CONTINUES (either way, up to 3 steps,
// through any entity), with the roles along the way.
UNWIND $ids AS id
MATCH p = (a:Entity {id: id})-[:CONTINUES*1..3]-(b:Entity)
WHERE b.id IN $ids AND a.id < b.id
RETURN a.id AS a, b.id AS b, min(length(p)) AS steps,
       collect([r IN relationships(p) | r.role])[0] AS roles,
       collect([r IN relationships(p) | r.basis])[0] AS bases
