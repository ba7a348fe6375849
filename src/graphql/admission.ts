/**
 * Admission across requests. The request budget (budget.ts) bounds what one request may cost;
 * this bounds what all the requests running at once may cost together, so that ten admitted
 * `overview(limit: 2000)` do not slow everyone else's search down.
 *
 * - A request whose budget cost is below `cheapCost` (a search, an entity's details) is always
 *   admitted at once: that is the reserved lane, never behind heavy requests.
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
  /** How long a heavy request waits for room before it is refused. */
  readonly waitMs: number;
}

/**
 * One request at the budget's maximum (10,000) at a time, or one overview(limit: 2000) (6,001)
 * with a few neighbourhoods of 200 (about 2,400 each); searches and details (under 200) and a
 * depth-1 neighbourhood (about 500) are cheap. Sized for the project's 2-core machines: with
 * 20,000 (three overviews at once) the explorer's searches were 2× slower than on a quiet
 * server while ten clients loaded overviews, with 10,000 1.4× (docs/benchmarks.md). Raise it
 * with the cores. A heavy request waits up to 5 s: on a loaded machine one overview can take a
 * second or two, and the explorer's first view is one; 5 s stays below the drain's grace (10 s).
 */
export const DEFAULT_ADMISSION: AdmissionLimits = {
  cost: 10_000,
  cheapCost: 1_000,
  queue: 32,
  waitMs: 5_000,
};

/** Gives the request's share back; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  readonly draw: number;
  readonly admit: (release: Release) => void;
  readonly refuse: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

const nothing: Release = () => undefined;

export class Admission {
  private used = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits = DEFAULT_ADMISSION) {}

  /** Cost units drawn by the requests running now, and heavy requests waiting (for tests and logs). */
  get state(): { readonly used: number; readonly waiting: number } {
    return { used: this.used, waiting: this.waiting.length };
  }

  /** Resolves with the request's release once it may run; rejects with SERVER_BUSY. */
  admit(cost: number): Promise<Release> {
    const { limits } = this;
    if (limits.cost <= 0 || cost < limits.cheapCost) return Promise.resolve(nothing);
    const draw = Math.min(cost, limits.cost);
    if (this.waiting.length === 0 && this.used + draw <= limits.cost) return Promise.resolve(this.take(draw));
    if (this.waiting.length >= limits.queue)
      return Promise.reject(
        serverBusy(
          `the server is busy with other expensive requests (${this.waiting.length} waiting); try again shortly, or ask for less (a smaller limit or first, fewer nested lists)`,
        ),
      );
    return new Promise<Release>((admit, refuse) => {
      const waiter: Waiter = { draw, admit, refuse };
      waiter.timer = setTimeout(() => {
        this.remove(waiter);
        refuse(
          serverBusy(
            `the server stayed busy with other expensive requests for ${limits.waitMs} ms; try again shortly, or ask for less (a smaller limit or first, fewer nested lists)`,
          ),
        );
      }, limits.waitMs);
      this.waiting.push(waiter);
    });
  }

  private take(draw: number): Release {
    this.used += draw;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= draw;
      this.pump();
    };
  }

  /** Admits waiting requests in order while the first of them fits. */
  private pump(): void {
    for (
      let head = this.waiting[0];
      head && this.used + head.draw <= this.limits.cost;
      head = this.waiting[0]
    ) {
      this.waiting.shift();
      clearTimeout(head.timer);
      head.admit(this.take(head.draw));
    }
  }

  private remove(waiter: Waiter): void {
    const i = this.waiting.indexOf(waiter);
    if (i >= 0) this.waiting.splice(i, 1);
    // The one that gave up may have been holding back smaller ones behind it.
    if (i === 0) this.pump();
  }
}
