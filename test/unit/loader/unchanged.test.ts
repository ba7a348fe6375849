import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/loader/rows.js';
import {
  contiguousAfter,
  isNextTransaction,
  parseBookmark,
  seedDigest,
} from '../../../src/loader/unchanged.js';
import type { Graph } from '../../../src/seed/model.js';

const DB = '7c212fc4b443412c82b9207f0f8e6fb2';
/** A bookmark as Neo4j 5.26 writes it: a list of one database id and transaction id, then an empty list. */
const bookmark = (tx: number[]): string =>
  `FB:${Buffer.from([0x91, 0xcc, 0x10, ...Buffer.from(DB, 'hex'), ...tx, 0x90]).toString('base64')}`;

describe('the proof that nothing was written since the last complete load', () => {
  it('reads the database and transaction of a bookmark Neo4j 5.26 returned', () => {
    expect(parseBookmark('FB:kcwQfCEvxLRDQSyCuSB/D45vsg6Q')).toEqual({ database: DB, tx: 14n });
    expect(parseBookmark(bookmark([0x7f]))).toEqual({ database: DB, tx: 127n });
    expect(parseBookmark(bookmark([0xc9, 0x01, 0x00]))).toEqual({ database: DB, tx: 256n });
    expect(parseBookmark(bookmark([0xca, 0x00, 0x01, 0x00, 0x00]))).toEqual({ database: DB, tx: 65536n });
  });

  it('treats any other layout as a doubt, never as a position', () => {
    for (const b of [
      undefined,
      null,
      '',
      'FB:',
      'NB:kcwQfCEvxLRDQSyCuSB/D45vsg6Q',
      bookmark([0xf0]), // a negative tiny integer
      bookmark([0xc9, 0x01]), // cut short
      `${bookmark([0x0e])}AA`,
      'FB:ksxQfCEvxLRDQSyCuSB/D45vsg6Q',
    ])
      expect(parseBookmark(b)).toBeUndefined();
  });

  it('takes the graph as unchanged only one transaction after the recorded one, on the same database', () => {
    const at = (tx: bigint, database = DB) => ({ database, tx });
    expect(isNextTransaction(at(14n), at(15n))).toBe(true);
    expect(isNextTransaction(at(14n), at(14n))).toBe(false);
    expect(isNextTransaction(at(14n), at(16n))).toBe(false);
    expect(isNextTransaction(at(14n), at(15n, 'ff'.repeat(16)))).toBe(false);
    expect(isNextTransaction(undefined, at(15n))).toBe(false);
    expect(isNextTransaction(at(14n), undefined)).toBe(false);
  });

  it('proves a load alone only when its commits follow its start one after another', () => {
    const at = (tx: bigint) => ({ database: DB, tx });
    expect(contiguousAfter(at(10n), [])).toBe(true);
    expect(contiguousAfter(at(10n), [at(11n), at(12n), at(13n)])).toBe(true);
    expect(contiguousAfter(at(10n), [at(11n), at(13n)])).toBe(false);
    expect(contiguousAfter(at(10n), [at(12n)])).toBe(false);
    expect(contiguousAfter(at(10n), [{ database: 'ff'.repeat(16), tx: 11n }])).toBe(false);
  });

  it('digests the records: another record, another digest', () => {
    const graph: Graph = { entities: [], relations: [], sections: [] };
    const a = seedDigest(graph);
    expect(seedDigest({ ...graph })).toBe(a);
    expect(seedDigest({ ...graph, sections: undefined })).toBe(a);
    const relation = { from: 'a', type: 'HOSTED_BY', to: 'b' } as unknown as Graph['relations'][number];
    expect(seedDigest({ ...graph, relations: [relation] })).not.toBe(a);
  });
});

describe('fingerprint', () => {
  it('sees every property and label, whatever their order, and no null', () => {
    const f = fingerprint('h', { b: 1, a: ['x'], c: null }, ['Entity', 'Lab', 'Lab']);
    expect(fingerprint('h', { a: ['x'], b: 1, hash: 'h' }, ['Lab', 'Entity'])).toBe(f);
    expect(fingerprint('h', { a: ['x'], b: 2 }, ['Lab', 'Entity'])).not.toBe(f);
    expect(fingerprint('h', { a: ['x'], b: 1 }, ['Lab'])).not.toBe(f);
    expect(fingerprint('other', { a: ['x'], b: 1 }, ['Lab', 'Entity'])).not.toBe(f);
  });
});
