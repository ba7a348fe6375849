// $rows: [{id, props, hash}]: document sections whose content changed.
UNWIND $rows AS row
MERGE (s:Section {id: row.id})
WITH s, row
SET s = row.props
SET s.hash = row.hash
RETURN count(s) AS written
