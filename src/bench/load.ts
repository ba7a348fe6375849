/**
 * Reliability script, not a test: N connections × T seconds of the realistic mix
 * (http-load.ts) against `innograph serve` from the build; prints throughput, latency,
 * errors and the server's memory. Asserts nothing.
 *   npm run build:server && npm run bench:load -- --connections 64 --seconds 120
 * With --heavy N: cheap requests' latency while N clients send overview(limit: 2000), with
 * admission across requests off and on, side by side (heavy-load.ts):
 *   npm run bench:load -- --heavy 10 --connections 4 --seconds 20 --rounds 3
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import {
  machine,
  seededNeo4j,
  MIX,
  percentile,
  rssMiB,
  runLoad,
  serveFromBuild,
  tallyCodes,
} from './http-load.js';
import { heavyLoad } from './heavy-load.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      connections: { type: 'string', default: '64' },
      seconds: { type: 'string', default: '120' },
      heavy: { type: 'string' },
      rounds: { type: 'string', default: '3' },
    },
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  if (values.heavy !== undefined) {
    console.log(`bench:load --heavy: machine: ${machine()}`);
    const p = await seededNeo4j();
    console.log(`neo4j: ${p.connection.uri} (Neo4j ${p.version}); graph loaded`);
    await heavyLoad({
      heavy: Number(values.heavy),
      cheap: connections,
      seconds,
      rounds: Number(values.rounds),
    });
    return;
  }
  console.log(`bench:load: ${connections} connections × ${seconds} s`);
  console.log(`machine: ${machine()}`);
  const p = await seededNeo4j();
  console.log(`neo4j: ${p.connection.uri} (Neo4j ${p.version}); graph loaded`);

  const api = await serveFromBuild();
  const pid = api.child.pid ?? 0;
  // Warm up (JIT, driver pool, Neo4j caches): each request of the mix once.
  await runLoad({ baseUrl: api.url, connections: 1, durationMs: 3000 });
  const rssStart = rssMiB(pid);
  let rssPeak = rssStart;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMiB(pid));
  }, 250);
  const t0 = performance.now();
  const results = await runLoad({ baseUrl: api.url, connections, durationMs: seconds * 1000 });
  const elapsed = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const rssEnd = rssMiB(pid);
  const code = await api.stop();

  const ok = results.filter((r) => r.status >= 200 && r.status < 300 && r.codes.length === 0);
  const non2xx = results.filter((r) => r.status < 200 || r.status >= 300).length;
  const withErrors = results.filter((r) => r.codes.length > 0).length;
  const ms = results.map((r) => r.ms);
  console.log(
    `\nmix: ${MIX.length} distinct requests (${MIX.filter((m) => m.name.startsWith('explorer')).length} explorer, the rest the IDE's planner examples)`,
  );
  console.log(
    `requests:  ${results.length} in ${elapsed.toFixed(1)} s = ${(results.length / elapsed).toFixed(1)} req/s`,
  );
  console.log(
    `latency:   p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`,
  );
  console.log(`answers:   ${tallyCodes(results)}`);
  console.log(
    `errors:    ${non2xx} non-2xx, ${withErrors} with GraphQL errors, ${results.length - ok.length} not OK`,
  );
  console.log(
    `API RSS:   start ${rssStart.toFixed(0)} MiB, peak ${rssPeak.toFixed(0)} MiB, end ${rssEnd.toFixed(0)} MiB`,
  );
  console.log(`API exit:  ${String(code)} after SIGTERM`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
