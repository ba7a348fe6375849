// A page of entities and how many match, in ONE statement, for a filter that names nothing but
// kinds (GraphRepository.entitiesPageCounted): {{count}} is entities-count-labels.cypher (the
// count store: it reads $kinds only, so the page's $after cannot touch it) and {{page}} the
// statement of entities-page-kinds.cypher or entities-page.cypher, returning `entity` ordered by
// id. An empty page still returns its count (one row with a null entity).
CALL () {
  {{count}}
}
OPTIONAL CALL () {
  {{page}}
}
RETURN total, entity
ORDER BY entity.id
