/**
 * A page of entities and its totalCount in ONE statement, as small as the question
 * (cypher/api/entities-counted-page.cypher), for a filter that names nothing but kinds:
 *
 * - the count reads the count store for the kinds asked only: the branches of
 *   entities-count-labels.cypher for those kinds (one each), not all 23 of them;
 * - the page's entities come out of its subquery as nodes and are projected once, on the
 *   properties the selection reads (the others are never read from the store);
 * - the rows come back as one record (the count and the list), not one record per entity.
 *
 * Fixed fragments of cypher/ files only: the count branches are the file's own lines (chosen by
 * kind, a validated enum value), the properties are names of ENTITY_FIELD_PROPS, checked here to
 * be plain identifiers; every value is a parameter. Snapshot-tested
 * (test/unit/counted-page.test.ts).
 */
import { cypher } from '../neo4j/cypher-files.js';
import { filled } from './compiled-reads.js';

const BRANCH = /^\s*(MATCH \(n:\w+\) WITH count\(n\) AS c RETURN '(\w*)' AS kind, c AS count)\s*$/gm;

let branches: ReadonlyMap<string, string> | undefined;
/** kind ('' for every entity) → its count-store branch, from entities-count-labels.cypher. */
function countBranches(): ReadonlyMap<string, string> {
  branches ??= new Map(
    [...cypher('api/entities-count-labels').matchAll(BRANCH)].map((m) => [m[2] ?? '', m[1] ?? '']),
  );
  return branches;
}

/**
 * How many entities carry one of `kinds`' labels (every entity when empty), from the count
 * store: one branch per distinct kind, returning `total`.
 */
export function countStoreStatement(kinds: readonly string[]): string {
  const wanted = kinds.length === 0 ? [''] : [...new Set(kinds)].sort();
  const parts = wanted.map((k) => {
    const branch = countBranches().get(k);
    if (branch === undefined) throw new Error(`no count-store branch for kind "${k}"`);
    return branch;
  });
  return `CALL () {\n  ${parts.join('\n  UNION ALL\n  ')}\n}\nRETURN sum(count) AS total`;
}

const PAGE_RETURN = 'RETURN n {.*} AS entity';

/**
 * An entities-page*.cypher statement returning its nodes (`entity` a node, not a map of every
 * property), for a caller that projects the properties it needs.
 */
export function pageOfNodes(page: string): string {
  if (page.split(PAGE_RETURN).length !== 2)
    throw new Error(`a page statement must hold "${PAGE_RETURN}" once`);
  return page.replace(PAGE_RETURN, 'RETURN n AS entity');
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A map projection of `props` on variable `v` (`n {.id, .kind}`). */
export function projection(v: string, props: readonly string[]): string {
  for (const p of props) if (!IDENTIFIER.test(p)) throw new Error(`not a property name: "${p}"`);
  return `${v} {${props.map((p) => `.${p}`).join(', ')}}`;
}

/** The whole statement: count, page and projection (cypher/api/entities-counted-page.cypher). */
export function countedPageStatement(
  kinds: readonly string[],
  page: string,
  props: readonly string[],
): string {
  return filled('api/entities-counted-page', {
    count: countStoreStatement(kinds),
    page: pageOfNodes(page),
    entity: projection('n', [...new Set(['id', 'kind', ...props])]),
  });
}
