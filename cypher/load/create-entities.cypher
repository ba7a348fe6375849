// $rows: [{labels, props}] the graph does not have yet (the loader's diff says so); props hold
// the content hash too.
// The uniqueness constraint on :Entity(id) still refuses a duplicate.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN count(n) AS written
