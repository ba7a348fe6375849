// $ids: curated nodes that the seed no longer has (their relationships were deleted first).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
