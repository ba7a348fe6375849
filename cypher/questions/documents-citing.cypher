// Which source documents mention an entity, and on which lines?
MATCH (:Entity {id: $id})-[c:CITED_IN]->(d:Document)
RETURN d.id AS id, d.name AS name, c.lines AS lines
ORDER BY id
