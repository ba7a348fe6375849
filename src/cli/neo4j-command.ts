import { localServerSettings, neo4jConnection } from '../config/neo4j.js';
import { localServerStatus, stopLocalServer } from '../neo4j/local/server.js';
import { ensureNeo4j, serverInfo } from '../neo4j/provision.js';
import type { Command } from './commands.js';

const HELP = `usage: innograph neo4j <start|stop|status>

  start    start the local Neo4j 5 Community (obtained through Maven) unless NEO4J_URI is set
  stop     stop the local Neo4j
  status   version, URI and store size
`;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

export const neo4jCommand: Command = {
  summary: 'start | stop | status of the local Neo4j (or check NEO4J_URI)',
  async run([sub, ...rest]) {
    if (sub === undefined || sub === '--help' || sub === '-h' || rest.length > 0) {
      process.stdout.write(HELP);
      return sub === undefined || rest.length > 0 ? 2 : 0;
    }
    const conn = neo4jConnection();
    switch (sub) {
      case 'start': {
        const p = await ensureNeo4j(out);
        out(
          `neo4j: ready: ${p.connection.uri} (Neo4j ${p.version} ${p.edition}, database "${p.connection.database}")`,
        );
        return 0;
      }
      case 'stop': {
        if (!conn.local) {
          out(`neo4j: NEO4J_URI is set (${conn.uri}); innograph does not manage that server`);
          return 0;
        }
        const r = await stopLocalServer(localServerSettings());
        out(r.stopped ? `neo4j: stopped (pid ${r.pid})` : 'neo4j: not running');
        return 0;
      }
      case 'status': {
        if (!conn.local) {
          const info = await serverInfo(conn);
          out(
            `neo4j: ${conn.uri} answers: Neo4j ${info.version} ${info.edition}, database "${conn.database}" (NEO4J_URI)`,
          );
          return 0;
        }
        const s = await localServerStatus(localServerSettings());
        if (!s.running) {
          out(`neo4j: not running (${s.uri}; store ${mb(s.storeBytes)} in ${s.dir})`);
          return 3;
        }
        out(
          s.answering
            ? `neo4j: running: Neo4j ${s.version} at ${s.uri}, pid ${s.pid}, store ${mb(s.storeBytes)} in ${s.dir}`
            : `neo4j: pid ${s.pid} runs but does not answer at ${s.uri} (starting, or stuck: see ${s.dir}/launcher.log)`,
        );
        return s.answering ? 0 : 1;
      }
      default:
        process.stderr.write(`innograph neo4j: unknown subcommand "${sub}"\n${HELP}`);
        return 2;
    }
  },
};
