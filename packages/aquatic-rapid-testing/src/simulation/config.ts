// The operating parameters of one simulated year: labs, test points, travel, and the behaviour
// of sampled parties. Every value here is a modelling assumption (the published texts give none).
import { ValidationError } from '@gd-ftz/core';
import type { AnalyteId } from '../analytes';
import { DEFAULT_RAPID_TESTS, type RapidTestSpec, validateRapidTests } from '../rapid-test';

/** Operating parameters of the simulation. */
export interface SimConfig {
  /** Road speed for straight-line distances, km/h. */
  readonly speedKmh: number;
  /** Parallel analyses of the central (confirmatory) laboratory. */
  readonly labCapacity: number;
  /** Laboratory analysis time per sample, minutes (triangular min, mode, max). */
  readonly labMinutes: readonly [number, number, number];
  /** Working days from the analysis day to the signed report (issued 17:00). */
  readonly labReportWorkingDays: number;
  /** Technicians on duty per test point and shift (7×24). */
  readonly testPointCapacity: number;
  /** Sample preparation before the strips, minutes. */
  readonly prepMinutes: number;
  readonly rapidTests: Readonly<Record<AnalyteId, RapidTestSpec>>;
  /** P(a party with a rapid positive from 监督抽查 objects within the 4 hours). */
  readonly objectionProbability: number;
  /** Next lots of a farm sampled after a failed result. */
  readonly followUpLots: number;
  /** Keep every service interval (for property tests). */
  readonly recordServices: boolean;
}

/**
 * Default operation (assumptions): LC-MS/MS 60–180 min a sample with 6 parallel analyses and a
 * signed report 2 working days after analysis (turnaround of days to a week [S]); 2 technicians per
 * test point and shift; 10 min preparation; half of the parties object to a rapid positive; 2
 * follow-up lots after a failure; 40 km/h.
 * @example
 * DEFAULT_SIM_CONFIG.labReportWorkingDays; // 2
 */
export const DEFAULT_SIM_CONFIG: SimConfig = Object.freeze({
  speedKmh: 40,
  labCapacity: 6,
  labMinutes: [60, 90, 180] as const,
  labReportWorkingDays: 2,
  testPointCapacity: 2,
  prepMinutes: 10,
  rapidTests: DEFAULT_RAPID_TESTS,
  objectionProbability: 0.5,
  followUpLots: 2,
  recordServices: false,
});

function positiveInt(v: unknown, path: string, min: number): void {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw ValidationError.of(path, `must be an integer ≥ ${min}`, `必须是不小于 ${min} 的整数`);
  }
}

/**
 * Validates a configuration, throwing a ValidationError naming the field (a negative capacity is
 * `labCapacity` or `testPointCapacity`; a probability outside [0, 1] names itself).
 * @example
 * validateSimConfig({ ...DEFAULT_SIM_CONFIG, testPointCapacity: -1 }); // throws, path 'testPointCapacity'
 */
export function validateSimConfig(config: unknown): SimConfig {
  if (typeof config !== 'object' || config === null)
    throw ValidationError.of('config', 'must be an object', '必须是对象');
  const c = config as SimConfig;
  if (typeof c.speedKmh !== 'number' || !Number.isFinite(c.speedKmh) || c.speedKmh <= 0) {
    throw ValidationError.of('speedKmh', 'must be a positive number', '必须是正数');
  }
  positiveInt(c.labCapacity, 'labCapacity', 1);
  if (!Array.isArray(c.labMinutes) || c.labMinutes.length !== 3)
    throw ValidationError.of('labMinutes', 'must be [min, mode, max]', '必须是 [最小, 众数, 最大]');
  const [lo, mode, hi] = c.labMinutes;
  if (!(Number.isFinite(lo) && lo >= 0 && mode >= lo && hi >= mode && Number.isFinite(hi))) {
    throw ValidationError.of(
      'labMinutes',
      'must satisfy 0 ≤ min ≤ mode ≤ max',
      '必须满足 0 ≤ 最小 ≤ 众数 ≤ 最大',
    );
  }
  positiveInt(c.labReportWorkingDays, 'labReportWorkingDays', 0);
  positiveInt(c.testPointCapacity, 'testPointCapacity', 1);
  if (typeof c.prepMinutes !== 'number' || !Number.isFinite(c.prepMinutes) || c.prepMinutes < 0) {
    throw ValidationError.of('prepMinutes', 'must be a number ≥ 0', '必须是不小于 0 的数');
  }
  validateRapidTests(c.rapidTests, 'rapidTests');
  if (
    typeof c.objectionProbability !== 'number' ||
    !(c.objectionProbability >= 0 && c.objectionProbability <= 1)
  ) {
    throw ValidationError.of(
      'objectionProbability',
      'must be a probability in [0, 1]',
      '必须是 [0, 1] 内的概率',
    );
  }
  positiveInt(c.followUpLots, 'followUpLots', 0);
  if (typeof c.recordServices !== 'boolean')
    throw ValidationError.of('recordServices', 'must be true or false', '必须是 true 或 false');
  return c;
}
