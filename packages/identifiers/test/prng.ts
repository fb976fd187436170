/** A tiny seeded PRNG (mulberry32) for property-style tests: reproducible, no dependency. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random integer in [0, n). */
export function int(rnd: () => number, n: number): number {
  return Math.floor(rnd() * n);
}

/** Random string of `len` characters from `alphabet`. */
export function str(rnd: () => number, alphabet: string, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[int(rnd, alphabet.length)];
  return s;
}
