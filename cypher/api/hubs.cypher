// Institutions ranked by how much they connect: the platforms they host, lead or co-build,
// and the chains they reach (relying on them directly, or served by those platforms).
// Placeholders (我省优势企业) are left out unless asked; $document and $basis narrow the links.
MATCH (i:Actor)
WHERE (size($kinds) = 0 OR i.kind IN $kinds)
  AND ($includePlaceholders OR NOT coalesce(i.placeholder, false))
OPTIONAL MATCH (p:Platform)-[x:HOSTED_BY|LED_BY|CO_BUILT_WITH]->(i)
WHERE ($document IS NULL OR $document IN x.docs) AND ($basis IS NULL OR x.basis = $basis)
WITH i, collect(DISTINCT p) AS platforms
CALL (i, platforms) {
  MATCH (c:Chain)-[y:RELIES_ON]->(i)
  WHERE ($document IS NULL OR $document IN y.docs) AND ($basis IS NULL OR y.basis = $basis)
  RETURN c
  UNION
  UNWIND platforms AS p
  MATCH (p)-[z:SERVES]->(c:Chain)
  WHERE ($document IS NULL OR $document IN z.docs) AND ($basis IS NULL OR z.basis = $basis)
  RETURN c
}
WITH i, size(platforms) AS platformCount, count(DISTINCT c) AS chainCount
WHERE platformCount + chainCount > 0
RETURN i {.*} AS institution, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id
LIMIT $first
