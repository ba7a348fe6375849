/**
 * The budget's verdicts are cached per parsed document and variables as sent (issue 19,
 * per-request overhead): a repeated request skips the coercion and the walk, a changed
 * document or changed variables are analysed afresh, and the cache stays bounded.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Admission } from '../../src/graphql/admission.js';
import { LIMITS } from '../../src/graphql/budget.js';
import type { Context } from '../../src/graphql/context.js';
import { protectionPlugin } from '../../src/graphql/protection.js';
import { graphqlSchema } from '../../src/graphql/schema.js';
import { VerdictCache } from '../../src/graphql/verdict-cache.js';

/** Counts the verdicts served from the cache. */
class CountingCache extends VerdictCache {
  hits = 0;
  override get(...args: Parameters<VerdictCache['get']>): ReturnType<VerdictCache['get']> {
    const v = super.get(...args);
    if (v) this.hits += 1;
    return v;
  }
}

/** An Apollo server whose budget allows a cost of 50: `hubs(first: 100)` is over, `first: 1` within. */
async function server(verdicts: VerdictCache): Promise<{
  ask: (query: string, variables: Record<string, unknown>) => Promise<string | undefined>;
  stop: () => Promise<void>;
}> {
  const schema = graphqlSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [protectionPlugin(schema, { ...LIMITS, cost: 50 }, new Admission(), verdicts)],
  });
  await apollo.start();
  return {
    // The first error's code: within budget, the resolver runs (and fails without a database).
    ask: async (query, variables) => {
      const r = await apollo.executeOperation({ query, variables });
      const errors = r.body.kind === 'single' ? r.body.singleResult.errors : undefined;
      return errors?.[0]?.extensions?.code as string | undefined;
    },
    stop: () => apollo.stop(),
  };
}

const HUBS = 'query($n: Int) { hubs(first: $n) { institution { id } } }';

describe('the cache of budget verdicts', () => {
  it('serves a repeated request its verdict, and analyses changed variables or documents afresh', async () => {
    const verdicts = new CountingCache();
    const { ask, stop } = await server(verdicts);
    try {
      expect(await ask(HUBS, { n: 100 })).toBe('QUERY_TOO_COMPLEX');
      expect(verdicts.size).toBe(1);
      // Changed variables: not the stale refusal.
      expect(await ask(HUBS, { n: 1 })).not.toBe('QUERY_TOO_COMPLEX');
      expect(verdicts.size).toBe(2);
      expect(verdicts.hits).toBe(0);
      // The same request again: the cached verdict, the same answer.
      expect(await ask(HUBS, { n: 100 })).toBe('QUERY_TOO_COMPLEX');
      expect(await ask(HUBS, { n: 1 })).not.toBe('QUERY_TOO_COMPLEX');
      expect(verdicts.hits).toBe(2);
      expect(verdicts.size).toBe(2);
      // Another document with the same variables: its own analysis.
      const other = 'query($n: Int) { hubs(first: $n) { score } }';
      expect(await ask(other, { n: 1 })).not.toBe('QUERY_TOO_COMPLEX');
      expect(verdicts.size).toBe(3);
      expect(verdicts.hits).toBe(2);
      // Invalid variables are refused every time and never cached.
      expect(await ask(HUBS, { n: 'many' })).toBe('BAD_USER_INPUT');
      expect(await ask(HUBS, { n: 'many' })).toBe('BAD_USER_INPUT');
      expect(verdicts.size).toBe(3);
      // Variables too long to keep as a key: analysed every time, still refused.
      const long = 'query($n: Int, $pad: ID) { hubs(first: $n, document: $pad) { institution { id } } }';
      const pad = 'x'.repeat(2 * verdicts.maxKeyChars);
      expect(await ask(long, { n: 100, pad })).toBe('QUERY_TOO_COMPLEX');
      expect(await ask(long, { n: 100, pad })).toBe('QUERY_TOO_COMPLEX');
      expect(verdicts.size).toBe(3);
    } finally {
      await stop();
    }
  });

  it('keeps at most its bound of verdicts, and no key longer than its bound', () => {
    const cache = new VerdictCache(3, 40);
    const doc = parse('{ stats { entities } }');
    for (let i = 0; i < 10; i += 1) {
      const key = cache.key(undefined, { i });
      expect(key).toBeDefined();
      if (key !== undefined) cache.set(doc, key, { why: undefined, cost: 0 });
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.key('Op', { text: 'y'.repeat(40) })).toBeUndefined();
    cache.set(doc, 'z'.repeat(41), { why: undefined, cost: 0 });
    expect(cache.get(doc, 'z'.repeat(41))).toBeUndefined();
    // The latest verdicts are kept, under their own document only.
    const last = cache.key(undefined, { i: 9 }) ?? '';
    expect(cache.get(doc, last)).toEqual({ why: undefined, cost: 0 });
    expect(cache.get(parse('{ stats { entities } }'), last)).toBeUndefined();
  });
});
