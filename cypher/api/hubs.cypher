// Institutions ranked by how much they connect: the platforms they host, lead or co-build,
// and the chains they reach (relied on directly, or served by those platforms).
MATCH (i:Actor)
WHERE size($kinds) = 0 OR i.kind IN $kinds
OPTIONAL MATCH (p:Platform)-[:HOSTED_BY|LED_BY|CO_BUILT_WITH]->(i)
WITH i, collect(DISTINCT p) AS platforms
OPTIONAL MATCH (c:Chain)
WHERE (c)-[:RELIES_ON]->(i) OR any(p IN platforms WHERE (p)-[:SERVES]->(c))
WITH i, platforms, collect(DISTINCT c) AS chains
WITH i, size(platforms) AS platformCount, size(chains) AS chainCount
WHERE platformCount + chainCount > 0
RETURN i {.*} AS institution, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id
LIMIT $first
