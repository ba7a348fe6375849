// One page of entities matching a compiled `where` (and the `filter` composed with it), ordered
// by id (stable): walks the id index from $after ('' for the first page), keeps what passes,
// stops at $limit. {{where}} is the predicate on n that src/graphql/where/compile.ts generates
// from a fixed grammar: every value in it is a parameter ($w0, $w1, …), every label and type
// comes from the ontology (snapshot-tested in test/unit/where-compile.test.ts).
MATCH (n:Entity)
WHERE n.id > $after
  AND {{where}}
RETURN n {.*} AS entity
ORDER BY n.id
LIMIT $limit
