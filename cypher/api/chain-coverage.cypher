// Per industrial chain (kind chain; group nodes excluded): its platforms, those that serve it
// and those it relies on, counted by kind and status. With $document: chains that document
// names, links it states, and the status it gives; with $basis: links of that basis only.
// A chain with no platform has empty counts.
MATCH (c:Chain)
WHERE NOT EXISTS { (:Chain)-[:PART_OF]->(c) }
  AND ($document IS NULL OR $document IN c.docs)
OPTIONAL CALL (c) {
  MATCH (p:Platform)-[s:SERVES]->(c)
  WHERE ($document IS NULL OR $document IN s.docs) AND ($basis IS NULL OR s.basis = $basis)
  RETURN p
  UNION
  MATCH (c)-[s:RELIES_ON]->(p:Platform)
  WHERE ($document IS NULL OR $document IN s.docs) AND ($basis IS NULL OR s.basis = $basis)
  RETURN p
}
OPTIONAL MATCH (p)-[ci:CITED_IN]->(:Document {id: $document})
WITH c, p.kind AS kind, coalesce(ci.status, p.status) AS status, count(DISTINCT p) AS n
WITH c, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN c {.*} AS chain, counts
ORDER BY c.name, c.id
