// $rows: [{id, entity, key, source}]: one :SearchKey node per normalised key of an entity, so
// that exact and prefix search are index seeks. The id holds entity and key: nothing to update.
UNWIND $rows AS row
MERGE (k:SearchKey {id: row.id})
ON CREATE SET k.entity = row.entity, k.key = row.key, k.source = row.source
WITH k, row
WHERE k.source <> row.source
SET k.source = row.source
RETURN count(k) AS written
