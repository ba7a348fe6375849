// Counts of curated nodes by kind and of relationships by type (derived CITED_IN and IN_REGION
// included), each read from Neo4j's count store: one branch per kind label and relationship type
// of the ontology (test/unit/cypher-ontology.test.ts checks that the lists match). A label cannot
// be a parameter without losing the count store, hence the listing.
CALL () {
  MATCH (n:Laboratory) WITH count(n) AS c RETURN 'kind' AS what, 'laboratory' AS key, c AS count
  UNION ALL
  MATCH (n:InnovationCentre) WITH count(n) AS c RETURN 'kind' AS what, 'innovation_centre' AS key, c AS count
  UNION ALL
  MATCH (n:ClinicalCentre) WITH count(n) AS c RETURN 'kind' AS what, 'clinical_centre' AS key, c AS count
  UNION ALL
  MATCH (n:ResearchCentre) WITH count(n) AS c RETURN 'kind' AS what, 'research_centre' AS key, c AS count
  UNION ALL
  MATCH (n:Infrastructure) WITH count(n) AS c RETURN 'kind' AS what, 'infrastructure' AS key, c AS count
  UNION ALL
  MATCH (n:InnovationInstitute) WITH count(n) AS c RETURN 'kind' AS what, 'innovation_institute' AS key, c AS count
  UNION ALL
  MATCH (n:PilotBase) WITH count(n) AS c RETURN 'kind' AS what, 'pilot_base' AS key, c AS count
  UNION ALL
  MATCH (n:Zone) WITH count(n) AS c RETURN 'kind' AS what, 'zone' AS key, c AS count
  UNION ALL
  MATCH (n:PlatformGroup) WITH count(n) AS c RETURN 'kind' AS what, 'platform_group' AS key, c AS count
  UNION ALL
  MATCH (n:University) WITH count(n) AS c RETURN 'kind' AS what, 'university' AS key, c AS count
  UNION ALL
  MATCH (n:ResearchInstitute) WITH count(n) AS c RETURN 'kind' AS what, 'research_institute' AS key, c AS count
  UNION ALL
  MATCH (n:Hospital) WITH count(n) AS c RETURN 'kind' AS what, 'hospital' AS key, c AS count
  UNION ALL
  MATCH (n:Enterprise) WITH count(n) AS c RETURN 'kind' AS what, 'enterprise' AS key, c AS count
  UNION ALL
  MATCH (n:Government) WITH count(n) AS c RETURN 'kind' AS what, 'government' AS key, c AS count
  UNION ALL
  MATCH (n:Alliance) WITH count(n) AS c RETURN 'kind' AS what, 'alliance' AS key, c AS count
  UNION ALL
  MATCH (n:Chain) WITH count(n) AS c RETURN 'kind' AS what, 'chain' AS key, c AS count
  UNION ALL
  MATCH (n:Industry) WITH count(n) AS c RETURN 'kind' AS what, 'industry' AS key, c AS count
  UNION ALL
  MATCH (n:Direction) WITH count(n) AS c RETURN 'kind' AS what, 'direction' AS key, c AS count
  UNION ALL
  MATCH (n:Field) WITH count(n) AS c RETURN 'kind' AS what, 'field' AS key, c AS count
  UNION ALL
  MATCH (n:Topic) WITH count(n) AS c RETURN 'kind' AS what, 'topic' AS key, c AS count
  UNION ALL
  MATCH (n:Region) WITH count(n) AS c RETURN 'kind' AS what, 'region' AS key, c AS count
  UNION ALL
  MATCH (n:Document) WITH count(n) AS c RETURN 'kind' AS what, 'document' AS key, c AS count
  UNION ALL
  MATCH ()-[r:HOSTED_BY]->() WITH count(r) AS c RETURN 'type' AS what, 'HOSTED_BY' AS key, c AS count
  UNION ALL
  MATCH ()-[r:LED_BY]->() WITH count(r) AS c RETURN 'type' AS what, 'LED_BY' AS key, c AS count
  UNION ALL
  MATCH ()-[r:CO_BUILT_WITH]->() WITH count(r) AS c RETURN 'type' AS what, 'CO_BUILT_WITH' AS key, c AS count
  UNION ALL
  MATCH ()-[r:RELIES_ON]->() WITH count(r) AS c RETURN 'type' AS what, 'RELIES_ON' AS key, c AS count
  UNION ALL
  MATCH ()-[r:SERVES]->() WITH count(r) AS c RETURN 'type' AS what, 'SERVES' AS key, c AS count
  UNION ALL
  MATCH ()-[r:FOCUSES_ON]->() WITH count(r) AS c RETURN 'type' AS what, 'FOCUSES_ON' AS key, c AS count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS c RETURN 'type' AS what, 'LOCATED_IN' AS key, c AS count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS c RETURN 'type' AS what, 'PART_OF' AS key, c AS count
  UNION ALL
  MATCH ()-[r:ADDRESSES]->() WITH count(r) AS c RETURN 'type' AS what, 'ADDRESSES' AS key, c AS count
  UNION ALL
  MATCH ()-[r:CONTINUES]->() WITH count(r) AS c RETURN 'type' AS what, 'CONTINUES' AS key, c AS count
  UNION ALL
  MATCH ()-[r:CITED_IN]->() WITH count(r) AS c RETURN 'type' AS what, 'CITED_IN' AS key, c AS count
  UNION ALL
  MATCH ()-[r:IN_REGION]->() WITH count(r) AS c RETURN 'type' AS what, 'IN_REGION' AS key, c AS count
}
WITH what, key, count
WHERE count > 0
RETURN what, key, count
ORDER BY what, key
