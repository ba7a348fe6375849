// $rows: [{id, entity, key, source}] search keys the graph does not have yet (the loader's
// diff says so); the uniqueness constraint on :SearchKey(id) still refuses a duplicate.
UNWIND $rows AS row
CREATE (k:SearchKey {id: row.id, entity: row.entity, key: row.key, source: row.source})
RETURN count(k) AS written
