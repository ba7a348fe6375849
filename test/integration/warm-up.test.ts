/**
 * Warm-up after a start (review s25 M1): the server asks itself the IDE's examples before
 * /readyz says ready, so a planner's first plain filters do not pay for a cold plan cache.
 * Readiness follows a promise the test holds, so "warming up" is observed, not raced.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { warmUp } from '../../src/http/warm-up.js';
import { useSeededApi } from '../support/api.js';

const api = useSeededApi();

const readyz = async (): Promise<{ status: number; body: unknown }> => {
  const res = await fetch(`${api().server.url}/readyz`);
  return { status: res.status, body: await res.json() };
};

describe('warm-up before ready', () => {
  it('says 503 "warming up" until the warm-up settles, then ready', async () => {
    let finish!: () => void;
    api().server.warmingUntil(new Promise<void>((resolve) => (finish = resolve)));
    expect(await readyz()).toEqual({ status: 503, body: { status: 'warming up' } });
    // The API itself answers meanwhile: only the readiness probe waits.
    expect((await api().gql('{ node(id: "uni:dlut") { name } }')).data).toEqual({
      node: { name: '大连理工大学' },
    });
    finish();
    await expect.poll(async () => (await readyz()).status).toBe(200);
  });

  it('asks each question once, in turn, and counts what failed', async () => {
    // Small questions: all the examples take minutes on a loaded machine (the budget's business;
    // the examples' answers are asserted by test/questions and examples.test.ts).
    const questions = [
      { query: '{ node(id: "uni:dlut") { name } }' },
      { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 'uni:neu' } },
      { query: '{ node(id: "uni:dlut") { nope } }' },
    ];
    const warm = warmUp(api().server.url, undefined, 600_000, questions);
    api().server.warmingUntil(warm.done);
    const result = await warm.done;
    expect(result).toMatchObject({ asked: 3, failed: 1 });
    await expect.poll(async () => (await readyz()).status).toBe(200);
  }, 600_000);

  it('stops at once when told (a SIGTERM during the warm-up)', async () => {
    const warm = warmUp(api().server.url);
    warm.stop();
    const result = await warm.done;
    expect(result.asked).toBeLessThan(EXAMPLES.length);
  });

  it('stops at its budget', async () => {
    const result = await warmUp(api().server.url, undefined, 1).done;
    expect(result.asked).toBeLessThan(EXAMPLES.length);
  });
});
