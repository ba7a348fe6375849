// What a reset would delete: curated nodes, search keys, document sections, and every
// relationship touching a curated node or between sections (for the counters of a dry run).
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (k:SearchKey) RETURN count(k) AS keys }
CALL () { MATCH (s:Section) RETURN count(s) AS sections }
CALL () { MATCH (:Entity)-[r]-() RETURN count(DISTINCT r) AS relationships }
CALL () { MATCH (:Section)-[r:WITHIN]->(:Section) RETURN count(r) AS within }
RETURN entities + keys + sections AS nodes, relationships + within AS relationships
