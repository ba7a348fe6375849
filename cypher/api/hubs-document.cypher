// hubs.cypher counting only the links one document states (and of a set of bases): the
// platforms an institution hosts, leads or co-builds, and the chains it reaches (relying on it
// directly, or served by those platforms). The counts are derived at load time per document
// (src/semantics/aggregates.ts: `hubDocs`, and in `hubDocCounts` $stride numbers per document:
// platforms then chains, each per basis variant (BASIS_VARIANTS); $variant picks one), so this
// reads two properties per institution. Placeholders are left out unless asked.
MATCH (i:Actor)
WHERE (size($kinds) = 0 OR i.kind IN $kinds)
  AND ($includePlaceholders OR NOT coalesce(i.placeholder, false))
  AND $document IN i.hubDocs
WITH i, [k IN range(0, size(i.hubDocs) - 1) WHERE i.hubDocs[k] = $document][0] * $stride AS at
WITH i, i.hubDocCounts[at + $variant] AS platformCount, i.hubDocCounts[at + $stride / 2 + $variant] AS chainCount
WHERE platformCount + chainCount > 0
RETURN i {.*} AS institution, platformCount, chainCount
ORDER BY platformCount + chainCount DESC, i.id
LIMIT $first
