// A page of entities and how many match, in ONE statement and one record, for a filter that
// names nothing but kinds (GraphRepository.entitiesPageCounted, src/repository/counted-page.ts):
// {{count}} is the count-store branches of entities-count-labels.cypher for the kinds asked
// (it reads no parameter of the page, so the page's $after cannot touch it); {{page}} the
// statement of entities-page-kinds.cypher or entities-page.cypher returning its nodes as
// `entity`, ordered by id; {{entity}} the properties the selection reads, as a map projection
// on n. An empty page still has its count (an empty list).
CALL () {
  {{count}}
}
OPTIONAL CALL () {
  {{page}}
}
WITH total, entity AS n
ORDER BY n.id
RETURN total, collect({{entity}}) AS entities
