// How many entities match a compiled `where` (and the `filter` composed with it): the
// totalCount of entities(where: …). {{where}}: see entities-where-page.cypher.
MATCH (n:Entity)
WHERE {{where}}
RETURN count(n) AS total
