import { describe, expect, it } from 'vitest';
import { KIND_NAMES, KINDS } from '../../src/ontology/ontology.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import {
  countedPageStatement,
  countStoreStatement,
  pageOfNodes,
  projection,
} from '../../src/repository/counted-page.js';

describe('the counted page statement (counted-page.ts)', () => {
  it('counts the kinds asked only, one count-store branch each, whatever their order or repeats', () => {
    expect(countStoreStatement(['laboratory'])).toMatchSnapshot();
    expect(countStoreStatement(['zone', 'laboratory', 'zone'])).toBe(
      countStoreStatement(['laboratory', 'zone']),
    );
    expect(countStoreStatement([])).toContain('MATCH (n:Entity)');
    for (const k of KIND_NAMES) {
      const text = countStoreStatement([k]);
      expect(text.match(/MATCH \(n:(\w+)\)/g), k).toEqual([`MATCH (n:${KINDS[k].label})`]);
    }
  });

  it('refuses a kind with no branch and a property that is not a plain name', () => {
    expect(() => countStoreStatement(['nosuchkind'])).toThrow(/no count-store branch/);
    expect(() => projection('n', ['id', 'name}) RETURN 1 //'])).toThrow(/not a property name/);
  });

  it('reads the page as nodes and projects the properties selected, id and kind always', () => {
    for (const file of ['api/entities-page-kinds', 'api/entities-page']) {
      const page = cypher(file);
      expect(pageOfNodes(page)).not.toContain('{.*}');
      expect(pageOfNodes(page)).toContain('RETURN n AS entity');
    }
    expect(() => pageOfNodes('RETURN n')).toThrow(/must hold/);
    // A stand-in page: the snapshot is what this module assembles, not the page files' text.
    const page = 'MATCH (n:Entity) WHERE n.id > $after RETURN n {.*} AS entity ORDER BY n.id LIMIT $limit';
    const text = countedPageStatement(['zone', 'laboratory'], page, ['name', 'id']);
    expect(text).toMatchSnapshot();
    expect(text).toContain('collect(n {.id, .kind, .name}) AS entities');
  });
});
