// Removes search keys that the seed no longer produces.
MATCH (k:SearchKey)
WHERE NOT k.id IN $ids
DELETE k
RETURN count(*) AS deleted
