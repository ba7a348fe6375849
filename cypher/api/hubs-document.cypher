// hubs.cypher counting only the links one document states (and of $basis when given): the
// platforms an institution hosts, leads or co-builds, and the chains it reaches (relying on it
// directly, or served by those platforms). Placeholders are left out unless asked.
MATCH (i:Actor)
WHERE (size($kinds) = 0 OR i.kind IN $kinds)
  AND ($includePlaceholders OR NOT coalesce(i.placeholder, false))
OPTIONAL CALL (i) {
  MATCH (i)<-[x:HOSTED_BY|LED_BY|CO_BUILT_WITH]-(p:Platform)
  WHERE $document IN x.docs AND ($basis IS NULL OR x.basis = $basis)
  RETURN collect(DISTINCT p) AS platforms
}
OPTIONAL CALL (i, platforms) {
  MATCH (i)<-[y:RELIES_ON]-(c:Chain)
  WHERE $document IN y.docs AND ($basis IS NULL OR y.basis = $basis)
  RETURN c
  UNION
  UNWIND platforms AS p
  MATCH (p)-[z:SERVES]->(c:Chain)
  WHERE $document IN z.docs AND ($basis IS NULL OR z.basis = $basis)
  RETURN c
}
WITH i, size(platforms) AS platformCount, count(DISTINCT c) AS chainCount
WHERE platformCount + chainCount > 0
RETURN i {.*} AS institution, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id
LIMIT $first
