/**
 * The selection compiler: the Cypher it generates for each form of selection under a root field
 * (snapshots), values only as parameters, labels and types only from the ontology, fields it
 * leaves to their resolvers, and how what it reads is handed to the field resolvers by path.
 */
import 'reflect-metadata';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES, KINDS, type Kind as EntityKind } from '../../src/ontology/ontology.js';
import { compileChildrenOf } from '../../src/graphql/compile/cypher.js';
import { allSlots, MAX_COMPILED_DEPTH, MAX_SLOTS, planSelections } from '../../src/graphql/compile/plan.js';
import { pathKey, Prefetched } from '../../src/graphql/compile/prefetch.js';
import { connectionLists, entityList } from '../../src/graphql/compile/run.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import type { EntityRecord } from '../../src/repository/records.js';

const schema = graphqlSchema();

type Info = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'path'>;

/** What a root resolver's info holds for the first root field of `query`. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}): Info {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let root: FieldNode | undefined;
  for (const d of doc.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION && !root) {
      const s = d.selectionSet.selections[0];
      if (s?.kind === Kind.FIELD) root = s;
    }
  }
  if (!root) throw new Error('no root field');
  const key = root.alias?.value ?? root.name.value;
  return {
    schema,
    fragments,
    variableValues,
    fieldNodes: [root],
    path: { key, prev: undefined, typename: 'Query' },
  };
}

/** The compiled Cypher and parameters of a root field's selection. */
function compiled(
  query: string,
  variables: Record<string, unknown> = {},
  kinds: readonly EntityKind[] = KIND_NAMES,
) {
  const info = infoOf(query, variables);
  const lists = info.fieldNodes[0]?.name.value === 'node' ? entityList(info) : connectionLists(info, kinds);
  const plans = planSelections(info, lists);
  if (!plans) throw new Error('not compiled');
  return { lists, plans, ...compileChildrenOf(plans) };
}

const onPlatforms = (fields: string): string =>
  KIND_NAMES.filter((k) => KINDS[k].group === 'Platform')
    .map((k) => `... on ${KINDS[k].label} { ${fields} }`)
    .join(' ');

const forms: Record<string, { query: string; variables?: Record<string, unknown>; kinds?: EntityKind[] }> = {
  'first 50 labs with hosts and chains': {
    query:
      '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { nodes { id name ... on Laboratory { hosts { id name } chains { id name } } } } }',
    kinds: ['laboratory'],
  },
  'the same field under every platform kind: one slot guarded by their labels': {
    query: `{ entities(first: 50) { nodes { id name ${onPlatforms('hosts { id name }')} } } }`,
  },
  'a name meaning one thing per group (chains of a platform, of a university)': {
    query:
      '{ entities(first: 5) { nodes { ... on Laboratory { chains { id } } ... on University { chains { id } } } } }',
  },
  'link arguments: document, basis, roles, kinds': {
    query:
      '{ node(id: "chain:x") { ... on Chain { reliedOn(document: "doc:plan14", basis: [STATED, NAMED], roles: [KEY_SUPPORT], kinds: [UNIVERSITY]) { id name } } } }',
  },
  'where on a relationship field': {
    query:
      '{ node(id: "uni:dlut") { ... on University { hostedPlatforms(where: { name: { contains: "实验室" }, chains: { some: { name: { eq: "x" } } } }) { id } } } }',
  },
  'groups of a place: its platforms and its institutions': {
    query: '{ node(id: "region:dalian") { ... on Region { platforms { id } institutions { id name } } } }',
  },
  'nested: platforms of an institution, their chains, the units those rely on': {
    query:
      '{ node(id: "uni:dlut") { ... on University { hostedPlatforms { id ... on Laboratory { chains { name ... on Chain { reliedOn { id status } } } } } } } }',
  },
  'aliases: one field twice with different arguments': {
    query:
      '{ node(id: "uni:dlut") { ... on University { stated: hostedPlatforms(basis: [STATED]) { id } all: hostedPlatforms { id name } } } }',
  },
  'nodes and edges.node of one page': {
    query:
      '{ entities(first: 10) { edges { cursor node { ... on Laboratory { hosts { id } } } } nodes { ... on Laboratory { leads { id } } } } }',
  },
  'named fragments, variables and @include/@skip': {
    query:
      'query($d: ID, $withChains: Boolean!) { entities(first: 10) { nodes { ...Lab } } } fragment Lab on Laboratory { hosts(document: $d) { ...Names } chains @include(if: $withChains) { id } partners @skip(if: true) { id } } fragment Names on Entity { id name nameEn }',
    variables: { d: 'doc:plan14', withChains: false },
  },
  'selected properties only: citations and the English name': {
    query: '{ node(id: "lab:x") { ... on Laboratory { hosts { id citations { line } nameEnSource } } } }',
  },
};

describe('the selection compiler', () => {
  for (const [form, { query, variables, kinds }] of Object.entries(forms))
    it(`compiles ${form}`, () => {
      const c = compiled(query, variables, kinds);
      expect(c.cypher).toMatchSnapshot();
      expect(c.params).toMatchSnapshot();
    });

  it('reads of the root entities the properties selected (id and kind always), over nodes and edges', () => {
    const c = compiled(
      '{ entities(first: 5) { edges { node { name ... on Laboratory { hosts { id } } } } nodes { nameEn } } }',
    );
    expect(c.entity).toBe('n {.id, .kind, .name, .nameEn}');
  });

  it('leaves fields it does not cover to their resolvers (relationships, mentions, statusIn)', () => {
    const c = compiled(
      '{ node(id: "uni:dlut") { id name relationships { node { id } } mentions { document } statusIn(document: "doc:plan14") { status } } }',
    );
    expect(c.plans.flatMap(allSlots)).toEqual([]);
    expect(c.cypher).toBe('{}');
  });

  it('puts every value in a parameter, never in the Cypher', () => {
    const evil = "x' OR true //";
    const c = compiled(
      'query($e: String, $d: ID) { node(id: "x") { ... on University { hostedPlatforms(document: $d, where: { name: { eq: $e } }) { id } } } }',
      { e: evil, d: evil },
    );
    expect(c.cypher).not.toContain(evil);
    expect(Object.values(c.params).filter((v) => v === evil)).toHaveLength(2);
  });

  it(`compiles ${MAX_COMPILED_DEPTH} levels of relationship fields; deeper ones are left to their resolvers`, () => {
    let inner = '{ id }';
    for (let i = 0; i < MAX_COMPILED_DEPTH + 1; i += 1) inner = `{ id ... on Laboratory { hosts ${inner} } }`;
    const c = compiled(`{ node(id: "lab:x") ${inner} }`);
    expect(c.plans.flatMap(allSlots)).toHaveLength(MAX_COMPILED_DEPTH);
  });

  it(`leaves a selection of more than ${MAX_SLOTS} relationship fields to the resolvers`, () => {
    const many = Array.from({ length: MAX_SLOTS + 1 }, (_, i) => `h${i}: hosts(kinds: [UNIVERSITY]) { id }`);
    const info = infoOf(`{ node(id: "lab:x") { ... on Laboratory { ${many.join(' ')} } } }`);
    expect(planSelections(info, entityList(info))).toBeUndefined();
  });

  it('hands what it read to the field resolvers by response path, for the kinds asked', () => {
    const c = compiled(
      '{ entities(first: 2) { edges { node { ... on Laboratory { hosts { id ... on University { chains { id } } } } } } } }',
    );
    const plan = c.plans[0];
    const list = c.lists[0];
    if (!plan || !list) throw new Error('no plan');
    const e = (id: string, kind: EntityKind): EntityRecord => ({
      id,
      kind,
      name: id,
      aliases: [],
      abbreviations: [],
      placeholder: false,
      level: 'unknown',
      status: 'unknown',
      designations: [],
      docs: [],
      citations: [],
    });
    const [hosts] = plan.slots;
    const [chains] = hosts?.child.slots ?? [];
    if (!hosts || !chains) throw new Error('no slots');
    const store = new Prefetched();
    const uni = {
      entity: e('uni:a', 'university'),
      children: new Map([[chains.id, [{ entity: e('chain:c', 'chain'), children: new Map() }]]]),
    };
    store.store(list.at(0), plan, {
      entity: e('lab:a', 'laboratory'),
      children: new Map([[hosts.id, [uni]]]),
    });
    // A university is no laboratory: nothing is stored for the second row, its resolver loads.
    store.store(list.at(1), plan, { entity: e('uni:b', 'university'), children: new Map() });
    const at = (...keys: (string | number)[]): GraphQLResolveInfo['path'] =>
      keys.reduce<GraphQLResolveInfo['path'] | undefined>(
        (prev, key) => ({ prev, key, typename: undefined }),
        undefined,
      ) as GraphQLResolveInfo['path'];
    expect(pathKey(at('entities', 'edges', 0, 'node', 'hosts'))).toBe('entities.edges.0.node.hosts');
    expect(store.get(at('entities', 'edges', 0, 'node', 'hosts'))?.map((x) => x.id)).toEqual(['uni:a']);
    expect(store.get(at('entities', 'edges', 0, 'node', 'hosts', 0, 'chains'))?.map((x) => x.id)).toEqual([
      'chain:c',
    ]);
    expect(store.get(at('entities', 'edges', 1, 'node', 'hosts'))).toBeUndefined();
  });
});
