// The source documents, oldest first: for argument checks and document titles.
MATCH (d:Document)
RETURN d {.*} AS entity
ORDER BY d.date, d.id
