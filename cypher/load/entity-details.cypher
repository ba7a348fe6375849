// $ids: curated nodes a dry run would rewrite; their property keys and labels, to predict
// the counters of the write it does not do.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, keys(n) AS keys, labels(n) AS labels
