// A page of entities with the relationship fields a GraphQL selection asks for under them, in
// ONE statement (src/repository/compiled-reads.ts): {{page}} is the statement of one
// entities-page*.cypher file (or entities-where-page with its compiled `where`), returning
// `entity` ordered by id; {{entity}} is the properties the selection reads (a map projection on
// n) and {{children}} the map of related entities that src/graphql/compile/
// generates from the selection (a fixed grammar: every value a parameter, labels and types from
// the ontology; snapshot-tested in test/unit/selection-compile.test.ts).
CALL () {
  {{page}}
}
MATCH (n:Entity {id: entity.id})
RETURN {{entity}} AS entity, {{children}} AS children
ORDER BY entity.id
