// A province year (200,000 disputes, an assumption) against a tenth of it, in the same run: the
// ratio shows how the cost scales. Imported by name: vitest bench resolves it to the built dist/
// (`pnpm --filter @gd-ftz/reconsideration-mediation build` first). Ratios, never timed assertions.
import { measure } from '@gd-ftz/reconsideration-mediation';
import { bench, describe } from 'vitest';

const options = { iterations: 3, warmupIterations: 1, time: 0 };

describe('reconsideration-mediation: 20,000 disputes (baseline) vs a province year of 200,000', () => {
  bench(
    '20,000 disputes, 100 officers',
    () => {
      measure.simulate({ disputes: 20_000, officers: 100 }, { seed: 42 });
    },
    options,
  );
  bench(
    '200,000 disputes, 1,000 officers',
    () => {
      measure.simulate({ disputes: 200_000, officers: 1_000 }, { seed: 42 });
    },
    options,
  );
});
