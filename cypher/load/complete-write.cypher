// The load finished: the graph is exactly the seed of $digest. The unfinished-load mark goes, and
// the final mark records the digest and $bookmark, the bookmark of the load's last commit (null
// when another client committed during the load: then the next load compares everything).
OPTIONAL MATCH (m:InnographLoad {key: 'seed'})
DELETE m
MERGE (c:InnographLoad {key: 'complete'})
SET c.digest = $digest, c.bookmark = $bookmark, c.at = datetime()
