// A hall-year (≈ 120,000 visits, months = 12, the schema's limit) through the whole report — both variants plus the
// sensitivity re-runs of the assumption-driven KPIs — against a baseline measured in the same run:
// the same number of arrivals through one bare M/M/c resource of core's kernel (no hall, no
// calendar). Live heap after each, to see whether memory grows with the horizon (1 month vs 12).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { measure } from '@gd-ftz/smart-tax-hall';
import { afterAll, bench, describe } from 'vitest';

const VISITS = 120_000;
const once = { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 };
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};
const heap: Record<string, number> = {};

/** `n` Poisson arrivals (λ = 50/h) through 3 FIFO windows with exponential service (μ = 20/h). */
function bareMmc(n: number, seed: number): number {
  const sim = createSimulation();
  const windows = createResource(sim, { capacity: 3, name: 'windows' });
  const rng = RandomStream.fromSeed(seed);
  let t = 0;
  let served = 0;
  for (let i = 0; i < n; i++) {
    t += rng.exponential(50 / 60);
    const s = rng.exponential(20 / 60);
    sim.scheduleAt(t, () => windows.serve(s, () => served++));
  }
  sim.run();
  return served;
}

describe('a hall-year', () => {
  bench(
    'baseline: 120,000 arrivals through one bare M/M/3 resource',
    () => {
      bareMmc(VISITS, 1);
    },
    once,
  );

  bench(
    'smart-tax-hall report, months = 12 (≈ 120,000 visits, both variants + sensitivity)',
    () => {
      measure.simulate({ months: 12 }, { seed: 42 });
      heap.year = liveMb();
    },
    once,
  );

  bench(
    'smart-tax-hall report, months = 1 (the default)',
    () => {
      measure.simulate({ months: 1 }, { seed: 42 });
      heap.month = liveMb();
    },
    once,
  );
});

afterAll(() => {
  console.log(`live heap after: 1 month ${heap.month?.toFixed(0)} MB, 12 months ${heap.year?.toFixed(0)} MB`);
});
