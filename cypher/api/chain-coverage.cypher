// Per industrial chain (group nodes excluded): its platforms — those that serve it and those
// it relies on — counted by kind and status. A chain with no platform has empty counts.
MATCH (c:Chain)
WHERE NOT EXISTS { (:Chain)-[:PART_OF]->(c) }
  AND ($document IS NULL OR $document IN c.docs)
OPTIONAL MATCH (p:Platform)
WHERE (p)-[:SERVES]->(c) OR (c)-[:RELIES_ON]->(p)
WITH c, p.kind AS kind, p.status AS status, count(DISTINCT p) AS n
WITH c, collect(CASE WHEN kind IS NULL THEN NULL ELSE {kind: kind, status: status, count: n} END) AS counts
RETURN c {.*} AS chain, counts
ORDER BY c.name, c.id
