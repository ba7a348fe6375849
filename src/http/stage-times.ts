/**
 * A diagnostic, off unless INNOGRAPH_STAGE_TIMES names a file: where one request's wall time goes
 * inside the server (issue 19's profile). Each request notes the moments it passes (body read,
 * direct path entered, each database read's start and end, response handed to Node, response
 * finished); at close() the server writes, per stage, the count, median, p90 and mean in
 * microseconds to that file as JSON. When off, the server's request path does no more than a
 * check of `undefined`.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { Database, Params, ReadOptions } from '../neo4j/driver.js';

/** The moments of one request, in the order they happen. */
export type Moment = 'body' | 'graphql' | 'executed' | 'ended';

export class RequestStages {
  readonly start = performance.now();
  readonly at = new Map<Moment, number>();
  /** Time inside the driver (first read's start to last read's end, and the sum of reads). */
  dbFirst: number | undefined;
  dbLast: number | undefined;
  dbSum = 0;
  reads = 0;

  mark(moment: Moment): void {
    this.at.set(moment, performance.now());
  }
}

const STAGES = [
  'listener → body read and parsed',
  'body → GraphQL entered',
  'GraphQL entered → first database read',
  'database reads (sum)',
  'last database read → response body ready',
  'response body ready → res.end() returned',
  'res.end() returned → close event',
  'whole request in the listener',
] as const;

export class StageTimes {
  private readonly samples = new Map<string, number[]>(STAGES.map((s) => [s, []]));

  constructor(private readonly file: string) {}

  add(r: RequestStages, finished: number): void {
    const body = r.at.get('body');
    const graphql = r.at.get('graphql');
    const executed = r.at.get('executed');
    const ended = r.at.get('ended');
    if (body === undefined || graphql === undefined || executed === undefined || ended === undefined) return;
    const push = (stage: (typeof STAGES)[number], ms: number): void => {
      this.samples.get(stage)?.push(ms * 1000);
    };
    push('listener → body read and parsed', body - r.start);
    push('body → GraphQL entered', graphql - body);
    push('GraphQL entered → first database read', (r.dbFirst ?? executed) - graphql);
    push('database reads (sum)', r.dbSum);
    push('last database read → response body ready', executed - (r.dbLast ?? graphql));
    push('response body ready → res.end() returned', ended - executed);
    push('res.end() returned → close event', finished - ended);
    push('whole request in the listener', finished - r.start);
  }

  write(): void {
    const summary: Record<string, { n: number; p50: number; p90: number; mean: number }> = {};
    for (const [stage, xs] of this.samples) {
      const s = [...xs].sort((a, b) => a - b);
      const at = (q: number): number =>
        Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN);
      summary[stage] = {
        n: s.length,
        p50: at(0.5),
        p90: at(0.9),
        mean: Math.round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
      };
    }
    writeFileSync(this.file, `${JSON.stringify(summary, null, 2)}\n`);
  }
}

/** The recorder of this process, when INNOGRAPH_STAGE_TIMES is set. */
export function stageTimesFromEnv(): StageTimes | undefined {
  const file = process.env.INNOGRAPH_STAGE_TIMES;
  return file ? new StageTimes(file) : undefined;
}

/** `db`, with each read's time noted on the request's stages. */
export function timedDatabase(db: Database, stages: RequestStages): Database {
  return {
    get driver() {
      return db.driver;
    },
    get connection() {
      return db.connection;
    },
    async read<R extends RecordShape = RecordShape>(
      cypher: string,
      params?: Params,
      options?: ReadOptions,
    ): Promise<QueryResult<R>> {
      const t0 = performance.now();
      stages.dbFirst ??= t0;
      try {
        return await db.read<R>(cypher, params, options);
      } finally {
        const t1 = performance.now();
        stages.dbLast = t1;
        stages.dbSum += t1 - t0;
        stages.reads += 1;
      }
    },
    write: (cypher, params) => db.write(cypher, params),
    close: () => db.close(),
  };
}
