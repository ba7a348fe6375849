// The entities an `entities` filter names ($anchors: [{type: region|document|field|zone, id}]),
// for the argument checks, each with how many entities it reaches directly: its members
// (IN_REGION), the entities it cites (CITED_IN), those focusing on it (FOCUSES_ON), or those
// located in or part of it (LOCATED_IN, PART_OF; sub-zones' members come on top). Degrees come
// from the node's own counts: no relationship is read.
UNWIND $anchors AS a
MATCH (n:Entity {id: a.id})
RETURN a.type AS type, n {.*} AS entity,
       CASE a.type
         WHEN 'region' THEN COUNT { (n)<-[:IN_REGION]-() }
         WHEN 'document' THEN COUNT { (n)<-[:CITED_IN]-() }
         WHEN 'field' THEN COUNT { (n)<-[:FOCUSES_ON]-() }
         ELSE COUNT { (n)<-[:LOCATED_IN|PART_OF]-() }
       END AS degree
