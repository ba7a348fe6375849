// Removes relationships between curated nodes that are no longer in the seed.
// $keys are "from|TYPE|to" for curated relationships and provenance alike.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE NOT (a.id + '|' + type(r) + '|' + b.id) IN $keys
DELETE r
RETURN count(*) AS deleted
