// What the graph holds now: every search key's id and properties, streamed to the loader.
MATCH (k:SearchKey)
RETURN k.id AS id, properties(k) AS props
