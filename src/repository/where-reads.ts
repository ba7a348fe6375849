/**
 * Reads of the `where` filter language: a page and a count of entities, and relationships of
 * many entities, each ONE Cypher statement in which a compiled predicate takes the place of
 * {{where}} (cypher/api/entities-where-*.cypher, related-where.cypher). The predicate comes from
 * src/graphql/where/compile.ts: a fixed grammar, every value a parameter ($w0, $w1, …).
 */
import { cypher } from '../neo4j/cypher-files.js';

/** A compiled predicate and its parameters (see src/graphql/where/compile.ts). */
export interface WherePredicate {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The statement of cypher/<name>.cypher with `where` in place of {{where}}. */
export function withWhere(name: string, where: WherePredicate): string {
  const text = cypher(name);
  if (!text.includes('{{where}}')) throw new Error(`cypher/${name}.cypher has no {{where}}`);
  return text.replace('{{where}}', where.cypher);
}
