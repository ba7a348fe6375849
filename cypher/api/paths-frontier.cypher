// One round of the bounded paths search (issue 19): the distinct neighbours of a frontier of
// entities, through the links a path may use (of $types, cited in $document and of one of $basis when
// given), leaving out the nodes a path may not pass through (an excluded kind or id, or a
// placeholder unless asked) unless it is one of the search's two ends ($ends). The same
// conditions as shortest-paths-N.cypher, checked one hop at a time (membership links, PART_OF
// from an institution to an institution or to a named group whose umbrella is not one of the
// ends, only with $includeMemberships). LIMIT $cap stops the expansion once the search's work
// bound is passed, so no round does more than the bound allows.
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE type(r) IN $types
  AND ($document IS NULL OR $document IN r.docs)
  AND (size($basis) = 0 OR r.basis IN $basis)
  AND ($includeMemberships OR NOT (type(r) = 'PART_OF' AND NOT endNode(r).id IN $ends
       AND (endNode(r):PlatformGroup OR (startNode(r):Actor AND endNode(r):Actor))))
  AND (m.id IN $ends OR (
        NOT m.kind IN $excludeKinds
        AND NOT m.id IN $excludeIds
        AND ($includePlaceholders OR NOT coalesce(m.placeholder, false))))
WITH DISTINCT m.id AS id
LIMIT $cap
RETURN id
