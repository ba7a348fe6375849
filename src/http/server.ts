/**
 * The HTTP layer: /graphql (Apollo), /healthz (process up), /readyz (Neo4j reachable and
 * seeded), GraphiQL at /graphql in a browser with its files under /ide/, and the explorer's
 * static files. Plain node:http, so there is no framework between a request and Apollo.
 *
 * Nothing a client sends may end or stall the process: the request target is parsed without
 * throwing (request-target.ts), bodies are read with a limit (body.ts), every route's failure
 * is caught and answered, malformed HTTP is answered by `clientError`, slow clients are cut
 * by Node's header and request timeouts, and close() drains in-flight requests.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { HeaderMap } from '@apollo/server';
import type { Database } from '../neo4j/driver.js';
import { createContext, type OperationNote } from '../graphql/context.js';
import { RequestDatabase } from '../graphql/request-db.js';
import { Admission } from '../graphql/admission.js';
import { DirectExecutor, directRequest } from '../graphql/direct.js';
import { DocumentCache } from '../graphql/document-cache.js';
import { graphqlSchema } from '../graphql/schema.js';
import { createApollo, formatError } from '../graphql/server.js';
import { VerdictCache } from '../graphql/verdict-cache.js';
import { GraphRepository } from '../repository/graph-repository.js';
import { BodyError, parseJsonBody, readBody } from './body.js';
import { idePage, serveIdeAsset } from './ide.js';
import { jsonLogger, type Logger } from './logger.js';
import { parseTarget, type Target } from './request-target.js';
import { hostAllowed, securityHeaders } from './security.js';
import { RequestStages, stageTimesFromEnv, timedDatabase } from './stage-times.js';
import { serveStatic } from './static.js';

export interface ApiServer {
  readonly url: string;
  readonly server: Server;
  /** GraphQL requests answered without Apollo's pipeline so far (graphql/direct.ts). */
  directAnswers(): number;
  /** Stops accepting, lets in-flight requests finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
  /** /readyz answers 503 "warming up" until `done` settles (http/warm-up.ts). */
  warmingUntil(done: Promise<unknown>): void;
}

export interface ServeOptions {
  readonly db: Database;
  readonly host?: string;
  readonly port?: number;
  readonly log?: Logger;
  /** Host names (without port) the server answers for; unset or empty: any. */
  readonly allowedHosts?: readonly string[];
  /** Safety net on one `paths` search's wall time (default DEFAULT_PATHS_BUDGET_MS). */
  readonly pathsBudgetMs?: number;
  /** Work bound of one `paths` search, in nodes reached (default DEFAULT_PATHS_MAX_NODES). */
  readonly pathsMaxNodes?: number;
  /** Admission of expensive requests across requests (default DEFAULT_ADMISSION). */
  readonly admission?: Admission;
}

const SEEDED_DOCUMENTS = 5;
/** How long close() waits for in-flight requests by default. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/**
 * How long a draining server keeps its keep-alive connections open for a request already on
 * the wire: a client that sends its next request just as the drain starts gets it answered
 * (with `Connection: close`) instead of a reset connection. Connections that stay idle this
 * long are closed.
 */
export const KEEP_ALIVE_SETTLE_MS = 1_000;
/** A client has this long to send its headers, and this long for the whole request. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** Whether a Content-Type names JSON: media types are case-insensitive (`application/JSON`). */
const isJson = (contentType: string | undefined): boolean =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';

const PERSISTED_QUERY_SHAPE =
  'extensions.persistedQuery must be an object { version: 1, sha256Hash: "<64 hexadecimal digits>" }';

/**
 * What is wrong with a request's automatic-persisted-query extension, if anything. Apollo would
 * answer a wrong version or a hash of the wrong kind as an internal error (with a stack in the
 * log) or as "not found"; these are the client's mistakes, answered 400 before Apollo.
 * `request`: a POST's parsed body, or a GET's query string.
 */
function persistedQueryProblem(request: unknown): string | undefined {
  let extensions: unknown;
  if (typeof request === 'string') {
    const raw = new URLSearchParams(request).get('extensions');
    if (raw === null) return undefined;
    try {
      extensions = JSON.parse(raw);
    } catch {
      return undefined; // Apollo answers a malformed extensions parameter itself.
    }
  } else if (request !== null && typeof request === 'object' && 'extensions' in request)
    extensions = request.extensions;
  if (extensions === null || typeof extensions !== 'object' || !('persistedQuery' in extensions))
    return undefined;
  const pq = extensions.persistedQuery;
  if (pq === undefined || pq === null) return undefined;
  if (typeof pq !== 'object') return PERSISTED_QUERY_SHAPE;
  const version = 'version' in pq ? pq.version : undefined;
  const hash = 'sha256Hash' in pq ? pq.sha256Hash : undefined;
  if (version !== 1) return `${PERSISTED_QUERY_SHAPE}: only version 1 is supported`;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) return PERSISTED_QUERY_SHAPE;
  return undefined;
}

/** A refusal outside GraphQL, in the same shape as GraphQL's errors. */
const refuse = (res: ServerResponse, status: number, code: string, message: string): void => {
  json(res, status, { errors: [{ message, extensions: { code } }] });
};

export async function startApiServer(opts: ServeOptions): Promise<ApiServer> {
  const log = opts.log ?? jsonLogger();
  const repoOptions = {
    ...(opts.pathsBudgetMs === undefined ? {} : { pathsBudgetMs: opts.pathsBudgetMs }),
    ...(opts.pathsMaxNodes === undefined ? {} : { pathsMaxNodes: opts.pathsMaxNodes }),
  };
  const repo = new GraphRepository(opts.db, repoOptions);
  const documents = new DocumentCache();
  const admission = opts.admission ?? new Admission();
  const verdicts = new VerdictCache();
  const apollo = createApollo(log, documents, admission, verdicts);
  await apollo.start();
  // Requests Apollo has already parsed, validated and budgeted run without its pipeline.
  const direct = new DirectExecutor({
    schema: graphqlSchema(),
    documents,
    verdicts,
    admission,
    formatError: (formatted, error) => formatError(formatted, error, log),
  });
  let directAnswers = 0;
  // Off unless INNOGRAPH_STAGE_TIMES names a file (a diagnostic: stage-times.ts).
  const stageTimes = stageTimesFromEnv();
  let closing = false;
  let warming = false;
  const sockets = new Set<Socket>();
  /** Wakes a drain's settle wait when a connection closes. */
  let settled: (() => void) | undefined;
  let inFlight = 0;
  /** Responses not yet finished: on close() each is told to end its connection after answering. */
  const open = new Set<ServerResponse>();
  let drained: (() => void) | undefined;

  const handleGraphql = async (
    req: IncomingMessage,
    res: ServerResponse,
    search: string,
    requestId: string,
    operation: OperationNote,
    stages: RequestStages | undefined,
  ): Promise<void> => {
    let body: unknown = '';
    if (req.method === 'POST') {
      const raw = await readBody(req);
      body = raw !== '' && isJson(req.headers['content-type']) ? parseJsonBody(raw) : raw;
    }
    stages?.mark('body');
    const pq = persistedQueryProblem(req.method === 'POST' ? body : search);
    if (pq) {
      refuse(res, 400, 'PERSISTED_QUERY_INVALID', pq);
      return;
    }
    const requestDb = new RequestDatabase(stages ? timedDatabase(opts.db, stages) : opts.db);
    const context = () =>
      createContext(new GraphRepository(requestDb, repoOptions), requestId, requestDb, { operation });
    const plain = req.method === 'POST' ? directRequest(body, req.headers.accept) : undefined;
    stages?.mark('graphql');
    const answered = plain && (await direct.run(plain, context));
    if (answered) {
      stages?.mark('executed');
      directAnswers += 1;
      for (const [k, v] of answered.headers) res.setHeader(k, v);
      res.statusCode = answered.status;
      res.end(answered.body);
      stages?.mark('ended');
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () => Promise.resolve(context()),
    });
    stages?.mark('executed');
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      stages?.mark('ended');
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
      stages?.mark('ended');
    }
  };

  const route = async (
    req: IncomingMessage,
    res: ServerResponse,
    target: Target | undefined,
    requestId: string,
    operation: OperationNote,
    stages: RequestStages | undefined,
  ): Promise<void> => {
    if (!target) {
      refuse(res, 400, 'BAD_REQUEST', 'the request target is not a path on this server');
      return;
    }
    const { path, search } = target;
    // RFC 9112: a request with more than one Host is refused, whatever it asks for.
    if (req.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === 'host').length > 1) {
      refuse(res, 400, 'BAD_REQUEST', 'the request has more than one Host header');
      return;
    }
    const method = req.method ?? '';
    const read = method === 'GET' || method === 'HEAD';
    // Health probes answer whatever the Host: a load balancer probes by IP address, and they
    // reveal nothing a DNS-rebinding page could use.
    const probe = (path === '/healthz' || path === '/readyz') && read;
    if (!probe && !hostAllowed(opts.allowedHosts, req.headers.host)) {
      refuse(res, 421, 'HOST_NOT_ALLOWED', 'this server does not answer for that host name');
      return;
    }
    if (path === '/healthz' && read) json(res, 200, { status: 'ok' });
    // Browsers ask for it on every page (GraphiQL's too): nothing, rather than a 404.
    else if (path === '/favicon.ico' && read) {
      res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
      res.end();
    } else if (path === '/readyz' && read) {
      if (closing) json(res, 503, { status: 'shutting down' });
      else if (warming) json(res, 503, { status: 'warming up' });
      else {
        try {
          const documents = await repo.documentCount();
          const ready = documents >= SEEDED_DOCUMENTS;
          json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not seeded', documents });
        } catch {
          json(res, 503, { status: 'database unavailable' });
        }
      }
    } else if (path === '/graphql' && method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(idePage());
    } else if (path === '/graphql') {
      if (method !== 'GET' && method !== 'POST') {
        res.setHeader('allow', 'GET, POST');
        refuse(res, 405, 'METHOD_NOT_ALLOWED', `${method.slice(0, 20)} is not allowed on /graphql`);
      } else await handleGraphql(req, res, search, requestId, operation, stages);
    } else if (path.startsWith('/ide/') && read) {
      if (!serveIdeAsset(path.slice('/ide/'.length), res)) refuse(res, 404, 'NOT_FOUND', 'no such IDE file');
    } else if (read) serveStatic(path, res, method === 'HEAD');
    else refuse(res, 405, 'METHOD_NOT_ALLOWED', `${method.slice(0, 20)} is not allowed here`);
  };

  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS },
    (req, res) => {
      const started = Date.now();
      inFlight += 1;
      open.add(res);
      const header = req.headers['x-request-id'];
      const requestId = typeof header === 'string' && /^[\w.:-]{1,64}$/.test(header) ? header : randomUUID();
      const target = parseTarget(req.url);
      const path = target?.path ?? '(bad request target)';
      const operation: OperationNote = {};
      const stages = stageTimes ? new RequestStages() : undefined;
      res.on('close', () => {
        if (stages) stageTimes?.add(stages, performance.now());
        inFlight -= 1;
        open.delete(res);
        if (inFlight === 0) drained?.();
        log.info('request', {
          requestId,
          method: req.method,
          path: path.slice(0, 200),
          status: res.statusCode,
          ms: Date.now() - started,
          // One line per request: a GraphQL request's operation is part of it.
          ...(operation.errorCodes
            ? { operationName: operation.name ?? null, errorCodes: operation.errorCodes }
            : {}),
        });
      });
      try {
        securityHeaders(req, res);
        res.setHeader('x-request-id', requestId);
        // Draining: answer, but tell the client not to reuse this connection.
        if (closing) res.setHeader('connection', 'close');
      } catch (e) {
        log.error('request setup failed', { requestId, error: e instanceof Error ? e.message : String(e) });
      }
      route(req, res, target, requestId, operation, stages).catch((e: unknown) => {
        if (e instanceof BodyError) {
          // Let Node read and discard the rest of the body, so the client gets the answer, not a reset.
          req.resume();
          if (!res.headersSent) refuse(res, e.status, e.code, e.message);
          else res.end();
          return;
        }
        log.error('request failed', { requestId, error: e instanceof Error ? e.stack : String(e) });
        if (!res.headersSent)
          refuse(res, 500, 'INTERNAL_SERVER_ERROR', `internal error (request ${requestId})`);
        else res.end();
      });
    },
  );

  // Open connections, so that a drain knows when every keep-alive client has left.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      settled?.();
    });
  });

  // Malformed HTTP never reaches the listener: answer it here, in plain HTTP, and hang up.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (err.code === 'ECONNRESET' && socket.destroyed)) {
      socket.destroy();
      return;
    }
    const [status, reason] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
    const body = JSON.stringify({ errors: [{ message: reason, extensions: { code: 'BAD_REQUEST' } }] });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    server,
    directAnswers: () => directAnswers,
    warmingUntil(done) {
      warming = true;
      const end = (): void => {
        warming = false;
      };
      done.then(end, end);
    },
    close(graceMs = DEFAULT_SHUTDOWN_GRACE_MS) {
      closed ??= (async () => {
        closing = true;
        // Requests already in flight answer with `Connection: close`, as new ones do.
        for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
        // Stop accepting connections, but not as http.Server.close() does: it also drops idle
        // keep-alive connections at once, resetting any request a client is sending on one at
        // this moment. Those connections get a moment to bring such a request in (answered, with
        // `Connection: close`, so the client leaves); the ones still idle after it are closed.
        const stopped = new Promise<void>((resolve) =>
          NetServer.prototype.close.call(server, () => resolve()),
        );
        const settleEnd = Date.now() + Math.min(KEEP_ALIVE_SETTLE_MS, graceMs);
        while (sockets.size > inFlight && Date.now() < settleEnd)
          await new Promise<void>((resolve) => {
            settled = resolve;
            setTimeout(resolve, Math.max(0, settleEnd - Date.now())).unref();
          });
        settled = undefined;
        server.closeIdleConnections();
        if (inFlight > 0) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            new Promise<void>((resolve) => {
              drained = resolve;
            }),
            new Promise<void>((resolve) => {
              timer = setTimeout(resolve, graceMs);
            }),
          ]);
          clearTimeout(timer);
        }
        server.closeAllConnections();
        await stopped;
        await apollo.stop();
        stageTimes?.write();
      })();
      return closed;
    },
  };
}
