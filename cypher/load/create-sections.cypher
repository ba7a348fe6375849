// $rows: [{props}] (props hold the id and the content hash) document sections the graph does not
// have yet (the loader's diff says so); the uniqueness constraint on :Section(id) still refuses a duplicate.
UNWIND $rows AS row
CREATE (s:Section)
SET s = row.props
RETURN count(s) AS written
