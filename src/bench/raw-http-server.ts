/**
 * For `npm run bench:api` only: a diagnostic anchor, the raw driver behind a minimal node:http
 * server in its own process. A POST's JSON body is the recorded Cypher of one API request
 * (groups of calls sent together, as the API sends them); each call runs exactly as the
 * in-process auto-commit anchor runs it (`session.run` in a READ session, all records in one
 * PULL, no caller-stack capture), and the answer is the records as JSON. What it adds to the
 * auto-commit anchor is the HTTP hop (a second process, request and response over loopback,
 * JSON both ways); what the API adds to it is the GraphQL layer. Nothing at run time imports
 * this file. Prints `raw-http: <url>` once it listens.
 *   node dist/bench/raw-http-server.js
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { neo4jConnection } from '../config/neo4j.js';
import { withoutCallerStack } from '../neo4j/driver.js';

interface RawCall {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
  readonly timeoutMs: number;
}

const connection = neo4jConnection();
const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
  userAgent: 'innograph-bench-raw-http',
  disableLosslessIntegers: true,
});

/** Integers the API sends as neo4j Integers (LIMIT and the like) arrive as `{ "$int": "…" }`. */
function reviveInt(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && '$int' in value && typeof value.$int === 'string')
    return neo4j.int(value.$int);
  return value;
}

async function run(call: RawCall): Promise<unknown[]> {
  const s = driver.session({
    database: connection.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: -1,
  });
  try {
    const result = await withoutCallerStack(() =>
      s.run(call.cypher, call.params, { timeout: call.timeoutMs }),
    );
    return result.records.map((r) => r.toObject());
  } finally {
    await s.close();
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      try {
        const groups = JSON.parse(Buffer.concat(chunks).toString('utf8'), reviveInt) as RawCall[][];
        const data: unknown[] = [];
        for (const g of groups) data.push(...(await Promise.all(g.map(run))));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data }));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
      }
    })();
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`raw-http: http://127.0.0.1:${port}/\n`);
});

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void driver.close();
});
