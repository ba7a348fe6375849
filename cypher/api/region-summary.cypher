// Per region (or one region): the platforms in it by the region rule (IN_REGION; with $basis,
// memberships of that basis only), counted by kind and status. With $document: platforms that
// document cites, with the status it gives them.
MATCH (r:Region)
WHERE $region IS NULL OR r.id = $region
OPTIONAL MATCH (p:Platform)-[m:IN_REGION]->(r)
WHERE ($basis IS NULL OR m.basis = $basis)
  AND ($document IS NULL OR EXISTS { (p)-[:CITED_IN]->(:Document {id: $document}) })
OPTIONAL MATCH (p)-[ci:CITED_IN]->(:Document {id: $document})
WITH r, p.kind AS kind, coalesce(ci.status, p.status) AS status, count(DISTINCT p) AS n
WITH r, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN r {.*} AS region, counts
ORDER BY r.id
