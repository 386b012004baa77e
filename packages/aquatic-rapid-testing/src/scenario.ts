// From scenario parameters to one year of both variants: draw the farms and lots, plan the test
// points, place the central laboratory, and run the old process and the reform on the same lots.
import { parseParams, RandomStream, ValidationError } from '@gd-ftz/core';
import { ANALYTE_IDS, type AnalyteId } from './analytes';
import { type CoverageInstance, type CoveragePlan, greedyPlan, type Point } from './coverage-planning';
import { candidateSites, DEFAULT_MAP, generateFarms, MAX_FARMS } from './farms';
import { buildLots, DEFAULT_CONTAMINATION } from './lots';
import { type AquaticRapidTestingParams, PARAMS } from './params';
import type { RapidTestSpec } from './rapid-test';
import { runBaseline } from './simulation/baseline';
import { DEFAULT_SIM_CONFIG, type SimConfig } from './simulation/config';
import type { Population, VariantRun } from './simulation/records';
import { runReform } from './simulation/reform';

/** Candidate test-point sites: a 16 × 10 grid of 25 km township cells over the default map. */
export const CANDIDATE_GRID = Object.freeze({ cols: 16, rows: 10 });
/** Mean sale lots per production cycle (assumption: partial harvests every few days). */
export const LOTS_PER_CYCLE = 8;

/** Everything drawn and planned before the two variants run. */
export interface Scenario {
  readonly population: Population;
  readonly instance: CoverageInstance;
  /** The central laboratory: the single best-covering site (the most generous baseline). */
  readonly labPlan: CoveragePlan;
  readonly plan: CoveragePlan;
  readonly lab: Point;
  readonly testPoints: readonly Point[];
  readonly config: SimConfig;
}

/** Both variants of one scenario. */
export interface ScenarioRuns {
  readonly scenario: Scenario;
  readonly baseline: VariantRun;
  readonly reform: VariantRun;
}

function checkSeed(seed: unknown): void {
  if (typeof seed !== 'number' || !Number.isInteger(seed))
    throw ValidationError.of('seed', 'must be an integer', '必须是整数');
}

// The scenario schema with the internal runner's farm limit: the schema stops at what a browser
// worker runs (issue 32); the bench's province year (20,000 farms, moderate shares) runs here.
const RUNNER_PARAMS = { ...PARAMS, farms: { ...PARAMS.farms, max: MAX_FARMS } };

/**
 * Draws the population and plans the sites (parameters validated against PARAMS, with farms up
 * to MAX_FARMS). Streams: `farms`,
 * `lots` (shared by both variants).
 * @example
 * buildScenario(defaultParams(PARAMS), 42).testPoints.length; // 20
 */
export function buildScenario(input: AquaticRapidTestingParams, seed: number): Scenario {
  // Validated again here (cheap) so that a direct call names each bad field like measure.simulate.
  const params = parseParams(RUNNER_PARAMS, input);
  checkSeed(seed);
  const root = RandomStream.fromSeed(seed);
  const farms = generateFarms(params.farms, DEFAULT_MAP, root.substream('farms'));
  const lots = buildLots(
    farms,
    {
      year: params.year,
      lotsPerCycle: LOTS_PER_CYCLE,
      contamination: DEFAULT_CONTAMINATION,
      prevalenceScale: params.prevalenceScale,
      monitoringShare: params.monitoringShare,
      supervisionShare: params.supervisionShare,
      urgentShare: params.urgentShare,
      saleDelayHours: params.saleDelayHours,
    },
    root.substream('lots'),
  );
  const candidates = candidateSites(DEFAULT_MAP, CANDIDATE_GRID.cols, CANDIDATE_GRID.rows);
  const instance: CoverageInstance = {
    demand: farms.map((f) => ({ location: f.location, weight: 1 })),
    candidates,
    travelBoundMinutes: params.travelBoundMinutes,
    speedKmh: params.speedKmh,
  };
  const labPlan = greedyPlan(instance, 1);
  const plan = greedyPlan(instance, params.testPoints);
  const rapidTests = {} as Record<AnalyteId, RapidTestSpec>;
  for (const id of ANALYTE_IDS) {
    rapidTests[id] = {
      ...DEFAULT_SIM_CONFIG.rapidTests[id],
      sensitivity: params.sensitivity,
      specificity: params.specificity,
    };
  }
  const config: SimConfig = {
    ...DEFAULT_SIM_CONFIG,
    speedKmh: params.speedKmh,
    labCapacity: params.labCapacity,
    labReportWorkingDays: params.labReportWorkingDays,
    testPointCapacity: params.testPointCapacity,
    objectionProbability: params.objectionProbability,
    rapidTests,
  };
  return {
    population: { year: params.year, farms, lots },
    instance,
    labPlan,
    plan,
    lab: candidates[labPlan.chosen[0] ?? 0] as Point,
    testPoints: plan.chosen.map((c) => candidates[c] as Point),
    config,
  };
}

/**
 * Builds the scenario and runs both variants (streams `baseline` and `reform`).
 * @example
 * const { baseline, reform } = runScenario(defaultParams(PARAMS), 42);
 */
export function runScenario(
  params: AquaticRapidTestingParams,
  seed: number,
  onProgress?: (f: number) => void,
): ScenarioRuns {
  checkSeed(seed);
  const root = RandomStream.fromSeed(seed);
  const scenario = buildScenario(params, seed);
  onProgress?.(0.2);
  const baseline = runBaseline(
    { population: scenario.population, lab: scenario.lab },
    scenario.config,
    root.substream('baseline'),
  );
  onProgress?.(0.55);
  const reform = runReform(
    { population: scenario.population, lab: scenario.lab, testPoints: scenario.testPoints },
    scenario.config,
    root.substream('reform'),
  );
  onProgress?.(0.9);
  return { scenario, baseline, reform };
}
