import fc from 'fast-check';

/**
 * Every property test in the repo runs with one seed taken from FC_SEED. In CI a missing seed is
 * a failure: a red run must be replayable. Locally a seed is drawn and printed, so any failure can
 * be replayed with `FC_SEED=<seed> pnpm test`; fast-check itself prints the seed and the
 * counterexample path of a failing property.
 */
const raw = process.env.FC_SEED;
let seed: number;
if (raw === undefined || raw === '') {
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error('FC_SEED is not set: CI must fix the fast-check seed (export FC_SEED=<integer>).');
  }
  // Test tooling only: the local seed is random on purpose and printed for replay. allow-float
  seed = Math.floor(Math.random() * 0x7fffffff);
} else {
  seed = Number.parseInt(raw, 10);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${raw}"`);
}
const numRuns = process.env.FC_NUM_RUNS ? Number.parseInt(process.env.FC_NUM_RUNS, 10) : 100;
fc.configureGlobal({ seed, numRuns });
const g = globalThis as { __fcSeedPrinted?: boolean };
if (!g.__fcSeedPrinted) {
  g.__fcSeedPrinted = true;
  process.stdout.write(`fast-check seed: ${seed} (replay with FC_SEED=${seed})\n`);
}
