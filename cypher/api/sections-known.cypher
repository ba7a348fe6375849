// For each {document, section} a `where: {citedIn}` names: whether the document cites anything
// in that section, by path (第四章/二 or under it) or by label (专栏3: one step of a path), on
// the sections of its CITED_IN links. $pairs: [{document, section}], answered in order.
UNWIND range(0, size($pairs) - 1) AS i
WITH i, $pairs[i] AS p
RETURN i, EXISTS {
  MATCH (:Entity)-[c:CITED_IN]->(:Entity {id: p.document})
  WHERE any(s IN coalesce(c.sections, []) WHERE s = p.section OR s STARTS WITH p.section + '/' OR p.section IN split(s, '/'))
} AS known
ORDER BY i
