// The units run in shards (issue 14): a unit's inspections, hazards, self-checks, reminders and
// accidents never touch another unit's (no officer, queue or quota is shared), so a shard draws its
// block of units once (each from the seed and its number alone), runs the same event-driven year on
// it for the scenario and for every sensitivity end, and returns integer counts only. Merged, the
// counts are those of the whole population, whatever the shard count and order. Internal: nothing
// here is exported from src/index.ts.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  ValidationError,
  withMaximum,
} from '@gd-ftz/core';
import { logUnits } from './event-log';
import { EQUIPMENT_KINDS, type EquipmentKind } from './model';
import { PARAMS, type SpecialEquipmentLedgerParams } from './params';
import { generatePopulation, unitSlots } from './population';
import { firstPicks, PICK_IDS, type PickId } from './samples';
import {
  type Pair,
  populationOptions,
  runPair,
  runTraced,
  SAMPLE_UNITS,
  type ScenarioResult,
  SENSITIVITY,
  type SensitivityName,
  type Story,
  YEAR_DRIVERS,
} from './simulate';
import { emptyStats, type YearStats } from './year-stats';

/** The integer counts of one variant's year (YearStats without `hazards`, months by `MM`). */
export type YearData = Omit<YearStats, 'hazards' | 'overdueByMonth' | 'openByMonth'> & {
  readonly overdueByMonth: Readonly<Record<string, number>>;
  readonly openByMonth: Readonly<Record<string, number>>;
};

/** Both variants of one run. */
export interface RunData {
  readonly baseline: YearData;
  readonly reform: YearData;
}

/** What a shard returns. */
export interface ShardData {
  readonly units: number;
  readonly hazards: number;
  /** Per sample pick, the lowest unit number (below SAMPLE_UNITS) whose story it takes, if any. */
  readonly samples: Readonly<Record<PickId, readonly number[]>>;
  /** The scenario's run (`scenario`) and each year-driving end's (`driver=value`), keys sorted. */
  readonly runs: Readonly<Record<string, RunData>>;
}

/** The count fields of a year, in YearStats order (the month series apart). */
const COUNT_FIELDS = (Object.keys(emptyStats(0)) as (keyof YearStats)[]).filter(
  (k) => k !== 'hazards' && k !== 'overdueByMonth' && k !== 'openByMonth',
) as Exclude<keyof YearStats, 'hazards' | 'overdueByMonth' | 'openByMonth'>[];

const YEAR_ACCUMULATOR = recordAccumulator<YearData>({
  ...(Object.fromEntries(COUNT_FIELDS.map((k) => [k, countAccumulator])) as {
    [K in (typeof COUNT_FIELDS)[number]]: Accumulator<number>;
  }),
  overdueByMonth: keyedAccumulator(countAccumulator),
  openByMonth: keyedAccumulator(countAccumulator),
});

/**
 * The `k` least unit numbers of a set (ascending): merged as the `k` least of the union, which is
 * associative and commutative, so the first units of the whole population come out of any split.
 */
function firstIndices(k: number): Accumulator<readonly number[]> {
  const check = (value: unknown, path: string): readonly number[] => {
    const ok =
      Array.isArray(value) &&
      value.length <= k &&
      value.every((x, i) => Number.isSafeInteger(x) && x >= 0 && (i === 0 || (value[i - 1] as number) < x));
    if (!ok)
      throw ValidationError.of(
        path,
        `must be at most ${k} ascending unit numbers`,
        `必须是至多 ${k} 个递增的设备序号`,
      );
    return value as readonly number[];
  };
  return Object.freeze({
    empty: (): readonly number[] => [],
    merge(a: readonly number[], b: readonly number[]): readonly number[] {
      check(a, 'a');
      check(b, 'b');
      return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, k);
    },
    check,
  });
}

/** How shards merge: every count exactly (core's accumulators), the samples as least numbers. */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  units: countAccumulator,
  hazards: countAccumulator,
  samples: recordAccumulator<Record<PickId, readonly number[]>>(
    Object.fromEntries(PICK_IDS.map((id) => [id, firstIndices(1)])) as Record<
      PickId,
      Accumulator<readonly number[]>
    >,
  ),
  runs: keyedAccumulator(
    recordAccumulator<RunData>({ baseline: YEAR_ACCUMULATOR, reform: YEAR_ACCUMULATOR }),
  ),
});

/**
 * The most units a sharded run takes. Guangdong had 2,328,000 registered special-equipment units
 * (台套, gas cylinders counted apart) at the end of 2024, 8.11 % more than a year before, of which
 * 1,322,100 elevators: 广东省市场监督管理局《关于2024年广东省特种设备安全状况的通告》, as reported
 * at https://www.xindianti.com/diantizixun/647271.html (the notice itself was not read here).
 * 3,000,000 leaves room for about three more years of that growth. Each shard holds its block of
 * units in typed arrays (about 77 B per unit, plus the year's working memory), so a shard of
 * 1.5 million takes about 200 MB: run a province in two or more shards.
 */
export const PROVINCE_MAX_UNITS = 3_000_000;

/** The schema of sharded runs: the same parameters, units up to {@link PROVINCE_MAX_UNITS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'units', PROVINCE_MAX_UNITS);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

const monthKey = (i: number) => String(i + 1).padStart(2, '0');
const byMonth = (a: readonly number[]): Record<string, number> =>
  Object.fromEntries(a.map((x, i) => [monthKey(i), x]));

function yearData(s: YearStats): YearData {
  const out: Record<string, unknown> = {};
  for (const k of COUNT_FIELDS) out[k] = s[k];
  out.overdueByMonth = byMonth(s.overdueByMonth);
  out.openByMonth = byMonth(s.openByMonth);
  return out as YearData;
}

const runData = (pair: Pair): RunData => ({
  baseline: yearData(pair.baseline),
  reform: yearData(pair.reform),
});

/** The parameters of a driver's end. */
const endParams = (p: SpecialEquipmentLedgerParams, name: SensitivityName, value: unknown) =>
  ({ ...p, [name]: value }) as SpecialEquipmentLedgerParams;

/**
 * Runs units `[start, end)`: draws them once, runs the scenario's pair on them (tracing the units
 * below SAMPLE_UNITS for the samples, or every unit when an event log is kept) and the pair of each
 * end of each assumption the year reads. Only the scenario's pair writes the event log.
 */
export function runShardUnits(p: SpecialEquipmentLedgerParams, ctx: ShardContext): ShardData {
  const pop = generatePopulation(populationOptions(p), ctx.seed, { start: ctx.start, end: ctx.end });
  ctx.onProgress?.(0.2);
  const log = ctx.eventLog;
  // Flags are by storage slot (population.ts).
  const sampled = new Uint8Array(pop.units);
  if (log) sampled.fill(1);
  else for (let s = 0; s < pop.units; s++) if ((pop.id[s] as number) < SAMPLE_UNITS) sampled[s] = 1;
  const stories = new Map<number, Story>();
  const main = runTraced(pop, p, 'heap', sampled, stories);
  if (log) logUnits(log, pop, stories);
  const scenario = runData(main);
  const runs: Record<string, RunData> = { [SCENARIO]: scenario };
  YEAR_DRIVERS.forEach((name, i) => {
    for (const value of SENSITIVITY[name]) {
      const q = endParams(p, name, value);
      // An end at the scenario's own value is the scenario's year.
      runs[sensitivityEndKey(name, q)] = value === p[name] ? scenario : runData(runPair(pop, q));
    }
    ctx.onProgress?.(0.3 + (0.7 * (i + 1)) / YEAR_DRIVERS.length);
  });
  const sorted: Record<string, RunData> = {};
  for (const k of Object.keys(runs).sort()) sorted[k] = runs[k] as RunData;
  return { units: pop.units, hazards: pop.hazards, samples: firstPicks(stories), runs: sorted };
}

/** A run of merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): RunData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

function yearStats(d: YearData, hazards: number): YearStats {
  const months = (m: Readonly<Record<string, number>>) =>
    Array.from({ length: 12 }, (_, i) => m[monthKey(i)] ?? 0);
  return {
    ...d,
    hazards,
    overdueByMonth: months(d.overdueByMonth),
    openByMonth: months(d.openByMonth),
  };
}

/**
 * The scenario's totals from merged shard data: the scenario's pair and each assumption's low and
 * high pair (an assumption the year does not read prices the scenario's own counts).
 */
export function scenarioOf(p: SpecialEquipmentLedgerParams, data: ShardData): ScenarioResult {
  const pairOf = (params: SpecialEquipmentLedgerParams, run: RunData): Pair => ({
    params,
    baseline: yearStats(run.baseline, data.hazards),
    reform: yearStats(run.reform, data.hazards),
  });
  const scenario = runOf(data, SCENARIO);
  const yearDriver = (name: SensitivityName) => (YEAR_DRIVERS as readonly SensitivityName[]).includes(name);
  const sensitivity = {} as Record<SensitivityName, { low: Pair; high: Pair }>;
  for (const name of Object.keys(SENSITIVITY) as SensitivityName[]) {
    const [lo, hi] = SENSITIVITY[name];
    const end = (value: unknown) => {
      const q = endParams(p, name, value);
      return pairOf(q, yearDriver(name) ? runOf(data, sensitivityEndKey(name, q)) : scenario);
    };
    sensitivity[name] = { low: end(lo), high: end(hi) };
  }
  return {
    units: data.units,
    hazards: data.hazards,
    year: p.year,
    main: pairOf(p, scenario),
    sensitivity,
  };
}

/**
 * The sample units of the whole population (the picks' least numbers), drawn again from the seed
 * and their numbers alone and run through the scenario's pair with their stories kept: the units
 * and stories the one-pass scan of the first units would have found.
 */
export function sampleStories(
  p: SpecialEquipmentLedgerParams,
  data: ShardData,
  seed: number,
): { stories: ReadonlyMap<number, Story>; kindOf: (unit: number) => EquipmentKind } {
  const numbers = [...new Set(PICK_IDS.flatMap((id) => data.samples[id]))].sort((a, b) => a - b);
  if (numbers.length === 0) return { stories: new Map(), kindOf: () => 'elevator' };
  const pop = generatePopulation(populationOptions(p), seed, numbers);
  const stories = new Map<number, Story>();
  runTraced(pop, p, 'heap', new Uint8Array(pop.units).fill(1), stories);
  const slots = unitSlots(pop);
  const kindOf = (u: number): EquipmentKind =>
    EQUIPMENT_KINDS[pop.kind[slots.get(u) as number] as number] ?? 'elevator';
  return { stories, kindOf };
}
