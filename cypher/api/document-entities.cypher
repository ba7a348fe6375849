// The entities of the given kinds that two documents cite, with what each document says.
MATCH (n:Entity)-[c:CITED_IN]->(d:Document)
WHERE d.id IN [$from, $to] AND n.kind IN $kinds
RETURN n {.*} AS entity, d.id AS document, d.date AS date, c {.*} AS fact
ORDER BY n.id, d.id
