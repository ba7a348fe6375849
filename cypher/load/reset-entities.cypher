// --reset, second step: deletes up to $batch curated nodes (their relationships went in the
// first step, so this stays small however dense the graph was). Repeated until none is left.
MATCH (n:Entity)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
