// Per region (or one region): platforms located in it, directly or through zones and
// sub-regions (up to three steps), counted by kind and status.
MATCH (r:Region)
WHERE $region IS NULL OR r.id = $region
OPTIONAL MATCH (p:Platform)-[:LOCATED_IN|PART_OF*1..3]->(r)
WITH r, p.kind AS kind, p.status AS status, count(DISTINCT p) AS n
WITH r, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN r {.*} AS region, counts
ORDER BY r.id
