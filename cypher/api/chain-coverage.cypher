// Per industrial chain (kind chain; group nodes excluded): its platforms, those that serve it
// and those it relies on, counted by kind and status, for any basis and for each basis alone.
// The counts are derived at load time (src/semantics/aggregates.ts: `coverage`, `chainGroup`),
// so this reads one property per chain. With a document: chain-coverage-document.cypher.
// $fields: the chain's properties to return (as `values`, in that order), or null for all.
// reliedOnUnits: the named institutions (not platforms; placeholders left out) the chain
// RELIES_ON, of $basis when given, counted live, and only with $units (null without): over
// every chain at 1M it is most of the work, so the API asks for it here only when it decides
// coverage, and otherwise counts it for the page's chains (chain-relied-on-units.cypher).
MATCH (c:Chain)
WHERE NOT coalesce(c.chainGroup, false)
RETURN CASE WHEN $fields IS NULL THEN c {.*} END AS chain, [k IN coalesce($fields, []) | c[k]] AS values,
       c.coverage AS coverage,
       CASE WHEN $units THEN size(COLLECT { MATCH (c)-[s:RELIES_ON]->(u:Actor)
                      WHERE (size($basis) = 0 OR s.basis IN $basis) AND NOT coalesce(u.placeholder, false)
                      RETURN DISTINCT u }) END AS reliedOnUnits
ORDER BY c.name, c.id
