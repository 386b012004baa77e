import { describeValue } from './describe-value';
import { ConfigurationError, type Localized } from './errors';
import type { EventLog } from './event-log/types';
import { type ParamsOf, type ParamsSchema, parseParams } from './params-schema';
import type { Kpi, RuleCoverageEntry, SampleCase, ScenarioReport, Series } from './report';

/** Where a measure is to be replicated, as the seed's task table says. */
export type ReplicationScope = 'province' | 'province-except-shenzhen' | 'special-customs-zones';

export const REPLICATION_SCOPES: Record<ReplicationScope, Localized> = {
  province: { zh: '全省范围', en: 'Whole province' },
  'province-except-shenzhen': { zh: '全省除深圳市以外的地区', en: 'Whole province except Shenzhen' },
  'special-customs-zones': {
    zh: '全省海关特殊监管区域',
    en: 'Special customs supervision zones of the province',
  },
};

/** The identity of one of the seed's 20 measures. */
export interface MeasureInfo {
  /** The seed table's number, 1–20. */
  readonly id: number;
  /** The package folder name, e.g. `overpayment-refund`. */
  readonly slug: string;
  readonly title: Localized;
  readonly leadAgencies: readonly Localized[];
  readonly scope: ReplicationScope;
  readonly summary: Localized;
}

/** Options of one simulation run; an engine's `run` receives them as its context. */
export interface SimulateOptions {
  /** Fixes every random draw: the same seed gives the same report, byte for byte. */
  readonly seed: number;
  /** Called with a fraction in [0, 1] during long runs (the demo's progress bar); core sends the final 1. */
  readonly onProgress?: (fraction: number) => void;
  /** Opt-in: the engine records its simulated cases' events here (see `createEventLog`). */
  readonly eventLog?: EventLog;
}

/** What an engine's `run` returns: the results only; core adds the envelope (measure, seed, params). */
export interface MeasureResults {
  readonly kpis: readonly Kpi[];
  readonly series: readonly Series[];
  readonly samples: readonly SampleCase[];
  readonly coverage?: readonly RuleCoverageEntry[];
  readonly notes?: readonly Localized[];
}

/** The engine contract: identity, the scenario's parameter schema, and the simulation. */
export interface Measure<S extends ParamsSchema = ParamsSchema> extends MeasureInfo {
  readonly params: S;
  /**
   * Validates `params` (defaults filled in), then runs baseline and reform on the same population.
   * Typed: a misspelt parameter name or a wrong value type does not compile.
   */
  simulate(params: Partial<ParamsOf<S>>, options: SimulateOptions): ScenarioReport;
  /** The same as `simulate` for input of unknown shape (a Web Worker message, CLI flags, JSON). */
  simulateUnknown(params: unknown, options: SimulateOptions): ScenarioReport;
}

/** What an engine writes: `run` receives parameters already validated and defaulted. */
export interface MeasureDefinition<S extends ParamsSchema> extends MeasureInfo {
  readonly params: S;
  run(params: ParamsOf<S>, context: SimulateOptions): MeasureResults;
}

const SLUG_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function checkLocalized(path: string, text: Localized | undefined): void {
  if (
    !text ||
    typeof text.zh !== 'string' ||
    text.zh.trim() === '' ||
    typeof text.en !== 'string' ||
    text.en.trim() === ''
  ) {
    throw new ConfigurationError(path, 'needs non-empty zh and en text');
  }
}

/** Checks a descriptor's identity: id 1–20, a kebab-case slug, both languages everywhere. */
export function validateMeasureInfo(info: MeasureInfo, path = 'measure'): void {
  if (info === null || typeof info !== 'object') {
    throw new ConfigurationError(path, `must be a measure descriptor, got ${describeValue(info)}`);
  }
  if (!Number.isInteger(info.id) || info.id < 1 || info.id > 20) {
    throw new ConfigurationError(`${path}.id`, 'must be an integer from 1 to 20 (the seed table number)');
  }
  if (typeof info.slug !== 'string' || !SLUG_RE.test(info.slug)) {
    throw new ConfigurationError(`${path}.slug`, 'must be kebab-case');
  }
  checkLocalized(`${path}.title`, info.title);
  checkLocalized(`${path}.summary`, info.summary);
  if (!Array.isArray(info.leadAgencies) || info.leadAgencies.length === 0) {
    throw new ConfigurationError(`${path}.leadAgencies`, 'needs at least one lead agency');
  }
  info.leadAgencies.forEach((a, i) => {
    checkLocalized(`${path}.leadAgencies.${i}`, a);
  });
  if (!Object.hasOwn(REPLICATION_SCOPES, info.scope)) {
    throw new ConfigurationError(
      `${path}.scope`,
      `must be one of ${Object.keys(REPLICATION_SCOPES).join(', ')}`,
    );
  }
}

function checkOptions(options: SimulateOptions): void {
  if (!options || !Number.isSafeInteger(options.seed)) {
    throw new ConfigurationError('options.seed', 'must be a safe integer');
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new ConfigurationError('options.onProgress', 'must be a function or absent');
  }
}

/**
 * The report of a run from its results: checks that KPI ids are unique and adds the envelope
 * (`measure`, `seed`, `params`). Internal to core: `defineMeasure` and `defineShardedMeasure` build
 * every report through it, so a sharded merge and `simulate` print the same bytes.
 */
export function reportEnvelope(
  info: Pick<MeasureInfo, 'id' | 'slug'>,
  seed: number,
  parsed: unknown,
  results: MeasureResults,
): ScenarioReport {
  const ids = new Set<string>();
  for (const k of results.kpis) {
    if (ids.has(k.id)) throw new ConfigurationError(`kpis.${k.id}`, 'duplicate KPI id');
    ids.add(k.id);
  }
  return {
    measure: { id: info.id, slug: info.slug },
    seed,
    params: parsed as ScenarioReport['params'],
    kpis: results.kpis,
    series: results.series,
    samples: results.samples,
    ...(results.coverage ? { coverage: results.coverage } : {}),
    ...(results.notes ? { notes: results.notes } : {}),
  };
}

/**
 * Declares an engine's measure. Validates the descriptor at once (a bad descriptor fails at
 * import, not in front of a user) and wraps `run`: every call validates its parameters and
 * options, and the report's envelope (`measure`, `seed`, `params`) and the final `onProgress(1)`
 * come from here, so an engine writes only its results.
 * @example
 * export const measure = defineMeasure({
 *   ...measureInfo(1),
 *   params: PARAMS,
 *   run(params, { seed, onProgress }) {
 *     const r = runBatch(params, seed, onProgress);
 *     return { kpis: kpisOf(r), series: seriesOf(r), samples: samplesOf(r) };
 *   },
 * });
 * measure.simulate({ population: 500 }, { seed: 42 }).seed; // 42
 */
export function defineMeasure<S extends ParamsSchema>(def: MeasureDefinition<S>): Measure<S> {
  validateMeasureInfo(def);
  for (const [name, spec] of Object.entries(def.params)) {
    checkLocalized(`measure.params.${name}.label`, spec.label);
  }
  // The defaults themselves must pass the schema.
  parseParams(def.params, {});
  const { run, ...info } = def;
  const simulateUnknown = (params: unknown, options: SimulateOptions): ScenarioReport => {
    const parsed = parseParams(def.params, params);
    checkOptions(options);
    const { seed, onProgress, eventLog } = options;
    const results = run(parsed, {
      seed,
      ...(onProgress ? { onProgress } : {}),
      ...(eventLog ? { eventLog } : {}),
    });
    onProgress?.(1);
    return reportEnvelope(info, seed, parsed, results);
  };
  return Object.freeze({
    ...info,
    simulate: (params: Partial<ParamsOf<S>>, options: SimulateOptions) => simulateUnknown(params, options),
    simulateUnknown,
  });
}

/**
 * A set of engines keyed by id and slug; registration rejects a duplicate id or slug.
 * @example
 * const registry = createRegistry([overpaymentRefund.measure, invoiceTypeApproval.measure]);
 */
export function createRegistry(measures: readonly Measure[]): {
  readonly all: readonly Measure[];
  byId(id: number): Measure | undefined;
  bySlug(slug: string): Measure | undefined;
} {
  if (!Array.isArray(measures)) {
    throw new ConfigurationError('measures', `must be an array of measures, got ${describeValue(measures)}`);
  }
  const ids = new Map<number, Measure>();
  const slugs = new Map<string, Measure>();
  measures.forEach((m, i) => {
    validateMeasureInfo(m, `measures.${i}`);
    if (ids.has(m.id)) throw new ConfigurationError(`measures.${i}.id`, `duplicate measure id ${m.id}`);
    if (slugs.has(m.slug)) throw new ConfigurationError(`measures.${i}.slug`, `duplicate slug ${m.slug}`);
    ids.set(m.id, m);
    slugs.set(m.slug, m);
  });
  const all = [...measures].sort((a, b) => a.id - b.id);
  // Map#get of any key is safe; the answer for a non-number id or non-string slug is just absent.
  return { all, byId: (id) => ids.get(id), bySlug: (slug) => slugs.get(slug) };
}
