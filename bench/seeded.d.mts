// Types of bench/seeded.mjs, for the TypeScript tests that import it.

/** A seeded generator (mulberry32): numbers in [0, 1) from `seed`. */
export function seeded(seed: number): () => number;
