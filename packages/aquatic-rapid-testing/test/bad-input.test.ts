// Bad input to every public function not covered beside its worked examples: a ValidationError
// naming the field path, and the caller's input left as it was.
import { defaultParams, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  analyteById,
  buildReport,
  buildScenario,
  candidateSites,
  clockOf,
  coverageOf,
  DEFAULT_MAP,
  DEFAULT_RAPID_TESTS,
  DEFAULT_SIM_CONFIG,
  exceeds,
  limitsAt,
  PARAMS,
  panelPositiveProbability,
  planGreedy,
  runScenario,
  SHARD_ACCUMULATOR,
  sampleCasesOf,
  traceOfSample,
  travelMinutes,
  validateInstance,
  validateLotOptions,
  validatePopulation,
  validateRapidTests,
  validateSimConfig,
} from '../src/internal';

/** The paths of the ValidationError `f` throws (fails when it throws nothing or something else). */
function pathsOf(f: () => unknown): readonly string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  expect.unreachable('expected a ValidationError');
  return [];
}

const params = { ...defaultParams(PARAMS), farms: 10 };
const runs = runScenario(params, 7);

describe('bad input names the field', () => {
  it('analytes and limits', () => {
    expect(pathsOf(() => analyteById('ddt'))).toEqual(['analyte']);
    expect(pathsOf(() => exceeds({ kind: 'mrl', limit: 100 }, -1))).toEqual(['concentrationUgKg']);
    expect(pathsOf(() => exceeds({ kind: 'max' as never, limit: 100 }, 1))).toEqual(['cutoff.kind']);
    expect(pathsOf(() => exceeds({ kind: 'mrl', limit: Number.NaN }, 1))).toEqual(['cutoff.limit']);
    expect(() => limitsAt('2025-13-01')).toThrow(ValidationError);
  });

  it('travel and coverage', () => {
    expect(pathsOf(() => travelMinutes({ x: 0, y: 0 }, { x: 1, y: 1 }, 0))).toEqual(['speedKmh']);
    // The schema names the missing coordinate, not only the argument.
    expect(pathsOf(() => travelMinutes({ x: 0 } as never, { x: 1, y: 1 }, 40))).toEqual(['a.y']);
    const instance = {
      demand: [{ location: { x: 0, y: 0 }, weight: 1 }],
      candidates: [{ x: 0, y: 0 }],
      travelBoundMinutes: -5,
      speedKmh: 40,
    };
    const copy = structuredClone(instance);
    // coverageSets is internal and unchecked now; its public callers check the instance.
    expect(pathsOf(() => planGreedy(instance, 1))).toEqual(['instance.travelBoundMinutes']);
    expect(pathsOf(() => validateInstance(instance))).toEqual(['instance.travelBoundMinutes']);
    expect(pathsOf(() => coverageOf({ ...instance, travelBoundMinutes: 30 }, [3]))).toEqual(['chosen.0']);
    expect(instance).toEqual(copy);
  });

  it('farms, sites and lots', () => {
    expect(pathsOf(() => candidateSites(DEFAULT_MAP, 0, 2))).toEqual(['cols']);
    expect(pathsOf(() => candidateSites({ ...DEFAULT_MAP, widthKm: -1 }, 2, 2))).toEqual(['map.widthKm']);
    const options = {
      year: 2025,
      lotsPerCycle: 8,
      contamination: {},
      prevalenceScale: 1,
      monitoringShare: -0.1,
      supervisionShare: 0.1,
      urgentShare: 0.1,
      saleDelayHours: 12,
    };
    expect(() => validateLotOptions(options as never)).toThrow(ValidationError);
    expect(options.monitoringShare).toBe(-0.1);
  });

  it('rapid tests and the simulation configuration', () => {
    const specs = {
      ...DEFAULT_RAPID_TESTS,
      chloramphenicol: { ...DEFAULT_RAPID_TESTS.chloramphenicol, sensitivity: 2 },
    };
    expect(pathsOf(() => validateRapidTests(specs))).toEqual(['specs.chloramphenicol.sensitivity']);
    expect(
      pathsOf(() =>
        panelPositiveProbability(
          { malachiteGreen: false, nitrofurans: false, chloramphenicol: false } as never,
          DEFAULT_RAPID_TESTS,
        ),
      ),
    ).toEqual(['truth.enrofloxacin']);
    expect(pathsOf(() => validateSimConfig({ ...DEFAULT_SIM_CONFIG, speedKmh: -40 }))).toEqual(['speedKmh']);
    expect(pathsOf(() => validatePopulation({ year: 2022, farms: [], lots: [] }, { x: 0, y: 0 }))).toEqual([
      'population.year',
    ]);
  });

  it('scenario entry points validate their parameters and seed like measure.simulate', () => {
    const bad = { ...params, specificity: 1.2, testPointCapacity: -1 };
    const copy = { ...bad };
    expect([...pathsOf(() => buildScenario(bad, 1))].sort()).toEqual(['specificity', 'testPointCapacity']);
    expect(bad).toEqual(copy);
    expect(pathsOf(() => buildScenario(params, 1.5))).toEqual(['seed']);
    expect(pathsOf(() => runScenario(params, Number.NaN))).toEqual(['seed']);
  });

  it('reporting functions name the missing part of the runs', () => {
    expect(
      pathsOf(() => sampleCasesOf({ ...runs, baseline: { ...runs.baseline, samples: 3 } } as never)),
    ).toEqual(['runs.baseline.samples']);
    expect(pathsOf(() => buildReport(params, 1.5, SHARD_ACCUMULATOR.empty()))).toEqual(['seed']);
    expect(pathsOf(() => clockOf(runs.reform, Number.NaN))).toEqual(['t']);
    const foreign = { ...(runs.reform.samples[0] as object) } as never;
    expect(pathsOf(() => traceOfSample(runs.reform, runs.scenario.population, foreign))).toEqual(['sample']);
  });
});
