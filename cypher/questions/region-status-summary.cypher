// For a region: how many platforms of each kind are existing, planned or of unknown status
// (region rule: IN_REGION)?
MATCH (p:Platform)-[:IN_REGION]->(:Region {id: $region})
WITH DISTINCT p
RETURN p.kind AS kind, p.status AS status, count(*) AS count
ORDER BY kind, status
