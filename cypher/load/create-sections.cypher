// $rows: [{id, props, hash}] document sections the graph does not have yet (the loader's diff
// says so); the uniqueness constraint on :Section(id) still refuses a duplicate.
UNWIND $rows AS row
CREATE (s:Section)
SET s = row.props
SET s.hash = row.hash
RETURN count(s) AS written
