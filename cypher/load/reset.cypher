// Deletes the whole graph innograph owns: every :Entity node and every :SearchKey.
MATCH (n)
WHERE n:Entity OR n:SearchKey
DETACH DELETE n
