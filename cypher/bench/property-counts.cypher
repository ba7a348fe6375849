// What a load left, beyond counts: properties on curated nodes, on relationships between them,
// and the search keys with theirs. `npm run bench:seed` requires every contender to leave the same.
CALL () { MATCH (n:Entity) RETURN sum(size(keys(n))) AS nodeProps }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(keys(r))) AS relProps }
CALL () { MATCH (k:SearchKey) RETURN count(k) AS keys, sum(size(keys(k))) AS keyProps }
RETURN nodeProps, relProps, keys, keyProps
