/** Seeded randomness, for output that must be the same on every run (stand-in photos, benchmark corpus). */

/** A pseudo-random number generator: a function returning floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG, identical on every platform; unlike `Math.random()`
 * it can be replayed from a seed.
 *
 * @example
 * const random = mulberry32(1);
 * random() // => 0.6270739405881613 (always, for seed 1)
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
