/**
 * Warm-up after a start: the server asks itself the IDE's example questions once, in turn,
 * before /readyz says ready. A fresh Neo4j has an empty plan cache and a cold JIT; on a loaded
 * machine the first plain filters after a start took 9–12 s and some hit the 10 s query limit
 * (review s25 M1). Each example plans the statements its fields use (entity pages and counts,
 * relationship fields, search, trace, region summaries, `where`), and warms the server's own
 * document and verdict caches, so a planner's first questions find plans already made.
 *
 * Bounded: it stops at `budgetMs` (readiness then follows the graph alone, as before) and on
 * `stop()` (a SIGTERM during the warm-up must not wait for it). Errors are the examples'
 * business (tests assert their answers); here they are only counted.
 */
import { request } from 'node:http';
import { EXAMPLES } from '../graphql/examples.js';

export interface WarmUp {
  /** Settles when the warm-up is over: every example asked, the budget spent, or stopped. */
  readonly done: Promise<{ readonly asked: number; readonly failed: number; readonly ms: number }>;
  /** Ends it now: the request in flight is aborted and no other is sent. */
  stop(): void;
}

/** On a loaded 2-core machine a cold start answered 9 examples in 60 s; readiness waits 30 s at most. */
export const DEFAULT_WARM_UP_BUDGET_MS = 30_000;

/** One POST to /graphql; resolves with whether it answered 200 without errors. */
function ask(url: URL, hostHeader: string | undefined, body: string, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        signal,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(hostHeader ? { host: hostHeader } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown[] };
            resolve(res.statusCode === 200 && (parsed.errors?.length ?? 0) === 0);
          } catch {
            resolve(false);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `url` is the server's own address (a wildcard listen address is asked on loopback);
 * `hostHeader` one of INNOGRAPH_ALLOWED_HOSTS when set, so the server answers its own warm-up.
 */
export function warmUp(
  url: string,
  hostHeader?: string,
  budgetMs: number = DEFAULT_WARM_UP_BUDGET_MS,
  questions: readonly { readonly query: string; readonly variables?: Record<string, unknown> }[] = EXAMPLES,
): WarmUp {
  const target = new URL('/graphql', url);
  if (target.hostname === '0.0.0.0') target.hostname = '127.0.0.1';
  if (target.hostname === '[::]') target.hostname = '[::1]';
  const abort = new AbortController();
  const started = Date.now();
  const timer = setTimeout(() => abort.abort(), budgetMs);
  timer.unref();
  const done = (async () => {
    let asked = 0;
    let failed = 0;
    // A function, not the property: the signal changes under the awaits.
    const stopped = (): boolean => abort.signal.aborted;
    for (const example of questions) {
      if (stopped()) break;
      try {
        const body = JSON.stringify({ query: example.query, variables: example.variables ?? {} });
        if (!(await ask(target, hostHeader, body, abort.signal))) failed += 1;
      } catch {
        if (stopped()) break;
        failed += 1;
      }
      asked += 1;
    }
    clearTimeout(timer);
    return { asked, failed, ms: Date.now() - started };
  })();
  return { done, stop: () => abort.abort() };
}
