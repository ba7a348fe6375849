// Entities by id, in one round trip (DataLoader batches).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS entity
