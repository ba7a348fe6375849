import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RequestStages, StageTimes, stageTimesFromEnv } from '../../src/http/stage-times.js';

describe('the per-stage diagnostic (INNOGRAPH_STAGE_TIMES)', () => {
  it('is off unless the variable names a file', () => {
    const before = process.env.INNOGRAPH_STAGE_TIMES;
    delete process.env.INNOGRAPH_STAGE_TIMES;
    try {
      expect(stageTimesFromEnv()).toBeUndefined();
    } finally {
      if (before !== undefined) process.env.INNOGRAPH_STAGE_TIMES = before;
    }
  });

  it('writes each stage of the requests that passed every moment, and skips the others', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stages-')), 'stages.json');
    const times = new StageTimes(file);
    const whole = new RequestStages();
    for (const m of ['body', 'graphql', 'executed', 'ended'] as const) whole.mark(m);
    times.add(whole, whole.start + 5);
    // A request refused before GraphQL (no 'graphql' moment) is not a GraphQL request's time.
    const refused = new RequestStages();
    refused.mark('body');
    times.add(refused, refused.start + 1);
    times.write();
    const summary = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { n: number; p50: number }>;
    expect(Object.keys(summary)).toContain('database reads (sum)');
    for (const stage of Object.values(summary)) expect(stage.n).toBe(1);
    expect(summary['whole request in the listener']?.p50).toBe(5000);
  });
});
