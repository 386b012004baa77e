// A province-year of crew changes (both variants, no KPI re-runs) at 100,000 appointments — the
// same-run baseline — and at 500,000 (the assumed province-wide volume; target < 20 s on one
// core). The ratio shows whether time grows linearly. Imported by name (the built dist/).
import { simulateProvinceYear } from '@gd-ftz/crew-appointment';
import { bench, describe } from 'vitest';

const once = { iterations: 1, warmupIterations: 0, time: 0 } as const;

describe('province-year: 100,000 appointments (baseline) vs 500,000', () => {
  bench(
    '100,000 appointments',
    () => {
      simulateProvinceYear({ appointments: 100_000 }, 42);
    },
    once,
  );
  bench(
    '500,000 appointments',
    () => {
      simulateProvinceYear({ appointments: 500_000 }, 42);
    },
    once,
  );
});
