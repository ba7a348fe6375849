// One batch of --reset: deletes up to $batch curated nodes with their relationships. The
// loader repeats it until nothing is left, each batch in its own transaction.
MATCH (n:Entity)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
