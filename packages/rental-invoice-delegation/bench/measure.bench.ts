// The cost of measure 8's default scenario (1,000 leases, 13 sensitivity re-runs on the same
// leases), imported by name (built dist/). The same-run baseline is the run without an event log;
// the second bench shows what recording every case costs on top. Ratios, never timed assertions.
import { createEventLog } from '@gd-ftz/core';
import { measure } from '@gd-ftz/rental-invoice-delegation';
import { bench, describe } from 'vitest';

const options = { time: 2000, warmupIterations: 1 };

describe('rental-invoice-delegation default scenario: event log off (baseline) vs on', () => {
  bench(
    'log off',
    () => {
      measure.simulate({}, { seed: 42 });
    },
    options,
  );
  bench(
    'log on (all cases kept)',
    () => {
      measure.simulate({}, { seed: 42, eventLog: createEventLog() });
    },
    options,
  );
  bench(
    'worst allowed scenario: 5,000 leases, log off',
    () => {
      measure.simulate({ leases: 5_000 }, { seed: 42 });
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
