import { parseArgs } from 'node:util';
import { openDatabase } from '../neo4j/driver.js';
import { startApiServer, type ApiServer } from '../http/server.js';
import type { Command } from './commands.js';

const HELP = `usage: innograph serve [--port N] [--host H]

Serves the explorer at / and the GraphQL API at /graphql (with /healthz and /readyz) over the configured Neo4j.
  --port   default $INNOGRAPH_PORT or 4000
  --host   default $INNOGRAPH_HOST or 127.0.0.1
`;

/** Cypher transaction timeout for API reads: a runaway query is cut, not the server. */
export const apiTransactionTimeoutMs = (): number => Number(process.env.INNOGRAPH_QUERY_TIMEOUT_MS ?? 10_000);

export async function serveUntilSignal(host: string, port: number): Promise<number> {
  // An API request should fail fast when Neo4j is down, not retry for half a minute.
  const db = openDatabase(undefined, {
    transactionTimeoutMs: apiTransactionTimeoutMs(),
    maxRetryTimeMs: 3000,
  });
  let api: ApiServer;
  try {
    api = await startApiServer({ db, host, port });
  } catch (e) {
    await db.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      process.stderr.write(
        `innograph: port ${port} on ${host} is in use; choose another with --port or INNOGRAPH_PORT\n`,
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
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stdout.write('serve: stopping\n');
  await api.close();
  await db.close();
  return 0;
}

export const serveCommand: Command = {
  summary: 'serve the GraphQL API and the explorer',
  run(args) {
    const { values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return Promise.resolve(0);
    }
    const port = Number(values.port ?? process.env.INNOGRAPH_PORT ?? 4000);
    const host = values.host ?? process.env.INNOGRAPH_HOST ?? '127.0.0.1';
    return serveUntilSignal(host, port);
  },
};
