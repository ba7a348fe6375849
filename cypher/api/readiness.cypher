// Is the graph seeded? Documents are loaded with every seed.
MATCH (d:Document) RETURN count(d) AS documents
