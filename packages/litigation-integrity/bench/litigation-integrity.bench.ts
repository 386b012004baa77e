// The province year of measure 18 (1,000,000 civil first-instance cases, an assumption of the
// caseload's size), imported by name from the built dist/ (run `pnpm --filter
// @gd-ftz/litigation-integrity build` first). The same-run baseline is the baseline scenario on the
// same cases: the reform switched off (no deterrence, detection at the old sanction rate, uniform
// enforcement), so the ratio shows what the reform's rules cost on top. Ratios, never timed
// assertions.
import { parseParams } from '@gd-ftz/core';
import { measure, simulateCaseload } from '@gd-ftz/litigation-integrity';
import { bench, describe } from 'vitest';

const cases = Number(process.env.LI_BENCH_CASES ?? 1_000_000);
const options = { iterations: 1, warmupIterations: 0, time: 0 };
// parseParams validates the default scenario; the case count is then set past the browser cap.
const defaults = parseParams(measure.params, {});
const reform = { ...defaults, cases };
const baselineOnly = {
  ...reform,
  deterrence: 0,
  detectionRate: defaults.sanctionRate,
  flexibleLostDays: defaults.uniformLostDays,
};

describe(`litigation-integrity province year (${cases} cases)`, () => {
  bench(
    'baseline scenario (reform rules off)',
    () => {
      simulateCaseload(baselineOnly, 42);
    },
    options,
  );
  bench(
    'reform scenario (default)',
    () => {
      simulateCaseload(reform, 42);
    },
    options,
  );
});
