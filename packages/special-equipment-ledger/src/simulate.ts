// The scenario: one population, the baseline and the reform year on it, and the same pair again
// with each driving assumption at its plausible low and high end (sensitivity). The population is
// drawn once (per shard: src/shard.ts): none of the varied assumptions changes who the units are or
// which hazards arise.
import { describeValue, integerAt, toEpochDay, ValidationError } from '@gd-ftz/core';
import { SELF_CHECK_INTERVAL_DAYS } from './law';
import { PARAMS, type SpecialEquipmentLedgerParams } from './params';
import { generatePopulation, type Population, type PopulationOptions } from './population';
import { heapScheduler, type Scheduler, scanScheduler } from './schedulers';
import { type Scratch, withScratch } from './scratch';
import { runYear, type UnitHappening, type YearConfig, type YearStats } from './year';

const ends = <
  K extends
    | 'lateRequest'
    | 'reminderEffect'
    | 'selfCheckDetect'
    | 'accidentRate'
    | 'lateRegistration'
    | 'visitHours',
>(
  k: K,
) => [PARAMS[k].plausible.low, PARAMS[k].plausible.high] as const;

/** The assumptions whose range is reported with the KPIs: each schema's plausible range, and the fine's statutory range. */
export const SENSITIVITY = {
  lateRequest: ends('lateRequest'),
  reminderEffect: ends('reminderEffect'),
  selfCheckDetect: ends('selfCheckDetect'),
  accidentRate: ends('accidentRate'),
  lateRegistration: ends('lateRegistration'),
  visitHours: ends('visitHours'),
  fineLevel: ['minimum', 'maximum'],
} as const;
/** A varied assumption. */
export type SensitivityName = keyof typeof SENSITIVITY;

/**
 * The varied assumptions the year reads (`configsOf`): each end is a year of its own. The others
 * (`visitHours`, `fineLevel`) only price the scenario's counts, so their ends reuse its year.
 */
export const YEAR_DRIVERS = [
  'lateRequest',
  'reminderEffect',
  'selfCheckDetect',
  'accidentRate',
  'lateRegistration',
] as const satisfies readonly SensitivityName[];

/** Baseline and reform of one set of parameters. */
export interface Pair {
  readonly params: SpecialEquipmentLedgerParams;
  readonly baseline: YearStats;
  readonly reform: YearStats;
}

/** A scenario's totals: the default pair and each assumption's low and high pair, over all units. */
export interface ScenarioResult {
  readonly units: number;
  readonly hazards: number;
  readonly year: number;
  readonly main: Pair;
  readonly sensitivity: { readonly [K in SensitivityName]: { readonly low: Pair; readonly high: Pair } };
}

/** What a sampled unit did in each variant. */
export type Story = { baseline: UnitHappening[]; reform: UnitHappening[] };

/** The two variants' behaviour from the parameters. */
export function configsOf(p: SpecialEquipmentLedgerParams): { baseline: YearConfig; reform: YearConfig } {
  const common = {
    lateRequest: p.lateRequest,
    lateMeanDays: p.lateMeanDays,
    reminderEffect: p.reminderEffect,
    orderDays: p.orderDays,
    lateRegistration: p.lateRegistration,
    inspectionDetect: p.inspectionDetect,
    supervisionShare: p.supervisionShare,
    supervisionDetect: p.supervisionDetect,
    weeklyFrom: toEpochDay(p.order74From),
    // The dated parameter's monthly (条例 第二十七条) and weekly (令第74号) values.
    monthlyDays: integerAt(SELF_CHECK_INTERVAL_DAYS, '2020-01-01'),
    weeklyDays: integerAt(SELF_CHECK_INTERVAL_DAYS, '2024-01-01'),
    accidentRate: p.accidentRate,
  };
  return {
    baseline: { ...common, reform: false, selfCheckDetect: p.baselineSelfCheckDetect },
    reform: { ...common, reform: true, selfCheckDetect: p.selfCheckDetect },
  };
}

/** What of the parameters the population depends on. */
export const populationOptions = (p: SpecialEquipmentLedgerParams): PopulationOptions => ({
  year: p.year,
  newUnitShare: p.newUnitShare,
  hazardRate: p.hazardRate,
  seriousShare: p.seriousShare,
});

/**
 * The seeded population of a scenario (unit i from the sub-stream `units/i` of the seed): every
 * unit and every hazard of the year with the draws both variants share. For province-sized runs and
 * benches; `measure` calls it for you (one block per shard).
 * @example
 * const pop = populationOf({ ...defaultParams(PARAMS), units: 1_500_000 }, 42);
 */
export function populationOf(p: SpecialEquipmentLedgerParams, seed: number): Population {
  objectArg(p, 'params');
  seedArg(seed);
  return generatePopulation(populationOptions(p), seed, { start: 0, end: p.units });
}

/** Which scheduler runs the year: the event heap (default) or the day scan (bench baseline, tests). */
type SchedulerKind = 'heap' | 'scan';

function schedulerFor(kind: SchedulerKind, pop: Population, scratch: Scratch): Scheduler {
  // At most a registration, a request and a visit per unit and a self-check finding per hazard.
  return kind === 'heap'
    ? heapScheduler(scratch, 3 * pop.units + pop.hazards)
    : scanScheduler(pop.units, pop.hazards, pop.yearStart, pop.yearEnd, scratch);
}

/** One variant's year on `pop`, with the population's scratch memory. */
function yearOn(
  pop: Population,
  c: YearConfig,
  kind: SchedulerKind,
  sampled?: Uint8Array,
  onHappening?: (u: number, h: UnitHappening) => void,
): YearStats {
  return withScratch(pop, (scratch) =>
    runYear(pop, c, schedulerFor(kind, pop, scratch), sampled, onHappening, scratch),
  );
}

/** `runPair` that also collects the stories of the units flagged in `sampled`. */
export function runTraced(
  pop: Population,
  params: SpecialEquipmentLedgerParams,
  scheduler: SchedulerKind = 'heap',
  sampled?: Uint8Array,
  stories?: Map<number, Story>,
): Pair {
  const c = configsOf(params);
  const hook = (variant: 'baseline' | 'reform') => (u: number, h: UnitHappening) => {
    let story = stories?.get(u);
    if (!story && stories) {
      story = { baseline: [], reform: [] };
      stories.set(u, story);
    }
    story?.[variant].push(h);
  };
  return {
    params,
    baseline: yearOn(pop, c.baseline, scheduler, sampled, hook('baseline')),
    reform: yearOn(pop, c.reform, scheduler, sampled, hook('reform')),
  };
}

/**
 * Runs baseline and reform of `params` on `pop`, on the event heap (default) or the day-stepped
 * scan (the same year, for comparison); returns each variant's counts.
 * @example
 * const pair = runPair(pop, params); pair.reform.overdueUnitDays;
 */
export function runPair(
  pop: Population,
  params: SpecialEquipmentLedgerParams,
  scheduler: 'heap' | 'scan' = 'heap',
): Pair {
  objectArg(pop, 'pop');
  objectArg(params, 'params');
  if (scheduler !== 'heap' && scheduler !== 'scan') {
    throw ValidationError.of(
      'scheduler',
      `must be 'heap' or 'scan', got ${describeValue(scheduler)}`,
      `必须是 'heap' 或 'scan'，实际为 ${describeValue(scheduler)}`,
    );
  }
  return runTraced(pop, params, scheduler);
}

/** The units whose stories the report's samples are chosen from (the first ones, by number). */
export const SAMPLE_UNITS = 400;

/** Checks a public entry's object argument once (issue #32): a ValidationError naming it. */
function objectArg<T>(value: T, path: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw ValidationError.of(
      path,
      `must be an object, got ${describeValue(value)}`,
      `必须是对象，实际为 ${describeValue(value)}`,
    );
  }
  return value;
}

/** Checks a seed once at the public entry: a safe integer, else a ValidationError naming it. */
function seedArg(seed: number, path = 'seed'): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw ValidationError.of(
      path,
      `must be a safe integer, got ${describeValue(seed)}`,
      `必须是安全整数，实际为 ${describeValue(seed)}`,
    );
  }
  return seed;
}
