// Which entity does a name or alias denote? Whitespace-insensitive exact match.
MATCH (n:Entity)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.id AS id, n.name AS name, n.kind AS kind
