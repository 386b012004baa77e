// Simulated samples per second for a province-sized year: 20 000 farms (≈ 300 000 sale lots),
// 60 test points, and sampling shares that give a few hundred thousand samples over both variants.
// Imports the built output (house style), from dist/internal.js: the public entry plus the
// simulation internals (buildScenario, runBaseline, runReform), which are not public
// (src/internal.ts, no package.json export). Run `pnpm --filter @gd-ftz/aquatic-rapid-testing build`
// first, then `npx vitest bench --run`. Samples per second = samples of the variant (printed) × hz.
// The baseline measured in the same run is core's event kernel alone executing as many events
// as the reform year does, with empty handlers: the ratio is the cost of the model per event.

import { createSimulation, defaultParams, RandomStream } from '@gd-ftz/core';
import { bench, describe } from 'vitest';
import { buildScenario, PARAMS, runBaseline, runReform } from '../dist/internal.js';

const params = {
  ...defaultParams(PARAMS),
  farms: 20_000,
  testPoints: 60,
  monitoringShare: 0.1,
  supervisionShare: 0.3,
  urgentShare: 0.3,
};
const scenario = buildScenario(params, 2025);
const baselineRun = runBaseline(
  { population: scenario.population, lab: scenario.lab },
  scenario.config,
  RandomStream.fromSeed(1),
);
const reformRun = runReform(
  { population: scenario.population, lab: scenario.lab, testPoints: scenario.testPoints },
  scenario.config,
  RandomStream.fromSeed(1),
);
const YEAR_MINUTES = 365 * 1440;
console.log(
  `province year: ${scenario.population.lots.length} lots, ${baselineRun.samples.length} baseline samples (${baselineRun.events} events), ${reformRun.samples.length} reform samples (${reformRun.events} events)`,
);

/** The baseline: the kernel alone, the reform's event count at uniform times, empty handlers. */
function kernelOnly(events: number): number {
  const rng = RandomStream.fromSeed(3);
  const sim = createSimulation();
  const noop = () => {};
  for (let i = 0; i < events; i++) sim.scheduleAt(rng.uniform(0, YEAR_MINUTES), noop);
  sim.run({ until: YEAR_MINUTES });
  return sim.eventsExecuted;
}

const once = { iterations: 3, warmupIterations: 1, time: 0 };
describe('province-sized year', () => {
  bench(
    'kernel only, same event count (baseline of the ratio)',
    () => {
      kernelOnly(reformRun.events);
    },
    once,
  );
  bench(
    'population and plan (buildScenario)',
    () => {
      buildScenario(params, 2025);
    },
    once,
  );
  bench(
    'baseline year (central laboratory)',
    () => {
      runBaseline(
        { population: scenario.population, lab: scenario.lab },
        scenario.config,
        RandomStream.fromSeed(1),
      );
    },
    once,
  );
  bench(
    'reform year (test points, confirmations)',
    () => {
      runReform(
        { population: scenario.population, lab: scenario.lab, testPoints: scenario.testPoints },
        scenario.config,
        RandomStream.fromSeed(1),
      );
    },
    once,
  );
});
