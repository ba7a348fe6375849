// $ids: document sections a dry run would rewrite; their property keys.
UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN s.id AS id, keys(s) AS keys
