// chain-coverage.cypher narrowed to one document: the chains it names (CITED_IN, the same set
// as `$document IN c.docs`), the platform links it states (and of one of $basis when given), counted
// by kind and the status the document gives them. A chain with no platform has empty counts.
// $fields: the chain's properties to return (as `values`, in that order), or null for all.
// reliedOnUnits: the named institutions (not platforms; placeholders left out) the chain
// RELIES_ON by links the document states; only with $units (null without), as chain-coverage.
MATCH (d:Entity {id: $document})<-[:CITED_IN]-(c:Chain)
WHERE NOT EXISTS { (:Chain)-[:PART_OF]->(c) }
OPTIONAL CALL (c) {
  MATCH (c)<-[s:SERVES]-(p:Platform)
  WHERE $document IN s.docs AND (size($basis) = 0 OR s.basis IN $basis)
  RETURN p
  UNION
  MATCH (c)-[s:RELIES_ON]->(p:Platform)
  WHERE $document IN s.docs AND (size($basis) = 0 OR s.basis IN $basis)
  RETURN p
}
OPTIONAL MATCH (p)-[ci:CITED_IN]->(d)
WITH c, p.kind AS kind, coalesce(ci.status, p.status) AS status, count(DISTINCT p) AS n
WITH c, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN CASE WHEN $fields IS NULL THEN c {.*} END AS chain, [k IN coalesce($fields, []) | c[k]] AS values,
       counts,
       CASE WHEN $units THEN size(COLLECT { MATCH (c)-[s:RELIES_ON]->(u:Actor)
                      WHERE $document IN s.docs AND (size($basis) = 0 OR s.basis IN $basis)
                        AND NOT coalesce(u.placeholder, false)
                      RETURN DISTINCT u }) END AS reliedOnUnits
ORDER BY c.name, c.id
