// --reset, last step: deletes up to $batch document sections and the WITHIN links between
// them (their links to entities went in the first step). Repeated until none is left.
MATCH (s:Section)
WITH s LIMIT $batch
DETACH DELETE s
RETURN count(*) AS deleted
