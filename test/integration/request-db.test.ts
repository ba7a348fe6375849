/**
 * One request's database handle: its round-trip cap holds at run time too, it runs a few
 * queries at a time, and once the response is out it starts nothing more (D3: a failed root
 * field used to answer at once while the request's other transactions kept running).
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RequestClosedError, RequestDatabase } from '../../src/graphql/request-db.js';
import { openDatabase } from '../../src/neo4j/driver.js';

const db = openDatabase(inject('neo4j'));
afterAll(() => db.close());

describe('a request database handle', () => {
  it('refuses the round trip past its cap with QUERY_TOO_COMPLEX', async () => {
    const rdb = new RequestDatabase(db, { queries: 2, concurrency: 4 });
    await rdb.read('RETURN 1');
    await rdb.read('RETURN 2');
    await expect(rdb.read('RETURN 3')).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });

  it('starts nothing once the response is sent: queued queries are dropped, running ones finish', async () => {
    const rdb = new RequestDatabase(db, { queries: 10, concurrency: 1 });
    const running = rdb.read('RETURN 1 AS one');
    // Settled into a value at once, so that its rejection is never unhandled.
    const queued = rdb.read('RETURN 2 AS two').then(
      () => 'ran',
      (e: unknown) => e,
    );
    await rdb.close();
    expect((await running).records[0]?.get('one')).toBe(1);
    expect(await queued).toBeInstanceOf(RequestClosedError);
    await expect(rdb.read('RETURN 3')).rejects.toBeInstanceOf(RequestClosedError);
    expect(rdb.queries).toBe(2);
  });

  it('refuses writes', async () => {
    await expect(new RequestDatabase(db).write()).rejects.toThrow('API requests are read-only');
  });
});
