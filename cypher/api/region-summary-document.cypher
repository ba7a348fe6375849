// region-summary.cypher narrowed to one document: the platforms that document cites (from its
// CITED_IN links), in each region by the region rule (IN_REGION; with $basis, memberships of one of
// that basis only), counted by kind and the status the document gives them. Every region (or
// the one asked for) is listed, with empty counts when none of its platforms is cited.
// $fields: the region's properties to return (as `values`, in that order), or null for all.
CALL () {
  MATCH (r:Entity {id: $region})
  WHERE r:Region
  RETURN r, null AS p, null AS status
  UNION ALL
  MATCH (r:Region)
  WHERE $region IS NULL
  RETURN r, null AS p, null AS status
  UNION ALL
  MATCH (:Entity {id: $document})<-[ci:CITED_IN]-(p:Platform)-[m:IN_REGION]->(r:Region)
  WHERE (size($basis) = 0 OR m.basis IN $basis) AND ($region IS NULL OR r.id = $region)
  RETURN r, p, coalesce(ci.status, p.status) AS status
}
WITH r, p.kind AS kind, status, count(DISTINCT p) AS n
WITH r, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN CASE WHEN $fields IS NULL THEN r {.*} END AS region, [k IN coalesce($fields, []) | r[k]] AS values,
       counts
ORDER BY r.id
