// The indexes the database has now, their state, and the constraint each one backs (a
// uniqueness constraint's index has the constraint's name): the loader runs only the schema
// statements (constraints.cypher) whose index or constraint is missing, in one round trip.
SHOW INDEXES YIELD name, state, owningConstraint
RETURN name, state, owningConstraint
