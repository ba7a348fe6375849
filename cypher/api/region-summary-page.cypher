// regionSummary of every region, second step: the regions of one page ($ids, from
// region-summary-order.cypher), read as region-summary.cypher reads them. $fields: the region's
// properties to return (as `values`, in that order), or null for all.
UNWIND $ids AS id
MATCH (r:Entity {id: id})
WHERE r:Region
RETURN CASE WHEN $fields IS NULL THEN r {.*} END AS region, [k IN coalesce($fields, []) | r[k]] AS values,
       r.platformSummary AS summary
