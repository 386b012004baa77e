// The optional sharding extension of the engine contract: an engine whose population is a list of
// independent units runs any block of them into plain accumulators (`runShard`), and builds its
// report from the merged accumulators (`mergeShards`). `simulate` is the one-shard case of the same
// code, so a report merged from any number of shards, in any order, is the same, byte for byte.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import type { EventLog } from '../event-log/types';
import {
  defineMeasure,
  type Measure,
  type MeasureInfo,
  type MeasureResults,
  reportEnvelope,
  type SimulateOptions,
} from '../measure';
import { optionsObject, progressCallback } from '../options-object';
import { type ParamsOf, type ParamsSchema, parseParams } from '../params-schema';
import type { ScenarioReport } from '../report';
import { type Accumulator, mergeAllOf } from './accumulators';
import { checkShardSpec, type ShardSpec, shardRange } from './spec';

/**
 * What `runShard` returns: the engine's accumulators with what they were computed from, plain and
 * structured-clonable (post it to a worker, write it as JSON), so that `mergeShards` can refuse
 * parts of different runs.
 */
export interface ShardResult<R = unknown> extends ShardSpec {
  /** The measure's slug. */
  readonly measure: string;
  /** The validated parameters the shard ran with (defaults filled in). */
  readonly params: ScenarioReport['params'];
  /** How many units this shard ran (`end − start`). */
  readonly units: number;
  readonly data: R;
}

/** What an engine's shard function receives besides its parameters. */
export interface ShardContext extends ShardSpec {
  /** The first unit of the shard (inclusive) and the end (exclusive), from {@link shardRange}. */
  readonly start: number;
  readonly end: number;
  /** Fraction of this shard's units done, in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
  /** Opt-in event log (the one-shard `simulate` path passes the caller's). */
  readonly eventLog?: EventLog;
}

/** What a sharding engine writes. */
export interface ShardedMeasureDefinition<S extends ParamsSchema, R> extends MeasureInfo {
  readonly params: S;
  /**
   * The schema of sharded runs: the same parameters, limits possibly wider (a province's population,
   * beyond what a browser runs in one `simulate`). Default: `params`.
   */
  readonly shardParams?: S;
  /**
   * Cross-field limits of one `simulate` call (a browser worker's budget, such as units × size),
   * checked after the schema and before the run; throws a ValidationError naming a parameter.
   * Sharded runs (`runShard`, `mergeShards`) are not bound by them: their budget is `shardParams`.
   */
  simulateLimits?(params: ParamsOf<S>): void;
  /** The number of independent units of a scenario (taxpayers, lots, projects). */
  units(params: ParamsOf<S>): number;
  /** Runs units `[context.start, context.end)`, each drawn from the seed alone, into accumulators. */
  runUnits(params: ParamsOf<S>, context: ShardContext): R;
  /** How shard accumulators merge (exact, associative, commutative) and are checked when read back. */
  readonly accumulator: Accumulator<R>;
  /** The results (KPIs, series, samples…) from the accumulators of the whole population. */
  report(params: ParamsOf<S>, merged: R, context: { readonly seed: number }): MeasureResults;
}

/** A measure that also runs in shards: `mergeShards` of every shard equals `simulate`, byte for byte. */
export interface ShardingMeasure<S extends ParamsSchema = ParamsSchema, R = unknown> extends Measure<S> {
  /** The schema `runShard` and `mergeShards` read parameters with (same names as `params`). */
  readonly shardParams: S;
  /** Validates `params` (shard schema) and gives the number of units a run of them splits into shards. */
  shardUnits(params: unknown): number;
  /** Validates `params` and `spec`, then runs that shard's units (`onProgress`: fraction of them done). */
  runShard(
    params: unknown,
    spec: ShardSpec,
    options?: { readonly onProgress?: (fraction: number) => void },
  ): ShardResult<R>;
  /**
   * The report of the run from the results of all its shards, each exactly once, in any order.
   * @throws ValidationError naming `results` (missing, duplicate or foreign shards) or a bad field.
   */
  mergeShards(
    params: unknown,
    options: { readonly seed: number },
    results: readonly unknown[],
  ): ScenarioReport;
}

/**
 * Whether a measure supports shards (the CLI and the runner check before splitting a run).
 * @example
 * if (isShardingMeasure(measure)) measure.runShard({ population: 1000 }, { seed: 1, shard: 0, shards: 4 });
 */
export function isShardingMeasure(m: Measure): m is ShardingMeasure {
  const x = m as Partial<ShardingMeasure> | null | undefined;
  return typeof x?.runShard === 'function' && typeof x.mergeShards === 'function';
}

function refuse(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(
    path,
    `${en}, got ${describeValue(value)}`,
    `${zh}，实际为 ${describeValue(value)}`,
  );
}

/**
 * Declares a sharding engine's measure: `defineMeasure`'s descriptor (its `simulate` runs one shard
 * of everything and merges it) plus `runShard` and `mergeShards`.
 * @example
 * export const measure = defineShardedMeasure({
 *   ...measureInfo(1), slug: 'overpayment-refund', params: PARAMS,
 *   units: (p) => p.population,
 *   runUnits: (p, ctx) => runTaxpayers(p, ctx),
 *   accumulator: SHARD_ACCUMULATOR,
 *   report: (p, merged, { seed }) => resultsOf(p, merged, seed),
 * });
 * const parts = [0, 1].map((shard) => measure.runShard({ population: 100 }, { seed: 1, shard, shards: 2 }));
 * measure.mergeShards({ population: 100 }, { seed: 1 }, parts); // the same report as simulate
 */
export function defineShardedMeasure<S extends ParamsSchema, R>(
  def: ShardedMeasureDefinition<S, R>,
): ShardingMeasure<S, R> {
  if (def === null || typeof def !== 'object')
    refuse('def', 'must be a measure definition', '必须是事项定义', def);
  for (const k of ['units', 'runUnits', 'report'] as const)
    if (typeof def[k] !== 'function') refuse(`def.${k}`, 'must be a function', '必须是函数', def[k]);
  if (typeof def.accumulator?.merge !== 'function')
    refuse('def.accumulator', 'must be an accumulator', '必须是累加器', def.accumulator);
  if (def.simulateLimits !== undefined && typeof def.simulateLimits !== 'function')
    refuse('def.simulateLimits', 'must be a function or absent', '必须是函数或省略', def.simulateLimits);
  const { units, runUnits, accumulator, report, shardParams = def.params, simulateLimits, ...info } = def;
  if (Object.keys(shardParams).join() !== Object.keys(info.params).join())
    refuse(
      'def.shardParams',
      'must declare the same parameters as params',
      '必须与 params 声明相同的参数',
      Object.keys(shardParams),
    );
  const runOne = (
    parsed: ParamsOf<S>,
    spec: ShardSpec,
    extra: Pick<ShardContext, 'onProgress' | 'eventLog'>,
  ) => {
    const { start, end } = shardRange(units(parsed), spec);
    return { start, end, data: runUnits(parsed, { ...spec, start, end, ...extra }) };
  };
  const base = defineMeasure({
    ...info,
    run(parsed, { seed, onProgress, eventLog }: SimulateOptions) {
      simulateLimits?.(parsed);
      const { data } = runOne(
        parsed,
        { seed, shard: 0, shards: 1 },
        {
          ...(onProgress ? { onProgress } : {}),
          ...(eventLog ? { eventLog } : {}),
        },
      );
      return report(parsed, accumulator.merge(accumulator.empty(), data), { seed });
    },
  });
  const runShard = (
    params: unknown,
    spec: ShardSpec,
    options?: { readonly onProgress?: (fraction: number) => void },
  ): ShardResult<R> => {
    const parsed = parseParams(shardParams, params);
    const checked = checkShardSpec(spec);
    const onProgress = progressCallback(optionsObject(options).onProgress, 'options.onProgress');
    const { start, end, data } = runOne(parsed, checked, onProgress ? { onProgress } : {});
    return { measure: info.slug, ...checked, params: parsed, units: end - start, data };
  };
  const mergeShards = (params: unknown, options: { readonly seed: number }, results: readonly unknown[]) => {
    const parsed = parseParams(shardParams, params);
    if (options === null || typeof options !== 'object' || !Number.isSafeInteger(options.seed))
      refuse('options.seed', 'must be a safe integer', '必须是安全整数', options?.seed);
    const { seed } = options;
    if (!Array.isArray(results) || results.length === 0)
      refuse('results', 'must be a non-empty array of shard results', '必须是非空的分片结果数组', results);
    const want = JSON.stringify(parsed);
    const seen = new Set<number>();
    const parts = [accumulator.empty()];
    results.forEach((r: unknown, i) => {
      const path = `results.${i}`;
      if (r === null || typeof r !== 'object') refuse(path, 'must be a shard result', '必须是分片结果', r);
      const s = r as Partial<ShardResult>;
      if (s.measure !== info.slug)
        refuse(`${path}.measure`, `must be ${info.slug}`, `必须是 ${info.slug}`, s.measure);
      const spec = checkShardSpecAt(s, path);
      if (spec.seed !== seed)
        refuse(`${path}.seed`, `must be the run's seed ${seed}`, `必须是本次运行的种子 ${seed}`, spec.seed);
      if (spec.shards !== results.length)
        refuse(
          `${path}.shards`,
          `must equal the number of results (${results.length})`,
          `必须等于结果个数（${results.length}）`,
          spec.shards,
        );
      if (seen.has(spec.shard)) refuse(`${path}.shard`, 'is a duplicate', '重复的分片', spec.shard);
      seen.add(spec.shard);
      if (JSON.stringify(s.params) !== want)
        refuse(`${path}.params`, 'must be the parameters of this run', '必须是本次运行的参数', s.params);
      parts.push(accumulator.check(s.data, `${path}.data`));
    });
    // All at once (mergeAllOf): the value of folding merge, without rebuilding histograms per shard.
    const merged = mergeAllOf(accumulator, parts);
    return reportEnvelope(info, seed, parsed, report(parsed, merged, { seed }));
  };
  const shardUnits = (params: unknown): number => units(parseParams(shardParams, params));
  return Object.freeze({ ...base, shardParams, shardUnits, runShard, mergeShards });
}

/** {@link checkShardSpec} with the error's path under the result's own path. */
function checkShardSpecAt(s: Partial<ShardSpec>, path: string): ShardSpec {
  try {
    return checkShardSpec({ seed: s.seed, shard: s.shard, shards: s.shards });
  } catch (e) {
    if (e instanceof ValidationError)
      throw new ValidationError(e.issues.map((x) => ({ ...x, path: `${path}.${x.path}` })));
    throw e;
  }
}
