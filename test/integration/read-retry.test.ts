/**
 * Reads are auto-commit queries (one round trip) since issue 19, no longer executeRead
 * transactions; they must still be retried as executeRead retried them. A TCP proxy in front
 * of the real test Neo4j drops the connection the moment a chosen query is written to it (a
 * real network fault, not a mock): the read is sent again on a new connection and answers; a
 * query Neo4j refuses is not retried; a fault that outlasts the retry time ends as an error the
 * API classifies as DATABASE_UNAVAILABLE.
 */
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/graphql/errors.js';
import { openDatabase } from '../../src/neo4j/driver.js';

/** Forwards to Neo4j; drops the connection (both ends) when the client sends `tag`, `drops` times. */
class DroppingProxy {
  dropsLeft = 0;
  dropped = 0;
  /** How many client writes carried the tag (sent through or dropped). */
  tagged = 0;
  readonly server: Server;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly tag: Buffer,
  ) {
    this.server = createServer((client) => {
      const upstream = new Socket();
      const pending: Buffer[] = [];
      let connected = false;
      upstream.connect(this.target.port, this.target.host, () => {
        connected = true;
        for (const c of pending.splice(0)) upstream.write(c);
      });
      client.on('data', (chunk: Buffer) => {
        if (chunk.includes(this.tag)) {
          this.tagged += 1;
          if (this.dropsLeft > 0) {
            this.dropsLeft -= 1;
            this.dropped += 1;
            client.destroy();
            upstream.destroy();
            return;
          }
        }
        if (connected) upstream.write(chunk);
        else pending.push(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port)),
    );
  }
}

const TAG = 'innograph-read-retry-tag';
const conn = inject('neo4j');
const target = new URL(conn.uri.replace(/^[a-z+]+:/, 'http:'));
const proxy = new DroppingProxy({ host: target.hostname, port: Number(target.port) }, Buffer.from(TAG));
let uri = '';

beforeAll(async () => {
  uri = `bolt://127.0.0.1:${await proxy.listen()}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      proxy.server.close(() => resolve());
      proxy.server.unref();
    }),
);

describe('auto-commit reads keep executeRead’s retry', () => {
  it('sends a read again when the connection drops as the query goes out, and answers', async () => {
    const retried: unknown[] = [];
    const db = openDatabase(
      { ...conn, uri },
      { maxRetryTimeMs: 10_000, onReadRetry: (e) => retried.push(e) },
    );
    try {
      proxy.dropsLeft = 1;
      proxy.dropped = 0;
      proxy.tagged = 0;
      const r = await db.read(`RETURN $tag AS tag, '${TAG}' AS marker, 42 AS answer`, { tag: TAG });
      expect(r.records[0]?.get('answer')).toBe(42);
      expect(proxy.dropped).toBe(1);
      expect(proxy.tagged).toBe(2);
      expect(retried).toHaveLength(1);
      // The error that caused the retry is one the API would answer DATABASE_UNAVAILABLE for.
      expect(isDatabaseUnavailable(retried[0])).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('does not retry a query Neo4j refuses (not retryable)', async () => {
    const retried: unknown[] = [];
    const db = openDatabase(
      { ...conn, uri },
      { maxRetryTimeMs: 10_000, onReadRetry: (e) => retried.push(e) },
    );
    try {
      proxy.dropsLeft = 0;
      proxy.tagged = 0;
      await expect(db.read(`RETURN '${TAG}' AS marker,`)).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.SyntaxError',
      });
      expect(retried).toHaveLength(0);
      expect(proxy.tagged).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('gives up after the retry time and the error is classified DATABASE_UNAVAILABLE', async () => {
    const retried: unknown[] = [];
    // As executeRead does, a failure within the retry time (here 0: only the first) is retried once.
    const db = openDatabase({ ...conn, uri }, { maxRetryTimeMs: 0, onReadRetry: (e) => retried.push(e) });
    try {
      proxy.dropsLeft = 100;
      proxy.dropped = 0;
      const failure = await db.read(`RETURN '${TAG}' AS marker`).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).toBeDefined();
      expect(isDatabaseUnavailable(failure)).toBe(true);
      expect(retried).toHaveLength(1);
      expect(proxy.dropped).toBe(2);
    } finally {
      proxy.dropsLeft = 0;
      await db.close();
    }
  });
});
