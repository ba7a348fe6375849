// Every curated node carries :Entity and a unique, stable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_status IF NOT EXISTS FOR (n:Entity) ON (n.status);
CREATE INDEX entity_level IF NOT EXISTS FOR (n:Entity) ON (n.level);
// Chinese full-text search over names and aliases: the CJK analyzer indexes character bigrams.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.searchText, n.nameEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
// Exact and prefix search: one node per normalised key (name, alias, abbreviation, English, pinyin).
CREATE CONSTRAINT search_key_id IF NOT EXISTS FOR (k:SearchKey) REQUIRE k.id IS UNIQUE;
CREATE INDEX search_key_key IF NOT EXISTS FOR (k:SearchKey) ON (k.key);
// Substring search (a key that holds the typed text, search-substring): a text index answers CONTAINS.
CREATE TEXT INDEX search_key_text IF NOT EXISTS FOR (k:SearchKey) ON (k.key);
// Entities of some kinds, a page at a time in id order: one seek per kind (entities-page-kinds).
CREATE INDEX entity_kind_id IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.id);
// Document structure: one node per chapter, section, box and item, `<doc>/<path>`.
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE;
CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.document);
