/**
 * The HTTP layer: /graphql (Apollo), /healthz (process up), /readyz (Neo4j reachable and
 * seeded). Plain node:http, so there is no framework between a request and Apollo.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import type { Database } from '../neo4j/driver.js';
import { createContext } from '../graphql/context.js';
import { createApollo } from '../graphql/server.js';
import { GraphRepository } from '../repository/graph-repository.js';
import { idePage, serveIdeAsset } from './ide.js';
import { jsonLogger, type Logger } from './logger.js';
import { serveStatic } from './static.js';

export interface ApiServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly db: Database;
  readonly host?: string;
  readonly port?: number;
  readonly log?: Logger;
}

const MAX_BODY_BYTES = 1_000_000;
const SEEDED_DOCUMENTS = 5;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

export async function startApiServer(opts: ServeOptions): Promise<ApiServer> {
  const log = opts.log ?? jsonLogger();
  const repo = new GraphRepository(opts.db);
  const apollo = createApollo(log);
  await apollo.start();

  const handleGraphql = async (
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
  ): Promise<void> => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = raw;
    if (raw !== '' && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        json(res, 400, {
          errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => Promise.resolve(createContext(repo, requestId)),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.setHeader('x-request-id', requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    const started = Date.now();
    const requestId =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) ||
      randomUUID();
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    res.on('finish', () =>
      log.info('request', {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Date.now() - started,
      }),
    );
    const route = async (): Promise<void> => {
      if (path === '/healthz') {
        json(res, 200, { status: 'ok' });
        return;
      }
      if (path === '/readyz') {
        try {
          const documents = await repo.documentCount();
          const ready = documents >= SEEDED_DOCUMENTS;
          json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not seeded', documents });
        } catch {
          json(res, 503, { status: 'database unavailable' });
        }
        return;
      }
      if (path === '/graphql' && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(idePage());
        return;
      }
      if (path === '/graphql') {
        await handleGraphql(req, res, requestId);
        return;
      }
      if (path.startsWith('/ide/') && serveIdeAsset(path.slice('/ide/'.length), res)) return;
      if (req.method === 'GET' || req.method === 'HEAD') {
        serveStatic(path, res);
        return;
      }
      json(res, 404, { error: `no route for ${req.method ?? ''} ${path}` });
    };
    route().catch((e: unknown) => {
      log.error('request failed', { requestId, error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) json(res, 500, { error: 'internal error', requestId });
      else res.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
