// What the graph holds now: every document section's id and properties (its content hash among them).
MATCH (s:Section)
RETURN s.id AS id, properties(s) AS props
