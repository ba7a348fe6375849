// Per region (or one region): the platforms in it by the region rule (IN_REGION), counted by
// kind and status, for any membership basis and for each basis alone. The counts are derived at
// load time (src/semantics/aggregates.ts: `platformSummary`), so this reads one property per
// region. With a document: region-summary-document.cypher. $levels (none: any) keeps regions of
// those levels, $within (null: anywhere) those inside that region (IN_REGION). $fields: the region's properties to
// return (as `values`, in that order), or null for all.
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
RETURN CASE WHEN $fields IS NULL THEN r {.*} END AS region, [k IN coalesce($fields, []) | r[k]] AS values,
       r.platformSummary AS summary
ORDER BY r.id
