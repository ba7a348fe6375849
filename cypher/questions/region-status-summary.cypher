// For a region: how many platforms of each kind are existing, planned or of unknown status?
MATCH (p:Platform)-[:LOCATED_IN|PART_OF*1..3]->(:Entity {id: $region})
WITH DISTINCT p
RETURN p.kind AS kind, p.status AS status, count(*) AS count
ORDER BY kind, status
