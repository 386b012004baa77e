// The cost of measure 4's report, imported by name (vitest bench resolves it to the built dist/:
// run `pnpm --filter @gd-ftz/new-economy-tax-service build` first). Same-run baseline: the default
// 1,000 firms; then 10,000 firms (the cap), and the event log on top. Ratios, never timed assertions.
import { createEventLog } from '@gd-ftz/core';
import { measure } from '@gd-ftz/new-economy-tax-service';
import { bench, describe } from 'vitest';

const options = { time: 3000, iterations: 2, warmupIterations: 1 };

describe('new-economy-tax-service report: 1,000 firms (baseline) vs 10,000, and the event log', () => {
  bench(
    '1,000 firms, log off',
    () => {
      measure.simulate({ firms: 1000 }, { seed: 42 });
    },
    options,
  );
  bench(
    '10,000 firms, log off',
    () => {
      measure.simulate({ firms: 10_000 }, { seed: 42 });
    },
    options,
  );
  bench(
    '1,000 firms, log on (all cases kept)',
    () => {
      measure.simulate({ firms: 1000 }, { seed: 42, eventLog: createEventLog() });
    },
    options,
  );
});
