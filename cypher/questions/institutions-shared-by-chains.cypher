// Which institutions do several chains rely on (the hubs of the 2015 plan)?
MATCH (c:Chain)-[:RELIES_ON]->(i:Actor)
WITH i, collect(c.name) AS chains
WHERE size(chains) >= $min
RETURN i.id AS id, i.name AS name, size(chains) AS count, chains
ORDER BY count DESC, name
