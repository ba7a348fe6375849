// regionSummary of every region (no `region`, no document), first step: the regions in scope with
// only what decides which of them a page holds: id, name and the total of the basis asked,
// summed in Cypher from the stored `platformSummary` text (src/semantics/aggregates.ts) so that
// the text itself stays in the database: after its key ($variantKey, `"any":[` or
// `"stated+named":[`), the triples `["kind","status",n]` up to `]]` (`]` at once when it has
// none). The page's regions are then read by region-summary-page.cypher: at 1M the stored
// summaries of all 6,163 regions are 6.6 MB that a page of 100 does not need. Scope as in
// region-summary.cypher.
CALL () {
  MATCH (r:Entity {id: $region})
  WHERE r:Region
  RETURN r
  UNION
  MATCH (r:Region)
  WHERE $region IS NULL
  RETURN r
}
WITH r
WHERE (size($levels) = 0 OR r.level IN $levels)
  AND ($within IS NULL OR EXISTS { (r)-[:IN_REGION]->(:Entity {id: $within}) })
WITH r, split(coalesce(r.platformSummary, ''), $variantKey)[1] AS rest
RETURN r.id AS id, r.name AS name,
       CASE WHEN rest IS NULL OR rest STARTS WITH ']' THEN 0
            ELSE reduce(t = 0, x IN split(split(rest, ']]')[0], '],[') | t + toInteger(last(split(x, ','))))
       END AS total
ORDER BY r.id
