/**
 * How property tests run: `PROPERTY_RUNS` cases (40 unless said), from a fixed seed so that
 * `npm test` and CI give the same result every time; `PROPERTY_SEED=<n>` starts elsewhere and
 * `PROPERTY_SEED=random` from a new seed each run, to look for counterexamples (fast-check prints
 * the seed and the case it found: keep the case in the test's list of found ones).
 */
export function propertyRuns(): { numRuns: number; seed?: number } {
  const numRuns = Number(process.env.PROPERTY_RUNS ?? 40);
  const seed = process.env.PROPERTY_SEED;
  if (seed === 'random') return { numRuns };
  return { numRuns, seed: Number(seed ?? 20261207) };
}
