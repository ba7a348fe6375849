// For the chains of one page of chainCoverage ($ids): the named institutions (not platforms;
// placeholders left out) each RELIES_ON, of $basis when given and, with $document, by links
// that document states: the reliedOnUnits of chain-coverage*.cypher, counted for a page only.
UNWIND $ids AS id
MATCH (c:Entity {id: id})
RETURN id,
       size(COLLECT { MATCH (c)-[s:RELIES_ON]->(u:Actor)
                      WHERE ($document IS NULL OR $document IN s.docs)
                        AND (size($basis) = 0 OR s.basis IN $basis)
                        AND NOT coalesce(u.placeholder, false)
                      RETURN DISTINCT u }) AS reliedOnUnits
