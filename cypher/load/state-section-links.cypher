// What the graph holds now: the document structure's links (section → document, section →
// parent section, entity → section) with their properties (their content hashes among them).
MATCH (a)-[r:SECTION_OF|WITHIN|CITED_IN_SECTION]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
