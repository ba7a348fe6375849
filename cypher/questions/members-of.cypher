// What is part of an entity (the labs of 辽宁实验室, the sub-fields of a direction, …)?
MATCH (m:Entity)-[:PART_OF]->(:Entity {id: $id})
RETURN m.id AS id, m.name AS name, m.kind AS kind
ORDER BY name
