// Which industrial chains have no platform at all: none serves them and they rely on none?
// Group nodes (老字号/原字号/新字号, which other chains are PART_OF) are not chains of their own.
MATCH (c:Chain)
WHERE NOT EXISTS { (:Platform)-[:SERVES]->(c) }
  AND NOT EXISTS { (c)-[:RELIES_ON]->(:Platform) }
  AND NOT EXISTS { (:Chain)-[:PART_OF]->(c) }
RETURN c.id AS id, c.name AS name
ORDER BY name
