// $ids: document sections the seed no longer has (their links were deleted first).
UNWIND $ids AS id
MATCH (s:Section {id: id})
DETACH DELETE s
RETURN count(*) AS deleted
