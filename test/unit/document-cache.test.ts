/**
 * The parsed-document cache is bounded by bytes (issue 20, item 5): many distinct large
 * queries do not keep their source text alive beyond the bound.
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DocumentCache, documentBytes } from '../../src/graphql/document-cache.js';
import { createApollo } from '../../src/graphql/server.js';
import { silentLogger } from '../../src/http/logger.js';
import { parse } from 'graphql';

/** A valid 900 KB query of a few tokens: the bulk is a comment. */
const big = (i: number): string => `# ${String(i)} ${'a'.repeat(900_000)}\n{ __typename }`;

describe('the parsed-document cache', () => {
  it('weighs a document by its source text, not only its syntax tree', () => {
    expect(documentBytes(parse(big(1)))).toBeGreaterThan(1_800_000);
  });

  it('keeps at most its bound of bytes when Apollo caches many distinct large documents', async () => {
    const documents = new DocumentCache(8 * 1024 * 1024);
    const apollo = createApollo(silentLogger, documents);
    await apollo.start();
    try {
      for (let i = 0; i < 20; i += 1) {
        const r = await apollo.executeOperation({ query: big(i) });
        expect(r.body.kind === 'single' ? r.body.singleResult.errors : 'incremental').toBeUndefined();
      }
      expect(documents.size).toBeGreaterThan(0);
      expect(documents.bytes).toBeLessThanOrEqual(documents.maxBytes);
      expect(documents.size).toBeLessThanOrEqual(4);
    } finally {
      await apollo.stop();
    }
  });

  it('drops the least recently used first', async () => {
    const cache = new DocumentCache(3 * documentBytes(parse(big(0))));
    const docs = [0, 1, 2, 3].map((i) => parse(big(i)));
    await cache.set('a', docs[0] ?? parse('{ a }'));
    await cache.set('b', docs[1] ?? parse('{ a }'));
    await cache.set('c', docs[2] ?? parse('{ a }'));
    await cache.get('a');
    await cache.set('d', docs[3] ?? parse('{ a }'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(docs[0]);
    expect(cache.size).toBe(3);
  });

  it('finds a document by its query text (the direct path) while it is held, and no longer once dropped', async () => {
    const cache = new DocumentCache(2 * documentBytes(parse(big(0))) + 1000);
    const texts = [0, 1, 2].map(big);
    const docs = texts.map((t) => parse(t));
    await cache.set('a', docs[0] ?? parse('{ a }'));
    await cache.set('b', docs[1] ?? parse('{ a }'));
    expect(cache.byQuery(texts[0] ?? '')).toBe(docs[0]);
    // Found by its text counts as a use: 'b' is now the least recently used and goes first.
    await cache.set('c', docs[2] ?? parse('{ a }'));
    expect(cache.byQuery(texts[1] ?? '')).toBeUndefined();
    expect(cache.byQuery(texts[0] ?? '')).toBe(docs[0]);
    await cache.delete('a');
    expect(cache.byQuery(texts[0] ?? '')).toBeUndefined();
    expect(cache.byQuery('{ unknown }')).toBeUndefined();
  });
});
