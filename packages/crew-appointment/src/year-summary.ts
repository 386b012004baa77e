// One province-year without the report's sensitivity re-runs: the counts of both variants, for
// scale runs and benches (measure.simulate adds KPIs, samples and six re-runs on top).
import { parseParams } from '@gd-ftz/core';
import { type CrewAppointmentParams, PROVINCE_PARAMS } from './params';
import { simulateYear, type VariantStats } from './simulate';

/** The counts of one variant over the year. */
export interface VariantCounts {
  readonly visits: number;
  readonly nonCompliant: number;
  readonly caughtBeforeSailing: number;
  readonly uncaughtCrewDays: number;
  readonly recordGaps: number;
  readonly checks: number;
  readonly checkHits: number;
  readonly officerMinutes: number;
}

/** What {@link simulateProvinceYear} returns. */
export interface YearSummary {
  readonly appointments: number;
  readonly ships: number;
  readonly seafarers: number;
  readonly baseline: VariantCounts;
  readonly reform: VariantCounts;
}

function counts(s: VariantStats): VariantCounts {
  return {
    visits: s.visits,
    nonCompliant: s.nonCompliant,
    caughtBeforeSailing: s.caughtBeforeSailing,
    uncaughtCrewDays: s.uncaughtCrewDays,
    recordGaps: s.recordGaps,
    checks: s.checks,
    checkHits: s.checkHits,
    officerMinutes: s.officerMinutes,
  };
}

/**
 * Runs one year of crew changes on a seeded fleet, baseline and reform on the same draws, and
 * returns the counts (the per-appointment arrays are dropped). Parameters as for `measure`.
 * @throws ValidationError naming the bad parameter.
 * @example
 * simulateProvinceYear({ appointments: 500_000 }, 42).reform.caughtBeforeSailing
 */
export function simulateProvinceYear(params: Partial<CrewAppointmentParams>, seed: number): YearSummary {
  const parsed = parseParams(PROVINCE_PARAMS, params);
  const r = simulateYear(parsed, seed);
  return {
    appointments: r.world.count,
    ships: r.world.ships.length,
    seafarers: r.world.persons,
    baseline: counts(r.baseline),
    reform: counts(r.reform),
  };
}
