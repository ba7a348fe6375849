// What each document says of each of the given entities (CITED_IN), oldest document first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[c:CITED_IN]->(d:Document)
RETURN n.id AS entity, d.id AS document, d.date AS date, c {.*} AS fact
ORDER BY entity, date, document
