// How many entities of some kinds there are (every entity when $kinds is empty), when the filter
// names nothing else (no region, zone, field, document, status or level, placeholders included):
// read from Neo4j's count store, one branch per kind label of the ontology and one for :Entity,
// so the answer costs the same at any size. Every entity carries its kind's label
// (src/loader/rows.ts), so this is what entities-count*.cypher count for such a filter
// (test/integration/scale-reads.test.ts compares them). A label cannot be a parameter without
// losing the count store, hence the listing (test/unit/cypher-ontology.test.ts checks it).
CALL () {
  MATCH (n:Entity) WITH count(n) AS c RETURN '' AS kind, c AS count
  UNION ALL
  MATCH (n:Laboratory) WITH count(n) AS c RETURN 'laboratory' AS kind, c AS count
  UNION ALL
  MATCH (n:InnovationCentre) WITH count(n) AS c RETURN 'innovation_centre' AS kind, c AS count
  UNION ALL
  MATCH (n:ClinicalCentre) WITH count(n) AS c RETURN 'clinical_centre' AS kind, c AS count
  UNION ALL
  MATCH (n:ResearchCentre) WITH count(n) AS c RETURN 'research_centre' AS kind, c AS count
  UNION ALL
  MATCH (n:Infrastructure) WITH count(n) AS c RETURN 'infrastructure' AS kind, c AS count
  UNION ALL
  MATCH (n:InnovationInstitute) WITH count(n) AS c RETURN 'innovation_institute' AS kind, c AS count
  UNION ALL
  MATCH (n:PilotBase) WITH count(n) AS c RETURN 'pilot_base' AS kind, c AS count
  UNION ALL
  MATCH (n:Zone) WITH count(n) AS c RETURN 'zone' AS kind, c AS count
  UNION ALL
  MATCH (n:PlatformGroup) WITH count(n) AS c RETURN 'platform_group' AS kind, c AS count
  UNION ALL
  MATCH (n:University) WITH count(n) AS c RETURN 'university' AS kind, c AS count
  UNION ALL
  MATCH (n:ResearchInstitute) WITH count(n) AS c RETURN 'research_institute' AS kind, c AS count
  UNION ALL
  MATCH (n:Hospital) WITH count(n) AS c RETURN 'hospital' AS kind, c AS count
  UNION ALL
  MATCH (n:Enterprise) WITH count(n) AS c RETURN 'enterprise' AS kind, c AS count
  UNION ALL
  MATCH (n:Government) WITH count(n) AS c RETURN 'government' AS kind, c AS count
  UNION ALL
  MATCH (n:Alliance) WITH count(n) AS c RETURN 'alliance' AS kind, c AS count
  UNION ALL
  MATCH (n:Chain) WITH count(n) AS c RETURN 'chain' AS kind, c AS count
  UNION ALL
  MATCH (n:Industry) WITH count(n) AS c RETURN 'industry' AS kind, c AS count
  UNION ALL
  MATCH (n:Direction) WITH count(n) AS c RETURN 'direction' AS kind, c AS count
  UNION ALL
  MATCH (n:Field) WITH count(n) AS c RETURN 'field' AS kind, c AS count
  UNION ALL
  MATCH (n:Topic) WITH count(n) AS c RETURN 'topic' AS kind, c AS count
  UNION ALL
  MATCH (n:Region) WITH count(n) AS c RETURN 'region' AS kind, c AS count
  UNION ALL
  MATCH (n:Document) WITH count(n) AS c RETURN 'document' AS kind, c AS count
}
WITH kind, count
WHERE CASE WHEN size($kinds) = 0 THEN kind = '' ELSE kind IN $kinds END
RETURN sum(count) AS total
