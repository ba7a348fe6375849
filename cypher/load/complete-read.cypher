// What the last complete load recorded (its input's digest and the bookmark of its last commit),
// and whether a load is marked unfinished (since when): a load may skip everything only when it
// is not. `empty`: the graph has no curated node, search key or section, so a load has no state
// to read first (one round trip here instead of five streams of nothing).
OPTIONAL MATCH (c:InnographLoad {key: 'complete'})
OPTIONAL MATCH (m:InnographLoad {key: 'seed'})
RETURN c.digest AS digest, c.bookmark AS bookmark, m IS NOT NULL AS unfinished,
       toString(m.firstStartedAt) AS since,
       NOT (EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:SearchKey) } OR EXISTS { MATCH (:Section) }) AS empty
