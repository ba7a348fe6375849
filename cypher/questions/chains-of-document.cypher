// Which chains does a document name (excluding group nodes)?
MATCH (c:Chain)-[:CITED_IN]->(:Document {id: $doc})
WHERE NOT EXISTS { (:Chain)-[:PART_OF]->(c) }
RETURN c.id AS id, c.name AS name
ORDER BY name
