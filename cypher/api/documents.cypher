// The source documents, oldest first (date, then the documents they follow): for argument
// checks, document titles and the order of what documents say.
MATCH (d:Document)
RETURN d {.*} AS entity
ORDER BY d.order, d.date, d.id
