// chainCoverage without a document, second step: the chains of one page ($ids, in that order)
// with what chain-coverage.cypher reads of each: $fields (the chain's properties to return, as
// `values`, in that order; null for all), the stored counts, and, with $units, the relied-on
// units (null without).
UNWIND $ids AS id
MATCH (c:Entity {id: id})
WHERE c:Chain
RETURN CASE WHEN $fields IS NULL THEN c {.*} END AS chain, [k IN coalesce($fields, []) | c[k]] AS values,
       c.coverage AS coverage,
       CASE WHEN $units THEN size(COLLECT { MATCH (c)-[s:RELIES_ON]->(u:Actor)
                      WHERE (size($basis) = 0 OR s.basis IN $basis) AND NOT coalesce(u.placeholder, false)
                      RETURN DISTINCT u }) END AS reliedOnUnits
