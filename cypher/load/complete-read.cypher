// What the last complete load recorded (its input's digest and the bookmark of its last commit),
// and whether a load is marked unfinished: a load may skip everything only when it is not.
OPTIONAL MATCH (c:InnographLoad {key: 'complete'})
OPTIONAL MATCH (m:InnographLoad {key: 'seed'})
RETURN c.digest AS digest, c.bookmark AS bookmark, m IS NOT NULL AS unfinished
