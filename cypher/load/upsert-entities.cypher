// $rows: [{id, labels, props, hash}]. Writes only what changed (hash differs), so that a
// second load of the same seed reports no property or label changes.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row
WHERE n.hash IS NULL OR n.hash <> row.hash
REMOVE n:$($kindLabels)
SET n:$(row.labels)
SET n = row.props
SET n.hash = row.hash
RETURN count(n) AS written
