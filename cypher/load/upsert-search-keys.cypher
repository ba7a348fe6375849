// $rows: [{id, entity, key, source}]: one :SearchKey node per normalised key of an entity, so
// that exact and prefix search are index seeks. Rows whose stored properties differ from the
// seed's (the loader's diff says so: a changed source, or a hand edit).
UNWIND $rows AS row
MERGE (k:SearchKey {id: row.id})
SET k.entity = row.entity, k.key = row.key, k.source = row.source
RETURN count(k) AS written
