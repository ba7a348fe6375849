// --reset, first step: deletes up to $batch relationships of curated nodes, each batch in its
// own transaction. Deleting nodes first would take a hub's thousands of relationships (a
// document's, a region's) into one transaction, past Neo4j's transaction memory limit.
MATCH (:Entity)-[r]-()
WITH DISTINCT r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
