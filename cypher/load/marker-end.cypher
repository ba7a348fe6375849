// The load finished: the graph is exactly the seed again.
MATCH (m:InnographLoad {key: 'seed'})
DELETE m
