// $ids: search keys that the seed no longer produces.
UNWIND $ids AS id
MATCH (k:SearchKey {id: id})
DELETE k
RETURN count(*) AS deleted
