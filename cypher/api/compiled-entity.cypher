// One entity by id with the relationship fields a GraphQL selection asks for under it, in ONE
// statement (src/repository/compiled-reads.ts): {{entity}} is the properties the selection reads
// (a map projection on n) and {{children}} the map of related entities that
// src/graphql/compile/ generates from the selection (a fixed grammar: every value a parameter,
// labels and types from the ontology; snapshot-tested in test/unit/selection-compile.test.ts).
MATCH (n:Entity {id: $id})
RETURN {{entity}} AS entity, {{children}} AS children
