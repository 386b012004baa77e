// One province-year without the report's sensitivity re-runs: the tallies of both variants as
// plain numbers, streamed ship by ship in constant memory, for scale runs and benches.
import { parseParams, ValidationError } from '@gd-ftz/core';
import { PROVINCE_PARAMS, type ShipCertificateBundleParams } from './params';
import { runBatch } from './simulate';
import type { VariantTally } from './tally';

/** The counts of one variant over the year. */
export interface VariantCounts {
  readonly submissions: number;
  readonly singleSubmissionShips: number;
  readonly visits: number;
  readonly copies: number;
  readonly touches: number;
  readonly gapsAccepted: number;
  readonly terminated: number;
  readonly statutoryItems: number;
  readonly statutoryInside: number;
  /** Ships complete in both variants, by working days to the full set. */
  readonly fullSetWorkingDays: Readonly<Record<string, number>>;
}

/** What {@link simulateProvinceYear} returns. */
export interface YearSummary {
  readonly ships: number;
  readonly baseline: VariantCounts;
  readonly reform: VariantCounts;
}

function counts(t: VariantTally): VariantCounts {
  const fullSetWorkingDays: Record<string, number> = {};
  t.fullSet.forEach((n, v) => {
    if (n > 0) fullSetWorkingDays[String(v)] = n;
  });
  return {
    submissions: t.submissions,
    singleSubmissionShips: t.oneSubmission,
    visits: t.visits,
    copies: t.copies,
    touches: t.touches,
    gapsAccepted: t.gapsAccepted,
    terminated: t.terminated,
    statutoryItems: t.statutoryItems,
    statutoryInside: t.statutoryInside,
    fullSetWorkingDays,
  };
}

/**
 * Runs a province-year of ships (up to 1,000,000), baseline and reform on the same draws, and
 * returns the counts; memory stays flat (ships are tallied as they are simulated). Parameters as
 * for `measure`.
 * @throws ValidationError naming the bad parameter or `seed`.
 * @example
 * simulateProvinceYear({ ships: 20_000 }, 42).reform.singleSubmissionShips // about 17,600
 */
export function simulateProvinceYear(
  params: Partial<ShipCertificateBundleParams>,
  seed: number,
): YearSummary {
  const parsed = parseParams(PROVINCE_PARAMS, params);
  if (!Number.isSafeInteger(seed))
    throw ValidationError.of('seed', 'must be a safe integer', '必须是安全整数');
  const { tally } = runBatch(parsed, seed, { keep: 0 });
  return { ships: parsed.ships, baseline: counts(tally.baseline), reform: counts(tally.reform) };
}
