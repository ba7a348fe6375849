/**
 * `bench:load -- --heavy N`: what N clients sending the explorer's overview(limit: 2000) in a
 * loop do to everyone else's cheap requests (search as one types, an entity's details), with
 * admission across requests off (INNOGRAPH_ADMISSION_COST=0: every request runs at once, as
 * before) and on (as configured: the defaults unless INNOGRAPH_ADMISSION_* are set), side by side: each round serves the build once per
 * configuration, in alternating order, plus a quiet run with no heavy clients as the anchor.
 * Heavy clients honour Retry-After on 503, as a polite client does. Asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import {
  MIX,
  percentile,
  runLoad,
  serveFromBuild,
  tallyCodes,
  type MixItem,
  type Result,
} from './http-load.js';

const HEAVY: MixItem = {
  name: 'explorer: overview(limit: 2000)',
  body: JSON.stringify({
    query:
      'query Overview { overview(limit: 2000) { truncated nodes { id label kind level status } edges { id source target type basis } } }',
  }),
  weight: 1,
};

/** Below the admission's cheap threshold: the explorer's searches and details. */
const CHEAP: readonly MixItem[] = MIX.filter(
  (m) => m.name.startsWith('explorer: search') || m.name.startsWith('explorer: details'),
);

type Config = 'quiet' | 'admission off' | 'admission on';

interface Run {
  readonly cheap: Result[];
  readonly heavy: Result[];
}

async function once(config: Config, heavy: number, cheap: number, seconds: number): Promise<Run> {
  // "on" is the configured admission ($INNOGRAPH_ADMISSION_*, else the defaults).
  const env = { ...process.env };
  if (config === 'admission off') env.INNOGRAPH_ADMISSION_COST = '0';
  const api = await serveFromBuild(env);
  try {
    // Warm up: JIT, driver pool, Neo4j's caches.
    await runLoad({ baseUrl: api.url, connections: 1, durationMs: 2000, items: [...CHEAP, HEAVY] });
    let done = false;
    const heavyLoad =
      config === 'quiet'
        ? Promise.resolve([])
        : runLoad({
            baseUrl: api.url,
            connections: heavy,
            durationMs: seconds * 1000 + 60_000,
            items: [HEAVY],
            honourRetryAfter: true,
            stop: () => done,
          });
    // Let the heavy clients fill the server before the cheap ones are timed.
    if (config !== 'quiet') await new Promise((r) => setTimeout(r, 1000));
    const cheapResults = await runLoad({
      baseUrl: api.url,
      connections: cheap,
      durationMs: seconds * 1000,
      items: CHEAP,
    });
    done = true;
    return { cheap: cheapResults, heavy: await heavyLoad };
  } finally {
    await api.stop();
  }
}

const f = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const mmm = (xs: readonly number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `${f(s[0] ?? NaN)} / ${f(s[Math.floor(s.length / 2)] ?? NaN)} / ${f(s[s.length - 1] ?? NaN)}`;
};

export async function heavyLoad(opts: {
  heavy: number;
  cheap: number;
  seconds: number;
  rounds: number;
}): Promise<void> {
  console.log(
    `heavy: ${opts.heavy} clients × ${HEAVY.name}; cheap: ${opts.cheap} clients × ${CHEAP.length} searches and details; ${opts.seconds} s per run, ${opts.rounds} rounds`,
  );
  const configs: Config[] = ['quiet', 'admission off', 'admission on'];
  const by = new Map<Config, { p50: number[]; p99: number[]; rate: number[]; heavy: Result[] }>(
    configs.map((c) => [c, { p50: [], p99: [], rate: [], heavy: [] }]),
  );
  for (let round = 0; round < opts.rounds; round += 1) {
    // Alternate the order of the two admission configurations from round to round.
    const order: Config[] =
      round % 2 === 0
        ? ['quiet', 'admission off', 'admission on']
        : ['quiet', 'admission on', 'admission off'];
    for (const config of order) {
      const t0 = performance.now();
      const run = await once(config, opts.heavy, opts.cheap, opts.seconds);
      const ok = run.cheap.filter((r) => r.status === 200 && r.codes.length === 0);
      const ms = ok.map((r) => r.ms);
      const entry = by.get(config);
      if (!entry) continue;
      entry.p50.push(percentile(ms, 50));
      entry.p99.push(percentile(ms, 99));
      entry.rate.push(ok.length / opts.seconds);
      entry.heavy.push(...run.heavy);
      console.log(
        `round ${round + 1} ${config}: cheap p50 ${f(percentile(ms, 50))} ms, p99 ${f(percentile(ms, 99))} ms, ${ok.length}/${run.cheap.length} OK; heavy: ${tallyCodes(run.heavy) || 'none'} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }
  }
  console.log('\ncheap requests (min / median / max over rounds):');
  console.log('| configuration | cheap p50 ms | cheap p99 ms | cheap answers/s | heavy answers |');
  console.log('|---|---|---|---|---|');
  for (const c of configs) {
    const e = by.get(c);
    if (!e) continue;
    console.log(`| ${c} | ${mmm(e.p50)} | ${mmm(e.p99)} | ${mmm(e.rate)} | ${tallyCodes(e.heavy) || '—'} |`);
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const q = by.get('quiet');
  const off = by.get('admission off');
  const on = by.get('admission on');
  if (q && off && on)
    console.log(
      `ratios of medians: p50 off/quiet ${(med(off.p50) / med(q.p50)).toFixed(1)}, on/quiet ${(med(on.p50) / med(q.p50)).toFixed(1)}, off/on ${(med(off.p50) / med(on.p50)).toFixed(2)}; p99 off/on ${(med(off.p99) / med(on.p99)).toFixed(2)}`,
    );
}
