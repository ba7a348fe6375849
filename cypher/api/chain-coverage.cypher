// Per industrial chain (kind chain; group nodes excluded): its platforms, those that serve it
// and those it relies on, counted by kind and status, for any basis and for each basis alone.
// The counts are derived at load time (src/semantics/aggregates.ts: `coverage`, `chainGroup`),
// so this reads one property per chain. With a document: chain-coverage-document.cypher.
MATCH (c:Chain)
WHERE NOT coalesce(c.chainGroup, false)
RETURN c {.*} AS chain, c.coverage AS coverage
ORDER BY c.name, c.id
