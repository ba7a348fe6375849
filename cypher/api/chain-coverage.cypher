// Per industrial chain (kind chain; group nodes excluded): its platforms, those that serve it
// and those it relies on, counted by kind and status, for any basis and for each basis alone.
// The counts are derived at load time (src/semantics/aggregates.ts: `coverage`, `chainGroup`),
// so this reads one property per chain. With a document: chain-coverage-document.cypher.
// $fields: the chain's properties to return (as `values`, in that order), or null for all.
MATCH (c:Chain)
WHERE NOT coalesce(c.chainGroup, false)
RETURN CASE WHEN $fields IS NULL THEN c {.*} END AS chain, [k IN coalesce($fields, []) | c[k]] AS values,
       c.coverage AS coverage
ORDER BY c.name, c.id
