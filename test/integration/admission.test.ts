/**
 * Admission across requests (issue 20, item 5: ten admitted overview(limit: 2000) at once slowed
 * everyone 46×). Heavy requests are held in flight on a condition: the real database's reads of
 * the overview are made to wait until the test lets them go, so "N heavy requests running" is a
 * fact the test observes, never a guess from a sleep. Behaviour only; no timings.
 */
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { Admission } from '../../src/graphql/admission.js';
import { tallyOperation } from '../../src/graphql/budget.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { silentLogger } from '../../src/http/logger.js';
import { startApiServer, type ApiServer } from '../../src/http/server.js';
import { cypher } from '../../src/neo4j/cypher-files.js';
import { openDatabase, type Database } from '../../src/neo4j/driver.js';
import { seedFreshGraph } from '../support/seeded.js';

const HEAVY = '{ overview(limit: 2000) { truncated nodes { id } edges { id } } }';
const CHEAP = '{ search(text: "大连理工", first: 8) { entity { id name } } }';

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly codes: (string | undefined)[];
  readonly data: unknown;
}

async function ask(url: string, query: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    data: body.data ?? null,
  };
}

/** The real database, whose reads of the overview's nodes wait until `open()`. */
function holding(real: Database): { db: Database; held: () => number; open: () => void } {
  let held = 0;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const text = cypher('api/overview-nodes');
  return {
    held: () => held,
    open: () => open(),
    db: {
      driver: real.driver,
      connection: real.connection,
      async read(c, params, options) {
        if (c === text) {
          held += 1;
          await gate;
        }
        return real.read(c, params, options);
      },
      write: (c, params) => real.write(c, params),
      close: () => real.close(),
    },
  };
}

/** The heavy request's budget cost, as the server computes it. */
function heavyCost(): number {
  const doc = parse(HEAVY);
  return tallyOperation(graphqlSchema(), doc, doc.definitions[0] as OperationDefinitionNode, {}).cost;
}

describe('admission of expensive requests across requests (issue 20)', () => {
  beforeAll(seedFreshGraph);
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  async function serve(admission: Admission): Promise<{ api: ApiServer } & ReturnType<typeof holding>> {
    const real = openDatabase(inject('neo4j'), { maxRetryTimeMs: 0 });
    const h = holding(real);
    const api = await startApiServer({ db: h.db, port: 0, log: silentLogger, admission });
    cleanup.push(async () => {
      h.open();
      await api.close();
      await real.close();
    });
    return { api, ...h };
  }

  it('with the pool full of heavy requests, a cheap one is answered and another heavy one gets 503 SERVER_BUSY', async () => {
    const cost = heavyCost();
    expect(cost).toBeGreaterThanOrEqual(1000);
    const admission = new Admission({ cost: 2 * cost, cheapCost: 1000, queue: 0, waitMs: 0 });
    const { api, held, open } = await serve(admission);

    const heavy = [ask(api.url, HEAVY), ask(api.url, HEAVY)];
    await expect.poll(held).toBe(2);
    expect(admission.state).toEqual({ used: 2 * cost, waiting: 0 });

    const cheap = await ask(api.url, CHEAP);
    expect(cheap.status).toBe(200);
    expect(cheap.codes).toEqual([]);
    expect((cheap.data as { search: unknown[] }).search.length).toBeGreaterThan(0);

    const refused = await ask(api.url, HEAVY);
    expect(refused).toMatchObject({ status: 503, retryAfter: '1', codes: ['SERVER_BUSY'], data: null });
    // Refused before any Cypher ran.
    expect(held()).toBe(2);

    open();
    for (const a of await Promise.all(heavy)) expect(a).toMatchObject({ status: 200, codes: [] });
    expect(admission.state).toEqual({ used: 0, waiting: 0 });
    expect(await ask(api.url, HEAVY)).toMatchObject({ status: 200, codes: [] });
  });

  it('a heavy request waits in the queue and runs when one finishes, also through a drain; a full queue refuses at once', async () => {
    const cost = heavyCost();
    const admission = new Admission({ cost, cheapCost: 1000, queue: 1, waitMs: 600_000 });
    const { api, held, open } = await serve(admission);

    const first = ask(api.url, HEAVY);
    await expect.poll(held).toBe(1);
    const queued = ask(api.url, HEAVY);
    await expect.poll(() => admission.state.waiting).toBe(1);
    expect(await ask(api.url, HEAVY)).toMatchObject({ status: 503, codes: ['SERVER_BUSY'] });

    // SIGTERM's drain: the queued request is in flight as far as HTTP goes, and is answered.
    const closed = api.close();
    open();
    expect(await first).toMatchObject({ status: 200, codes: [] });
    expect(await queued).toMatchObject({ status: 200, codes: [] });
    await closed;
    expect(held()).toBe(2);
    expect(admission.state).toEqual({ used: 0, waiting: 0 });
  });

  it('a queued heavy request is refused with SERVER_BUSY when its wait ends', async () => {
    const cost = heavyCost();
    const admission = new Admission({ cost, cheapCost: 1000, queue: 4, waitMs: 0 });
    const { api, held, open } = await serve(admission);

    const first = ask(api.url, HEAVY);
    await expect.poll(held).toBe(1);
    expect(await ask(api.url, HEAVY)).toMatchObject({ status: 503, retryAfter: '1', codes: ['SERVER_BUSY'] });
    expect(admission.state.waiting).toBe(0);
    open();
    expect(await first).toMatchObject({ status: 200, codes: [] });
  });
});
