/**
 * Review s25 M5 over the real API: what the Dalian plan plans is the same set whether asked by
 * document or by region, because every platform only that plan names is placed in 大连
 * (src/seed/city-plan-places.ts keeps the seed so).
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_KINDS } from '../../src/ontology/ontology.js';
import { codes, useSeededApi, type GraphqlResponse } from '../support/api.js';

const server = useSeededApi();

/** One request; asked once more when it timed out planning (docs/api.md, QUERY_TIMEOUT). */
async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
  const r = await server().gql<T>(query, variables);
  return codes(r).includes('QUERY_TIMEOUT') ? server().gql<T>(query, variables) : r;
}

const PLATFORMS = `[${PLATFORM_KINDS.map((k) => k.toUpperCase()).join(', ')}]`;

interface Page {
  entities: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

/** Every id `entities(filter: …)` answers, page by page. */
async function filtered(filter: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const r: GraphqlResponse<Page> = await ask<Page>(
      `query ($after: String) { entities(first: 100, after: $after, filter: {${filter}}) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    expect(r.errors).toBeUndefined();
    const page = r.data?.entities;
    if (!page) throw new Error('no page');
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return ids.sort();
    after = page.pageInfo.endCursor;
  }
}

describe('review s25 M5: the Dalian plan by document and by region', () => {
  it("lists every platform dalian14 plans among 大连's planned entities", async () => {
    const byDocument = await filtered(`document: "doc:dalian14", statuses: [PLANNED], kinds: ${PLATFORMS}`);
    const byRegion = new Set(await filtered(`region: "region:dalian", statuses: [PLANNED]`));
    expect(byDocument.length).toBeGreaterThanOrEqual(65);
    expect(byDocument.filter((id) => !byRegion.has(id))).toEqual([]);
    for (const id of ['pb:mw-wind-power-components-base', 'rc:national-energy-big-data-centre'])
      expect(byRegion.has(id), id).toBe(true);
  });
});
