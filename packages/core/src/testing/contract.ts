// The contract every engine owes, as vitest tests: one call in an engine's test/measure.test.ts.

// Core's values come through its public entry, so that the built kit shares the classes (and
// `instanceof`) of the core an engine was built with.
import {
  ConfigurationError,
  defaultParams,
  type Measure,
  type ParamsOf,
  type ParamsSchema,
  type ScenarioReport,
  ValidationError,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badParamsOf, deepFreeze } from './bad-params';
import { type EventLogContractOptions, eventLogContractFindings } from './event-log-contract';
import { type GoldenEntry, goldenEntry, goldenPath, readGolden, writeGolden } from './golden';
import { identityProblems, kpiProblems, traceProblems } from './report-checks';

/** How {@link describeMeasureContract} runs a measure. */
export interface MeasureContractOptions<S extends ParamsSchema> {
  /** Parameters of every run (small ones keep the suite fast); defaults fill the rest. */
  readonly params?: Partial<ParamsOf<S>>;
  /** Seeds of the golden digests: at least two, distinct (default `[1, 42]`). */
  readonly seeds?: readonly number[];
  /**
   * The golden file: a URL, an absolute path, or a path from the package root (`test/golden.json`).
   * `UPDATE_GOLDEN=1` rewrites it from the current reports instead of comparing (never in CI).
   */
  readonly golden: { readonly file: string | URL };
  /** Determinism over random scenarios too: an arbitrary of parameters (the engine's `paramsArb`). */
  readonly property?: { readonly params: fc.Arbitrary<Partial<ParamsOf<S>>>; readonly numRuns?: number };
  /** The fewest sample cases a report must show (default 1). */
  readonly minSamples?: number;
  /**
   * The event-log part of the contract, on by default: with a log the run emits events for its
   * cases in time order with zh/en activity labels, and its report is unchanged. `expectedCases`
   * states how many cases per variant the report says were simulated (each must be in the log).
   */
  readonly eventLog?: false | Pick<EventLogContractOptions, 'expectedCases' | 'maxCases'>;
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

function withoutSeed(report: ScenarioReport): string {
  return JSON.stringify({ ...report, seed: 0 });
}

function updating(): boolean {
  const update = process.env.UPDATE_GOLDEN === '1';
  if (update && (process.env.CI === 'true' || process.env.CI === '1'))
    throw new Error(
      'UPDATE_GOLDEN=1 is refused in CI: golden files change in a reviewed commit, not in a CI run.',
    );
  return update;
}

/**
 * Registers the engine contract's tests for `measure` (vitest): its id, slug, title and scope are
 * those of its entry in the seed table (`MEASURES`); defaults parse; the same seed
 * gives the same report byte for byte (also over `property.params` when given); each seed's report
 * matches the committed golden SHA-256 digest and KPI values; different seeds differ; the envelope
 * (measure, seed, parsed params) is filled and progress ends at 1; every KPI is finite with zh/en
 * labels, origin and category; every sample trace step cites a source or is an assumption; with an
 * event log, every case is logged in time order with zh/en activities and the report is unchanged; every
 * bad parameter (wrong type, out of range, unknown name) gives a ValidationError naming exactly
 * that field; inputs are not mutated. Regenerate the golden file after an intended change of
 * results with `UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/<engine> test` and commit it.
 * @example
 * // packages/<engine>/test/measure.test.ts
 * import { describeMeasureContract } from '@gd-ftz/core/testing';
 * import { paramsArb } from '../src/arbitraries';
 * import { measure } from '../src/index';
 *
 * describeMeasureContract(measure, {
 *   params: { population: 300 },
 *   golden: { file: 'test/golden.json' },
 *   property: { params: paramsArb, numRuns: 5 },
 * });
 */
export function describeMeasureContract<S extends ParamsSchema>(
  measure: Measure<S>,
  options: MeasureContractOptions<S>,
): void {
  const given = (options.params ?? {}) as Partial<ParamsOf<S>>;
  const seeds = options.seeds ?? [1, 42];
  const cache = new Map<number, ScenarioReport>();
  const reportOf = (seed: number): ScenarioReport => {
    let r = cache.get(seed);
    if (!r) {
      r = measure.simulate(given, { seed });
      cache.set(seed, r);
    }
    return r;
  };

  describe(`${measure.slug}: the measure contract`, () => {
    it('carries the identity of its seed-table entry (id, slug, title, scope)', () => {
      expect(identityProblems(measure)).toEqual([]);
    });

    it('declares at least two distinct seeds and defaults that parse', () => {
      expect(new Set(seeds).size).toBeGreaterThanOrEqual(2);
      expect(seeds.length).toBe(new Set(seeds).size);
      const defaults = defaultParams(measure.params);
      expect(Object.keys(defaults)).toEqual(Object.keys(measure.params));
      expect(measure.simulateUnknown(undefined, { seed: seeds[0] as number }).params).toEqual(defaults);
    });

    it('is deterministic: the same seed gives the same report, byte for byte', () => {
      const seed = seeds[0] as number;
      expect(JSON.stringify(measure.simulate(given, { seed }))).toBe(JSON.stringify(reportOf(seed)));
      if (options.property) {
        fc.assert(
          fc.property(options.property.params, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, s) => {
            const a = JSON.stringify(measure.simulate(params, { seed: s }));
            return a === JSON.stringify(measure.simulate(params, { seed: s }));
          }),
          { numRuns: options.property.numRuns ?? 5 },
        );
      }
    });

    it('matches the golden SHA-256 digest and KPI values of each seed (UPDATE_GOLDEN=1 rewrites them)', () => {
      const path = goldenPath(options.golden.file, expect.getState().testPath);
      const actual: Record<string, GoldenEntry> = {};
      for (const seed of seeds) actual[String(seed)] = goldenEntry(reportOf(seed));
      const params = JSON.parse(JSON.stringify(given)) as Record<string, string | number | boolean>;
      if (updating()) {
        writeGolden(path, { measure: measure.slug, params, seeds: actual });
        return;
      }
      const golden = readGolden(path);
      if (!golden) {
        throw new Error(
          `no golden file at ${path}: create it with UPDATE_GOLDEN=1 pnpm --filter <package> test, then commit it`,
        );
      }
      expect({ measure: golden.measure, params: golden.params }).toEqual({ measure: measure.slug, params });
      // KPI values first: a failing diff then names the numbers that moved.
      for (const seed of seeds) expect(actual[String(seed)]?.kpis).toEqual(golden.seeds[String(seed)]?.kpis);
      expect(actual).toEqual(golden.seeds);
    });

    it('gives different results for different seeds', () => {
      const texts = seeds.map((s) => withoutSeed(reportOf(s)));
      expect(new Set(texts).size).toBe(seeds.length);
    });

    it('fills the envelope (measure, seed, parsed params) with plain JSON, and ends progress at 1', () => {
      const seed = seeds[0] as number;
      const seen: number[] = [];
      const report = measure.simulate(given, { seed, onProgress: (f) => seen.push(f) });
      expect(report.measure).toEqual({ id: measure.id, slug: measure.slug });
      expect(report.seed).toBe(seed);
      expect(report.params).toEqual({ ...defaultParams(measure.params), ...given });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(seen.at(-1)).toBe(1);
      expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] as number)))).toBe(true);
    });

    it('builds every KPI finite, with zh/en labels, origin and category', () => {
      for (const seed of seeds) expect(kpiProblems(reportOf(seed), measure.params)).toEqual([]);
    });

    it('gives sample traces whose every step cites a source or is marked an assumption', () => {
      for (const seed of seeds) {
        const report = reportOf(seed);
        expect(report.samples.length).toBeGreaterThanOrEqual(options.minSamples ?? 1);
        expect(traceProblems(report)).toEqual([]);
      }
    });

    it('rejects each bad parameter with a ValidationError naming exactly that field', () => {
      const seed = seeds[0] as number;
      for (const bad of badParamsOf(measure.params, given)) {
        const e = errorOf(() => measure.simulateUnknown(bad.params, { seed }));
        expect(e, `${bad.path}: ${bad.why}`).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).paths, `${bad.path}: ${bad.why}`).toEqual([bad.path]);
      }
      for (const notAnObject of [5, 'x', [1]]) {
        expect(
          (errorOf(() => measure.simulateUnknown(notAnObject, { seed })) as ValidationError).paths,
        ).toEqual(['params']);
      }
      expect(errorOf(() => measure.simulate(given, { seed: 1.5 }))).toBeInstanceOf(ConfigurationError);
    });

    if (options.eventLog !== false) {
      const logOptions = options.eventLog ?? {};
      it('logs its cases on request: events per case, in time order, labelled, report unchanged', () => {
        const { findings, log } = eventLogContractFindings(measure, {
          seed: seeds[0] as number,
          params: given,
          ...logOptions,
        });
        expect(findings).toEqual([]);
        expect(log.summary().truncated).toBe(false);
      });
    }

    it('does not mutate its inputs (deep-frozen parameters and options)', () => {
      const seed = seeds[0] as number;
      const params = deepFreeze(structuredClone(given));
      const report = measure.simulate(params, deepFreeze({ seed }));
      expect(params).toEqual(given);
      expect(JSON.stringify(report)).toBe(JSON.stringify(reportOf(seed)));
    });
  });
}
