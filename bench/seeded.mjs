// A small seeded generator (mulberry32), shared by the benchmark's documents
// (generate.mjs) and the browser tests' generated titles
// (test/helpers/generated.ts): the same seed gives the same numbers everywhere.

/** Numbers in [0, 1) from `seed`. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
