// Deletes the whole curated graph (innograph owns every :Entity node).
MATCH (n:Entity)
DETACH DELETE n
