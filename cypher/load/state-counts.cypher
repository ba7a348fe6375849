// What a reset would delete: curated nodes and every relationship touching them (for the
// counters of a dry run).
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]-() RETURN count(DISTINCT r) AS relationships }
RETURN nodes, relationships
