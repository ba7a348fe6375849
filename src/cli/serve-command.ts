import { integer, hostParser, serverConfig, type ServerConfig } from '../config/env.js';
import { Admission } from '../graphql/admission.js';
import { setCursorSecret } from '../graphql/cursor.js';
import { openDatabase } from '../neo4j/driver.js';
import { startApiServer, type ApiServer } from '../http/server.js';
import { warmUp } from '../http/warm-up.js';
import { optionValue, parseOptions } from './args.js';
import type { Command } from './commands.js';

const HELP = `usage: innograph serve [--port N] [--host H]

Serves the explorer at / and the GraphQL API at /graphql (with /healthz and /readyz) over the configured Neo4j.
  --port   default $INNOGRAPH_PORT or 4000 (0: any free port)
  --host   default $INNOGRAPH_HOST or 127.0.0.1
SIGTERM or Ctrl-C stops accepting, lets in-flight requests finish ($INNOGRAPH_SHUTDOWN_GRACE_MS, 20 s by default), then exits. /readyz says "warming up" until the example questions have been asked once (at most 30 s).
`;

/** Serves until SIGINT/SIGTERM, then drains and exits 0. A second signal stops at once. */
export async function serveUntilSignal(config: ServerConfig = serverConfig()): Promise<number> {
  setCursorSecret(config.cursorSecret);
  // An API request should fail fast when Neo4j is down, not retry for half a minute.
  const db = openDatabase(undefined, {
    transactionTimeoutMs: config.queryTimeoutMs,
    maxRetryTimeMs: 3000,
    acquisitionTimeoutMs: config.dbAcquireTimeoutMs,
    poolSize: config.dbPoolSize,
  });
  let api: ApiServer;
  try {
    api = await startApiServer({
      db,
      host: config.host,
      port: config.port,
      pathsBudgetMs: config.pathsBudgetMs,
      pathsMaxNodes: config.pathsMaxNodes,
      admission: new Admission(config.admission),
      ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
    });
  } catch (e) {
    await db.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') {
      const why =
        err.code === 'EADDRINUSE'
          ? 'is in use'
          : err.code === 'EACCES'
            ? 'is not allowed'
            : 'is not an address of this machine';
      process.stderr.write(
        `innograph: port ${config.port} on ${config.host} ${why}; choose another with --port/--host or INNOGRAPH_PORT/INNOGRAPH_HOST\n`,
      );
      return 1;
    }
    throw e;
  }
  process.stdout.write(
    `serve: explorer      ${api.url}/\n` +
      `serve: GraphQL API   ${api.url}/graphql (GraphiQL in a browser)\n` +
      `serve: health        ${api.url}/healthz  ${api.url}/readyz\n`,
  );
  // Plans the cookbook's statements before /readyz says ready (http/warm-up.ts).
  const warm = warmUp(api.url, config.allowedHosts?.[0]);
  api.warmingUntil(warm.done);
  void warm.done.then(({ asked, failed, ms }) =>
    process.stdout.write(
      `serve: warmed up with ${asked} example questions in ${ms} ms${failed > 0 ? ` (${failed} failed)` : ''}\n`,
    ),
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const force = (): void => {
    process.stdout.write('serve: second signal: stopping now\n');
    process.exit(1);
  };
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  warm.stop();
  process.stdout.write(`serve: ${signal}: draining in-flight requests, then stopping\n`);
  await api.close(config.shutdownGraceMs);
  await db.close();
  process.stdout.write('serve: stopped\n');
  return 0;
}

export const serveCommand: Command = {
  summary: 'serve the GraphQL API and the explorer',
  run(args) {
    const { values } = parseOptions('serve', args, {
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return Promise.resolve(0);
    }
    const config = serverConfig();
    return serveUntilSignal({
      ...config,
      ...(values.port === undefined
        ? {}
        : { port: optionValue('serve', '--port', values.port, integer(0, 65535)) }),
      ...(values.host === undefined ? {} : { host: optionValue('serve', '--host', values.host, hostParser) }),
    });
  },
};
