// $rows: [{id, labels, props, hash}] the graph does not have yet (the loader's diff says so).
// The uniqueness constraint on :Entity(id) still refuses a duplicate.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
SET n.hash = row.hash
RETURN count(n) AS written
