/**
 * Admission across requests. The request budget (budget.ts) bounds what one request may cost;
 * this bounds what all the requests running at once may cost together, so that ten admitted
 * `overview(limit: 2000)` do not slow everyone else's search down.
 *
 * - A request whose budget cost is below `cheapCost` (a search, an entity's details) never
 *   waits behind heavy requests: that is the reserved lane. It waits only when `running`
 *   requests of any cost are being answered already (a flood), in order, for at most `waitMs`.
 * - A heavier request draws its cost from a shared pool of `cost` units (a request costlier
 *   than the whole pool draws the whole pool: it runs alone) and gives it back when its
 *   response is sent. One that does not fit waits, first come first served, in a queue of at
 *   most `queue` requests for at most `waitMs`; then, or when the queue is full, it is refused
 *   with 503 SERVER_BUSY and Retry-After.
 *
 * The queue holds requests that are in flight as far as HTTP is concerned, so a drain
 * (SIGTERM) answers each of them: admitted when the running ones finish, or refused cleanly
 * when its wait ends (keep `waitMs` below INNOGRAPH_SHUTDOWN_GRACE_MS).
 */
import { serverBusy } from './errors.js';

export interface AdmissionLimits {
  /** Summed budget cost of the heavy requests running at once; 0 turns admission off. */
  readonly cost: number;
  /** Requests that cost less than this are always admitted (the reserved lane). */
  readonly cheapCost: number;
  /** Heavy requests that may wait for room; more are refused at once. */
  readonly queue: number;
  /** How long a request waits for room before it is refused. */
  readonly waitMs: number;
  /**
   * Requests of any cost answered at once; 0 or absent: no bound. Kept below the Bolt pool
   * (INNOGRAPH_DB_POOL_SIZE) so that a flood of cheap requests waits here, in order, and is
   * refused with SERVER_BUSY past `runningQueue`, instead of taking every pooled connection
   * and failing in the driver as if the database were down (review s25 M4).
   */
  readonly running?: number;
  /** Requests that may wait for a running slot (cheap ones; heavy ones use `queue`). */
  readonly runningQueue?: number;
}

/**
 * One request at the budget's maximum (10,000) at a time, or one overview(limit: 2000) (6,001)
 * with a few neighbourhoods of 200 (about 2,400 each); searches and details (under 200) and a
 * depth-1 neighbourhood (about 500) are cheap. Sized for the project's 2-core machines: with
 * 20,000 (three overviews at once) the explorer's searches were 2× slower than on a quiet
 * server while ten clients loaded overviews, with 10,000 1.4× (docs/benchmarks.md). Raise it
 * with the cores. A request waits up to 5 s: on a loaded machine one overview can take a
 * second or two, and the explorer's first view is one; the drain's grace covers the wait
 * (config/env.ts). 32 requests at once keep two cores busy; a request may hold several pooled
 * connections (one per resolver running in parallel), so the bound sits well below the pool of 100.
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  cost: 10_000,
  cheapCost: 1_000,
  queue: 32,
  waitMs: 5_000,
  running: 32,
  runningQueue: 256,
};

/** Gives the request's share back; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  /** Cost units drawn from the pool (0 for a cheap request). */
  readonly draw: number;
  readonly admit: (release: Release) => void;
  readonly refuse: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

const nothing: Release = () => undefined;

const busy = (why: string): Error =>
  serverBusy(`${why}; try again shortly, or ask for less (a smaller limit or first, fewer nested lists)`);

export class Admission {
  private used = 0;
  private running = 0;
  /** Heavy requests waiting for cost (and a running slot), first come first served. */
  private readonly waiting: Waiter[] = [];
  /** Cheap requests waiting for a running slot only. */
  private readonly cheapWaiting: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits = DEFAULT_ADMISSION) {}

  /** Cost units drawn by the requests running now, and heavy requests waiting (for tests and logs). */
  get state(): { readonly used: number; readonly waiting: number } {
    return { used: this.used, waiting: this.waiting.length };
  }

  /** Requests running now (when `running` bounds them) and requests of any cost waiting. */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.running, waiting: this.waiting.length + this.cheapWaiting.length };
  }

  private get bounded(): boolean {
    return (this.limits.running ?? 0) > 0;
  }

  private slotFree(): boolean {
    return !this.bounded || this.running < (this.limits.running ?? 0);
  }

  /** Resolves with the request's release once it may run; rejects with SERVER_BUSY. */
  admit(cost: number): Promise<Release> {
    const { limits } = this;
    const heavy = limits.cost > 0 && cost >= limits.cheapCost;
    if (!heavy) {
      if (!this.bounded) return Promise.resolve(nothing);
      if (this.cheapWaiting.length === 0 && this.slotFree()) return Promise.resolve(this.take(0));
      if (this.cheapWaiting.length >= (limits.runningQueue ?? 0))
        return Promise.reject(
          busy(
            `the server is answering ${this.running} requests at once and ${this.cheapWaiting.length} more are waiting`,
          ),
        );
      return this.wait(
        this.cheapWaiting,
        0,
        `the server stayed busy with ${this.running} requests for ${limits.waitMs} ms`,
      );
    }
    const draw = Math.min(cost, limits.cost);
    if (this.waiting.length === 0 && this.used + draw <= limits.cost && this.slotFree())
      return Promise.resolve(this.take(draw));
    if (this.waiting.length >= limits.queue)
      return Promise.reject(
        busy(`the server is busy with other expensive requests (${this.waiting.length} waiting)`),
      );
    return this.wait(
      this.waiting,
      draw,
      `the server stayed busy with other expensive requests for ${limits.waitMs} ms`,
    );
  }

  private wait(queue: Waiter[], draw: number, why: string): Promise<Release> {
    return new Promise<Release>((admit, refuse) => {
      const waiter: Waiter = { draw, admit, refuse };
      waiter.timer = setTimeout(() => {
        this.remove(queue, waiter);
        refuse(busy(why));
      }, this.limits.waitMs);
      queue.push(waiter);
    });
  }

  private take(draw: number): Release {
    this.used += draw;
    if (this.bounded) this.running += 1;
    const counted = this.bounded;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= draw;
      if (counted) this.running -= 1;
      this.pump();
    };
  }

  /**
   * Admits waiting requests in order: cheap ones first (the reserved lane) while a slot is
   * free, then heavy ones while the first of them fits.
   */
  private pump(): void {
    for (let head = this.cheapWaiting[0]; head && this.slotFree(); head = this.cheapWaiting[0]) {
      this.cheapWaiting.shift();
      clearTimeout(head.timer);
      head.admit(this.take(0));
    }
    for (
      let head = this.waiting[0];
      head && this.used + head.draw <= this.limits.cost && this.slotFree();
      head = this.waiting[0]
    ) {
      this.waiting.shift();
      clearTimeout(head.timer);
      head.admit(this.take(head.draw));
    }
  }

  private remove(queue: Waiter[], waiter: Waiter): void {
    const i = queue.indexOf(waiter);
    if (i >= 0) queue.splice(i, 1);
    // The one that gave up may have been holding back smaller ones behind it.
    if (i === 0) this.pump();
  }
}
