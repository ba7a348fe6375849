/** Deterministic randomness for the synthetic generator: the same options give the same files. */

export interface Rng {
  /** Uniform in [0, 1). */
  (): number;
}

/** mulberry32: small, fast, and good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new RangeError('pick from an empty list');
  return x;
};

export const intBelow = (r: Rng, n: number): number => Math.floor(r() * n);

/**
 * Samples indices 0..n-1 with probability ∝ 1/(i+1)^s: index 0 is the biggest hub. This is
 * what gives the generated graph its skew (a few universities, regions and documents with
 * thousands of links, a long tail with one or two).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    s: number,
  ) {
    if (n < 1) throw new RangeError('Zipf over an empty range');
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      total += 1 / (i + 1) ** s;
      this.cumulative[i] = total;
    }
  }

  sample(r: Rng, below = this.n): number {
    const limit = this.cumulative[Math.min(below, this.n) - 1] ?? 0;
    const x = r() * limit;
    let lo = 0;
    let hi = Math.min(below, this.n) - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
