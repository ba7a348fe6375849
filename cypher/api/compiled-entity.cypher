// One entity by id with the relationship fields a GraphQL selection asks for under it, in ONE
// statement (src/repository/compiled-reads.ts): {{children}} is the map of related entities that
// src/graphql/compile/ generates from the selection (a fixed grammar: every value a parameter,
// labels and types from the ontology; snapshot-tested in test/unit/selection-compile.test.ts).
MATCH (n:Entity {id: $id})
RETURN n {.*} AS entity, {{children}} AS children
