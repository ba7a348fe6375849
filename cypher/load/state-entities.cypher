// What the graph holds now, streamed to the loader to work out what to write: every curated
// node's id, labels and properties (its content hash among them), so that a hand edit that
// left the hash alone is seen too.
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
