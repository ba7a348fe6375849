// The mark of an unfinished load, if any.
MATCH (m:InnographLoad {key: 'seed'})
RETURN toString(m.firstStartedAt) AS since, m.pid AS pid, m.host AS host
