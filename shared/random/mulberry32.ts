/**
 * mulberry32: a tiny, fast 32-bit seeded PRNG in [0, 1). The same seed gives the
 * same sequence on every platform, which makes fault injection, chaos runs and
 * simulations repeatable. Not for anything secret: use crypto.getRandomValues.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
