// The cost of measure 11's default scenario, imported by name (vitest bench resolves it to the
// built dist/: run `pnpm --filter @gd-ftz/digital-space-authorization build` first). The same-run baseline is the
// run without an event log; the second bench shows what recording every case costs on top.
// Ratios, never timed assertions.
import { createEventLog } from '@gd-ftz/core';
import { measure } from '@gd-ftz/digital-space-authorization';
import { bench, describe } from 'vitest';

const options = { time: 2000, warmupIterations: 2 };

describe('digital-space-authorization default scenario: event log off (baseline) vs on', () => {
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
});
