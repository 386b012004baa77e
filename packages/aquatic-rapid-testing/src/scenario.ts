// From scenario parameters to one year of both variants: draw the farms and lots, plan the test
// points, place the central laboratory, and run the old process and the reform on the same lots.
// A district is one such scenario with its own streams (issue 14: the unit a sharded run splits by).
import { parseParams, RandomStream, ValidationError } from '@gd-ftz/core';
import { ANALYTE_IDS, type AnalyteId } from './analytes';
import { type CoverageInstance, type CoveragePlan, greedyPlan, type Point } from './coverage-planning';
import { candidateSites, DEFAULT_MAP, generateFarms, MAX_FARMS } from './farms';
import { buildLots, DEFAULT_CONTAMINATION } from './lots';
import { type AquaticRapidTestingParams, SHARD_PARAMS } from './params';
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

function checkDistrict(district: unknown, districts: number): number {
  if (typeof district !== 'number' || !Number.isInteger(district) || district < 0 || district >= districts)
    throw ValidationError.of(
      'district',
      `must be an integer from 0 to ${districts - 1}`,
      `必须是 0 至 ${districts - 1} 的整数`,
    );
  return district;
}

// The scenario schema with the internal runner's farm limit: the schema stops at what a browser
// worker runs (issue 32); the bench's province year (20,000 farms, moderate shares) runs here.
const RUNNER_PARAMS = { ...SHARD_PARAMS, farms: { ...SHARD_PARAMS.farms, max: MAX_FARMS } };

/**
 * The random stream of district `district`: its farms, lots and both variants draw from its
 * sub-streams alone, so a district is the same whichever shard runs it. District 0 is the seed's
 * root stream itself, so a one-district run is the single-district model draw for draw; district
 * d > 0 draws from the root's sub-stream `district/d`.
 * @example
 * districtStream(42, 0).real() === RandomStream.fromSeed(42).real(); // true
 */
export function districtStream(seed: number, district: number): RandomStream {
  checkSeed(seed);
  const root = RandomStream.fromSeed(seed);
  return district === 0 ? root : root.substream(`district/${district}`);
}

/** What a district draws and plans once, whatever the sampling shares: farms and sites. */
export interface DistrictSites {
  readonly district: number;
  readonly farms: Population['farms'];
  readonly instance: CoverageInstance;
  readonly labPlan: CoveragePlan;
  readonly plan: CoveragePlan;
  readonly lab: Point;
  readonly testPoints: readonly Point[];
}

/**
 * Draws district `district`'s farms (stream `farms`) and plans its laboratory and test points over
 * its own farms. Parameters validated against PARAMS, with farms up to MAX_FARMS and districts up
 * to MAX_SHARD_DISTRICTS.
 * @example
 * sitesOf(defaultParams(PARAMS), 42).testPoints.length; // 20
 */
export function sitesOf(input: AquaticRapidTestingParams, seed: number, district = 0): DistrictSites {
  // Validated again here (cheap) so that a direct call names each bad field like measure.simulate.
  const params = parseParams(RUNNER_PARAMS, input);
  checkSeed(seed);
  checkDistrict(district, params.districts);
  const farms = generateFarms(params.farms, DEFAULT_MAP, districtStream(seed, district).substream('farms'));
  const candidates = candidateSites(DEFAULT_MAP, CANDIDATE_GRID.cols, CANDIDATE_GRID.rows);
  const instance: CoverageInstance = {
    demand: farms.map((f) => ({ location: f.location, weight: 1 })),
    candidates,
    travelBoundMinutes: params.travelBoundMinutes,
    speedKmh: params.speedKmh,
  };
  const labPlan = greedyPlan(instance, 1);
  const plan = greedyPlan(instance, params.testPoints);
  return {
    district,
    farms,
    instance,
    labPlan,
    plan,
    lab: candidates[labPlan.chosen[0] ?? 0] as Point,
    testPoints: plan.chosen.map((c) => candidates[c] as Point),
  };
}

/**
 * A district's scenario at `input`'s sampling shares: its lots (stream `lots`, drawn again at each
 * sensitivity end because the shares pick the lots) on the farms and sites drawn once.
 * @example
 * scenarioOf(sitesOf(params, 42), params, 42).population.lots.length;
 */
export function scenarioOf(sites: DistrictSites, input: AquaticRapidTestingParams, seed: number): Scenario {
  const params = parseParams(RUNNER_PARAMS, input);
  checkSeed(seed);
  const { farms } = sites;
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
    districtStream(seed, sites.district).substream('lots'),
  );
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
    instance: sites.instance,
    labPlan: sites.labPlan,
    plan: sites.plan,
    lab: sites.lab,
    testPoints: sites.testPoints,
    config,
  };
}

/**
 * Draws district `district`'s population and plans its sites (parameters validated against
 * PARAMS, with farms up to MAX_FARMS). Streams of the district: `farms`, `lots` (shared by both
 * variants).
 * @example
 * buildScenario(defaultParams(PARAMS), 42).testPoints.length; // 20
 */
export function buildScenario(input: AquaticRapidTestingParams, seed: number, district = 0): Scenario {
  return scenarioOf(sitesOf(input, seed, district), input, seed);
}

/**
 * Runs both variants of a district's scenario (the district's streams `baseline` and `reform`).
 * @example
 * const { baseline, reform } = runDistrict(sitesOf(params, 42), params, 42);
 */
export function runDistrict(
  sites: DistrictSites,
  params: AquaticRapidTestingParams,
  seed: number,
  onProgress?: (f: number) => void,
): ScenarioRuns {
  const scenario = scenarioOf(sites, params, seed);
  const root = districtStream(seed, sites.district);
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

/**
 * Builds district `district`'s scenario and runs both variants.
 * @example
 * const { baseline, reform } = runScenario(defaultParams(PARAMS), 42);
 */
export function runScenario(
  params: AquaticRapidTestingParams,
  seed: number,
  onProgress?: (f: number) => void,
  district = 0,
): ScenarioRuns {
  checkSeed(seed);
  return runDistrict(sitesOf(params, seed, district), params, seed, onProgress);
}
