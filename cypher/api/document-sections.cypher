// $document: a document id (doc:plan14). Its sections (chapters, sections, boxes, items) with
// the ids of the entities cited in each (CITED_IN_SECTION holds every section around a line).
MATCH (s:Section {document: $document})
OPTIONAL MATCH (e:Entity)-[:CITED_IN_SECTION]->(s)
WITH s, collect(e.id) AS entities
RETURN s {.*} AS section, entities
ORDER BY s.fromLine, s.depth
