/**
 * A small seeded PRNG for the robustness tests (mulberry32): the same seed gives the same cases on
 * every machine, so a failure printed with its seed can be replayed exactly.
 */

/** A seeded random source with the few helpers the mutators need. */
export class Rand {
  private a: number;

  constructor(readonly seed: number) {
    this.a = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
}

/**
 * The seed of case `n` of a run: each case gets its own stream, so replaying one case
 * (SUPERVISE_FUZZ_CASE) does not need the cases before it.
 */
export function caseSeed(runSeed: number, n: number): number {
  // Mix the run seed fully before adding the case number, so (seed, n) pairs never collide cheaply.
  let h = mix(runSeed | 0);
  h = (h + Math.imul(n + 1, 0x9e3779b1)) | 0;
  return mix(h);
}

/** A 32-bit finalizer (murmur3's fmix32). */
function mix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
