// What the graph holds now: every document section's id and content hash.
MATCH (s:Section)
RETURN s.id AS id, s.hash AS hash
