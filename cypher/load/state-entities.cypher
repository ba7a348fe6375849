// What the graph holds now, streamed to the loader to work out what to write: every curated
// node's id and content hash.
MATCH (n:Entity)
RETURN n.id AS id, n.hash AS hash
