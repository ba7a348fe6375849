/**
 * The selection compiler against the real graph: every question of the planner suite and a set
 * of nested selections answer exactly the same with the compiler on and off
 * (INNOGRAPH_COMPILE_SELECTION), a page of 50 laboratories with their hosts and chains is ONE
 * Cypher statement, and the request budget refuses what it refused before.
 */
import 'reflect-metadata';
import { graphql } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.js';
import { RequestDatabase } from '../../src/graphql/request-db.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { KINDS, PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { GraphRepository } from '../../src/repository/graph-repository.js';
import { codes, useSeededApi } from '../support/api.js';
import { loadQuestions } from '../support/question-suite.js';

const server = useSeededApi();
const schema = graphqlSchema();

const onPlatforms = (fields: string): string =>
  PLATFORM_KINDS.map((k) => `... on ${KINDS[k].label} { ${fields} }`).join(' ');

/** Selections the compiler covers, in their various forms. */
const NESTED: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'first 50 labs with hosts and chains': {
    query:
      '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { totalCount nodes { id name ... on Laboratory { hosts { id name } chains { id name } } } pageInfo { hasNextPage endCursor } } }',
  },
  "a city's platforms with hosts": {
    query: `{ entities(filter: { region: "region:dalian" }, first: 50) { nodes { id name ${onPlatforms('hosts { id name kind }')} } } }`,
  },
  'edges and nodes, aliases, nested three deep': {
    query: `{ entities(filter: { kinds: [UNIVERSITY, RESEARCH_INSTITUTE] }, first: 3) {
      edges { cursor node { id ... on University { hp: hostedPlatforms { id name ${onPlatforms('chains { id ... on Chain { reliedOn { id kind } } }')} } } } }
      nodes { id ... on University { stated: hostedPlatforms(basis: [STATED]) { id } all: hostedPlatforms { id status level } chains { id } } ... on ResearchInstitute { hostedPlatforms { id } } }
    } }`,
  },
  'arguments: document, basis, roles, kinds, where': {
    query: `query($d: ID) { entities(filter: { kinds: [CHAIN] }, first: 40) { nodes { id ... on Chain {
      support: reliedOn(roles: [KEY_SUPPORT]) { id }
      reliance: reliedOn(roles: [KEY_RELIANCE], document: $d) { id name }
      universities: reliedOn(kinds: [UNIVERSITY]) { id }
      platforms(basis: [STATED, NAMED]) { id }
      named: platforms(where: { name: { contains: "大连" } }) { id name }
      hosted: platforms(where: { hosts: { some: { kind: { eq: UNIVERSITY } } } }) { id }
    } } } }`,
    variables: { d: 'doc:plan14' },
  },
  'a `where` page with relationship fields': {
    query: `{ entities(where: { kind: { in: [LABORATORY, INNOVATION_CENTRE] }, hosts: { some: {} } }, first: 20) { nodes { id ${onPlatforms('hosts(where: { region: { id: "region:dalian" } }) { id } leads { id }')} } } }`,
  },
  'a region: its platforms, institutions and parts, with everything the fields show': {
    query:
      '{ node(id: "region:dalian") { id name ... on Region { platforms { id name nameEn nameEnSource aliases abbreviations placeholder level status statusWord period note noteEn designations docs citations { document section line span status statusWord level } } institutions { id name } parts { id } } } }',
  },
  'one entity: nested, with uncompiled fields beside compiled ones': {
    query: `{ node(id: "uni:dlut") { id ... on University {
      hostedPlatforms { id name mentions { document status } relationships(types: [SERVES]) { type node { id } } ${onPlatforms('hosts { id ... on University { chains { id } } }')} }
      chains { id }
    } } }`,
  },
  'fragments, variables, @include and @skip': {
    query: `query($with: Boolean!, $d: ID) { entities(filter: { kinds: [LABORATORY] }, first: 20) { nodes { ...Lab } } }
      fragment Lab on Laboratory { id hosts(document: $d) { ...Names } chains @include(if: $with) { ...Names } partners @skip(if: $with) { id } }
      fragment Names on Entity { id name }`,
    variables: { with: true, d: 'doc:impl2015' },
  },
  // Each alone: the first failing field nulls the page, and which of two fails first is a race.
  'an unknown document under a compiled root: the same error at the same path': {
    query:
      '{ entities(filter: { kinds: [UNIVERSITY] }, first: 3) { nodes { id ... on University { hostedPlatforms(document: "doc:nope") { id } chains { id } } } } }',
  },
  'a `where` naming an unknown region under a compiled root: the same error at the same path': {
    query:
      '{ entities(filter: { kinds: [UNIVERSITY] }, first: 3) { nodes { id ... on University { ledPlatforms(where: { region: { id: "region:nowhere" } }) { id } chains { id } } } } }',
  },
};

/**
 * The whole response with the compiler on or off; errors in path order (fields that fail run
 * concurrently, so the order in which they fail is not part of the answer).
 */
async function answer(query: string, variables: Record<string, unknown>, compile: boolean): Promise<string> {
  process.env.INNOGRAPH_COMPILE_SELECTION = compile ? '1' : '0';
  try {
    const r = await server().gql(query, variables);
    const key = (e: { path?: unknown; message: string }): string => JSON.stringify([e.path, e.message]);
    const errors = r.errors?.slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return JSON.stringify({ ...r, ...(errors ? { errors } : {}) });
  } finally {
    delete process.env.INNOGRAPH_COMPILE_SELECTION;
  }
}

describe('the selection compiler', () => {
  afterEach(() => {
    delete process.env.INNOGRAPH_COMPILE_SELECTION;
  });

  for (const q of loadQuestions())
    it(`answers planner question ${q.id} as the resolvers do without it`, async () => {
      const off = await answer(q.query, q.variables ?? {}, false);
      const on = await answer(q.query, q.variables ?? {}, true);
      expect(on).toBe(off);
    });

  for (const [name, { query, variables }] of Object.entries(NESTED))
    it(`answers ${name} as the resolvers do without it`, async () => {
      const off = await answer(query, variables ?? {}, false);
      const on = await answer(query, variables ?? {}, true);
      expect(on).toBe(off);
      // An answer, not a refusal of the whole request (the budget's 400 has no data).
      expect(JSON.parse(on)).toHaveProperty('data');
    });

  it('reads the first 50 laboratories with their hosts and chains in ONE Cypher statement', async () => {
    const query =
      '{ entities(filter: { kinds: [LABORATORY] }, first: 50) { nodes { id name ... on Laboratory { hosts { id name } chains { id name } } } } }';
    const run = async (compile: boolean): Promise<number> => {
      // As the HTTP server does: the request's own handle counts its round trips.
      const requestDb = new RequestDatabase(server().db);
      const result = await graphql({
        schema,
        source: query,
        contextValue: createContext(new GraphRepository(requestDb), 'one-statement', requestDb, {
          compileSelection: compile,
        }),
      });
      expect(result.errors).toBeUndefined();
      const nodes = (result.data?.entities as { nodes: { hosts: unknown[] }[] }).nodes;
      // The curated test graph has fewer than 50: all of them.
      expect(nodes.length).toBeGreaterThan(10);
      expect(nodes.some((n) => n.hosts.length > 0)).toBe(true);
      return requestDb.queries;
    };
    expect(await run(true)).toBe(1);
    // Without it: the page, then one batched load (hosts and chains in the same tick).
    expect(await run(false)).toBeGreaterThan(1);
  });

  it('leaves the budget as it was: relationship fields still declare their round trips', async () => {
    // 31 relationship fields declare 31 round trips (1 + 30): over the limit of 30, refused
    // before anything runs, although compiled they would take one statement.
    const fields = Array.from({ length: 30 }, (_, i) => `h${i}: hosts(kinds: [UNIVERSITY]) { id }`).join(' ');
    const r = await server().gql(
      `{ node(id: "lab:high-end-precision-manufacturing") { ... on Laboratory { ${fields} } } }`,
    );
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors?.[0]?.message).toMatch(/database round trips/);
  });
});

describe('`where` on relationships(…)', () => {
  it('keeps the relationships whose other end matches, as the typed fields do', async () => {
    const r = await server().gql<{
      node: {
        hostedPlatforms: { id: string }[];
        labs: { node: { id: string; kind: string } }[];
        all: { node: { id: string; kind: string } }[];
      };
    }>(`{ node(id: "uni:dlut") {
      ... on University { hostedPlatforms(where: { kind: { eq: LABORATORY } }) { id } }
      labs: relationships(types: [HOSTED_BY], direction: IN, where: { kind: { eq: LABORATORY } }) { node { id kind } }
      all: relationships(types: [HOSTED_BY], direction: IN) { node { id kind } }
    } }`);
    expect(r.errors).toBeUndefined();
    const node = r.data?.node;
    const labs = node?.labs.map((x) => x.node.id) ?? [];
    expect(labs.length).toBeGreaterThan(0);
    expect(labs).toEqual(node?.hostedPlatforms.map((x) => x.id));
    expect(labs).toEqual(node?.all.filter((x) => x.node.kind === 'LABORATORY').map((x) => x.node.id));
    expect(node?.all.length).toBeGreaterThan(labs.length);
  });

  it('names an unknown id in the `where` as BAD_USER_INPUT at its path', async () => {
    const r = await server().gql(
      '{ node(id: "uni:dlut") { relationships(where: { region: { id: "region:nowhere" } }) { type } } }',
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.argument).toBe('where.region.id');
    expect(r.errors?.[0]?.path).toEqual(['node', 'relationships']);
  });
});
