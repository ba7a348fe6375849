// What the graph holds now: every search key's id and source, streamed to the loader.
MATCH (k:SearchKey)
RETURN k.id AS id, k.source AS source
