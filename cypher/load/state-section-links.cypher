// What the graph holds now: the document structure's links (section → document, section →
// parent section, entity → section) with their content hashes.
MATCH (a)-[r:SECTION_OF|WITHIN|CITED_IN_SECTION]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, r.hash AS hash
