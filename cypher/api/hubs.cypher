// Institutions ranked by how much they connect: the platforms they host, lead or co-build,
// and the chains they reach (relying on them directly, or served by those platforms). The
// counts are derived at load time (src/semantics/aggregates.ts: `hubPlatforms`, `hubChains`,
// one per basis variant: any basis, then each set of bases; $variant picks one), so this reads one property per
// institution. Placeholders (我省优势企业) are left out unless asked. With a document:
// hubs-document.cypher.
MATCH (i:Actor)
WHERE (size($kinds) = 0 OR i.kind IN $kinds)
  AND ($includePlaceholders OR NOT coalesce(i.placeholder, false))
WITH i, i.hubPlatforms[$variant] AS platformCount, i.hubChains[$variant] AS chainCount
WHERE platformCount + chainCount > 0
RETURN i {.*} AS institution, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id
LIMIT $first
