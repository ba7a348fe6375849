// What a reset would delete: curated nodes, search keys, and every relationship touching a
// curated node (for the counters of a dry run).
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (k:SearchKey) RETURN count(k) AS keys }
CALL () { MATCH (:Entity)-[r]-() RETURN count(DISTINCT r) AS relationships }
RETURN entities + keys AS nodes, relationships
