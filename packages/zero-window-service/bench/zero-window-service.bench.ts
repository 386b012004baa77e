// The cost of measure 3, imported by name (vitest bench resolves it to the built dist/: run
// `pnpm --filter @gd-ftz/zero-window-service build` first). The same-run baseline is the floor of
// any queueing engine: the same number of arrivals (both variants of the 9 runs the default report
// makes: 2 × 9 × 30,000) through one bare core M/M/c resource, no routing, no statistics.
// Ratios, never timed assertions.
import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { measure } from '@gd-ftz/zero-window-service';
import { bench, describe } from 'vitest';

const options = { time: 4000, warmupIterations: 1 };
const ARRIVALS = 2 * 9 * 30_000;

function bareMmc(): number {
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: 3, keepWaits: false });
  const rng = RandomStream.fromSeed(42);
  let left = ARRIVALS;
  let done = 0;
  const onDone = () => {
    done++;
  };
  // One arrival pending at a time, as the engine schedules them (a queue of every arrival up front
  // would make the floor itself ~10× slower).
  const arrive = () => {
    desk.serve(rng.exponential(1 / 10), onDone);
    if (--left > 0) sim.schedule(rng.exponential(1 / 4), arrive);
  };
  sim.schedule(0, arrive);
  sim.run();
  return done;
}

describe('zero-window-service default report vs the same arrivals through one bare M/M/c', () => {
  bench(
    'bare M/M/c (same-run baseline)',
    () => {
      bareMmc();
    },
    options,
  );
  bench(
    'measure.simulate default (30,000 requests, 9 runs × 2 variants)',
    () => {
      measure.simulate({}, { seed: 42 });
    },
    options,
  );
});
