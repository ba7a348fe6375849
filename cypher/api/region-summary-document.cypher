// region-summary.cypher narrowed to one document: the platforms that document cites (from its
// CITED_IN links), in each region by the region rule as that document places them (IN_REGION
// whose `docs` hold the document: it cites the platform's own first link on the way, the rule
// `entities(filter: {document, region})` follows; with $basis, memberships of one of that basis
// only), counted by kind and the status the document gives them. Every region (or the one asked
// for; with $levels only regions of those levels, with $within only regions inside that one) is
// listed, with empty counts when none of its platforms is cited.
// $fields: the region's properties to return (as `values`, in that order), or null for all.
CALL () {
  MATCH (r:Entity {id: $region})
  WHERE r:Region
  RETURN r
  UNION
  MATCH (r:Region)
  WHERE $region IS NULL
  RETURN r
}
WITH r
WHERE (size($levels) = 0 OR r.level IN $levels)
  AND ($within IS NULL OR EXISTS { (r)-[:IN_REGION]->(:Entity {id: $within}) })
CALL (r) {
  RETURN null AS p, null AS status
  UNION ALL
  MATCH (:Entity {id: $document})<-[ci:CITED_IN]-(p:Platform)-[m:IN_REGION]->(r)
  WHERE (size($basis) = 0 OR m.basis IN $basis) AND $document IN coalesce(m.docs, [])
  RETURN p, coalesce(ci.status, p.status) AS status
}
WITH r, p.kind AS kind, status, count(DISTINCT p) AS n
WITH r, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN CASE WHEN $fields IS NULL THEN r {.*} END AS region, [k IN coalesce($fields, []) | r[k]] AS values,
       counts
ORDER BY r.id
