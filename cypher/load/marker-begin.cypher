// Marks a load in progress. Left behind by a load that was killed or failed, it tells the
// next run (and anyone looking) that the graph is between two seeds until that run repairs it.
// The record of the last complete load goes at once: from here on the graph is not that load's.
OPTIONAL MATCH (c:InnographLoad {key: 'complete'})
DELETE c
MERGE (m:InnographLoad {key: 'seed'})
ON CREATE SET m.firstStartedAt = datetime()
SET m.startedAt = datetime(), m.pid = $pid, m.host = $host
