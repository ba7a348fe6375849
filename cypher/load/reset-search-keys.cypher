// --reset, last step: deletes up to $batch search keys. Repeated until none is left.
MATCH (k:SearchKey)
WITH k LIMIT $batch
DELETE k
RETURN count(*) AS deleted
