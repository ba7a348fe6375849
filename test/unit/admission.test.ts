/** The admission pool on its own (admission.ts): who runs, who waits, who is refused. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Admission, type Release } from '../../src/graphql/admission.js';

const limits = { cost: 100, cheapCost: 10, queue: 2, waitMs: 1000 };

/** Whether a promise has settled by now (after pending microtasks). */
async function settled<T>(p: Promise<T>): Promise<boolean> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('admission across requests', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('admits cheap requests whatever the heavy ones hold (the reserved lane)', async () => {
    const a = new Admission(limits);
    await a.admit(100);
    for (let i = 0; i < 50; i += 1) await expect(a.admit(9)).resolves.toBeTypeOf('function');
    expect(a.state).toEqual({ used: 100, waiting: 0 });
  });

  it('queues a heavy request that does not fit, first come first served, and refuses past the queue', async () => {
    const a = new Admission(limits);
    const r1 = await a.admit(60);
    const second = a.admit(60);
    const third = a.admit(30); // would fit, but waits behind the second: no overtaking
    expect(await settled(second)).toBe(false);
    expect(await settled(third)).toBe(false);
    expect(a.state).toEqual({ used: 60, waiting: 2 });
    await expect(a.admit(20)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY', retryAfter: 1 } });
    r1();
    const r2 = await second;
    const r3 = await third;
    expect(a.state).toEqual({ used: 90, waiting: 0 });
    r2();
    r2(); // a second release gives nothing back twice
    expect(a.state.used).toBe(30);
    r3();
    expect(a.state.used).toBe(0);
  });

  it('refuses a waiting request when its wait ends, and lets the ones behind it move up', async () => {
    vi.useFakeTimers();
    const a = new Admission({ ...limits, waitMs: 50 });
    const r1 = await a.admit(90);
    const big = expect(a.admit(100)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    await vi.advanceTimersByTimeAsync(25);
    const small = a.admit(10);
    await vi.advanceTimersByTimeAsync(25);
    await big;
    // The small one was behind the big one; with the big one gone it fits next to r1.
    const r2: Release = await small;
    expect(a.state).toEqual({ used: 100, waiting: 0 });
    r1();
    r2();
  });

  it('runs a request costlier than the whole pool alone', async () => {
    const a = new Admission(limits);
    const huge = await a.admit(5000);
    expect(a.state.used).toBe(100);
    const next = a.admit(50);
    expect(await settled(next)).toBe(false);
    huge();
    (await next)();
    expect(a.state.used).toBe(0);
  });

  it('admits everything when the pool is 0 (admission off)', async () => {
    const a = new Admission({ ...limits, cost: 0 });
    for (let i = 0; i < 10; i += 1) await a.admit(10_000);
    expect(a.state).toEqual({ used: 0, waiting: 0 });
  });

  it('bounds the requests of any cost answered at once: a flood of cheap ones waits in order, then SERVER_BUSY', async () => {
    vi.useFakeTimers();
    const a = new Admission({ ...limits, running: 2, runningQueue: 1, waitMs: 50 });
    const r1 = await a.admit(1);
    const r2 = await a.admit(1);
    expect(a.load).toEqual({ running: 2, waiting: 0 });
    const third = a.admit(1);
    expect(await settled(third)).toBe(false);
    // The queue of one is full: the next is refused at once, naming the load.
    await expect(a.admit(1)).rejects.toMatchObject({
      message: expect.stringContaining('2 requests at once') as unknown,
      extensions: { code: 'SERVER_BUSY', retryAfter: 1 },
    });
    r1();
    const r3 = await third;
    expect(a.load).toEqual({ running: 2, waiting: 0 });
    // One that waits past waitMs is refused too.
    const late = expect(a.admit(1)).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    await vi.advanceTimersByTimeAsync(60);
    await late;
    r2();
    r3();
    expect(a.load).toEqual({ running: 0, waiting: 0 });
  });

  it('lets a waiting cheap request take a freed slot before a waiting heavy one', async () => {
    const a = new Admission({ ...limits, running: 1, runningQueue: 4 });
    const r1 = await a.admit(50);
    const heavy = a.admit(50);
    const cheap = a.admit(1);
    expect(await settled(heavy)).toBe(false);
    expect(await settled(cheap)).toBe(false);
    r1();
    const rc = await cheap;
    expect(await settled(heavy)).toBe(false);
    rc();
    (await heavy)();
    expect(a.load).toEqual({ running: 0, waiting: 0 });
    expect(a.state).toEqual({ used: 0, waiting: 0 });
  });
});
