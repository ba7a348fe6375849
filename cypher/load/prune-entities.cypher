// Removes curated nodes that are no longer in the seed.
MATCH (n:Entity)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted
