// chainCoverage without a document, first step: every chain (kind chain; group nodes excluded)
// in the answer's order (name, id), with only what decides which chains a page holds. With
// $covered (only uncovered chains, or those first): whether platforms cover it for the basis
// asked ($noPlatforms: the text its stored `coverage` holds when that basis has no counts, see
// emptyCountsMark in src/semantics/aggregates.ts); with $units, its relied-on units (null
// without), as chain-coverage.cypher counts them. The page's
// chains are then read by chain-coverage-page.cypher: at 1M the stored counts of all 8,434
// chains are megabytes that a page of 200 does not need.
MATCH (c:Chain)
WHERE NOT coalesce(c.chainGroup, false)
RETURN c.id AS id,
       CASE WHEN $covered THEN coalesce(NOT c.coverage CONTAINS $noPlatforms, false) END AS platforms,
       CASE WHEN $units THEN size(COLLECT { MATCH (c)-[s:RELIES_ON]->(u:Actor)
                      WHERE (size($basis) = 0 OR s.basis IN $basis) AND NOT coalesce(u.placeholder, false)
                      RETURN DISTINCT u }) END AS reliedOnUnits
ORDER BY c.name, c.id
