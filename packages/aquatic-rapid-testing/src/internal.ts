// Not part of the public surface (not in package.json "exports"): the public entry plus the
// internals (the old public list), for tests and the bench (built to dist/internal.js so the bench
// times the built code). No semver promise; not for users.

export type { Analyte, AnalyteId, Concentrations, ResidueJudgement, SampleJudgement } from './analytes';
export { ANALYTE_IDS, ANALYTES, analyteById, exceeds, judgeResidue, judgeSample, limitsAt } from './analytes';
export type { ObjectionAssessment, ObjectionWindow, TestMethod } from './confirmatory';
export {
  assessObjection,
  isPermittedRetestMethod,
  objectionWindow,
  retestReportDeadline,
} from './confirmatory';
export type { CoverageInstance, CoveragePlan, Point } from './coverage-planning';
export {
  coverageOf,
  coverageSets,
  EXACT_SUBSET_LIMIT,
  planExact,
  planGreedy,
  travelMinutes,
  validateInstance,
} from './coverage-planning';
export type { Farm, MapSpec, SpeciesId } from './farms';
export {
  candidateSites,
  DEFAULT_MAP,
  generateFarms,
  MAX_CANDIDATE_SITES,
  MAX_FARMS,
  SPECIES,
  validateFarms,
} from './farms';
export type { InterceptTotals, VariantTotals } from './kpis';
export {
  interceptOf,
  TURNAROUND_RESOLUTION_MINUTES,
  totalsOf,
  URGENT_ANSWER_MINUTES,
  wholeMinutes,
} from './kpis';
export {
  BANNED_LIST,
  BANNED_LIST_2019,
  CHLORAMPHENICOL_LOD,
  ENROFLOXACIN_MRL,
  LAW,
  MALACHITE_GREEN_LOD,
  MONITORING_RULE,
  MRL_STANDARD,
  NITROFURANS_LOD,
  NO_SALE_RULE,
  OBJECTION_RULE,
  ORDINARY_OBJECTION_WORKING_DAYS,
  RAPID_OBJECTION_HOURS,
  RAPID_RULE,
  RETEST_REPORT_WORKING_DAYS,
  SUPERVISION_RULE,
} from './law';
export type { ContaminationSpec, Lot, LotOptions } from './lots';
export { buildLots, DEFAULT_CONTAMINATION, MAX_LOTS_PER_CYCLE, validateLotOptions } from './lots';
export { measure } from './measure';
export type { AquaticRapidTestingParams } from './params';
export { MAX_SHARD_DISTRICTS, MAX_SIMULATE_FARMS, PARAMS, SHARD_PARAMS } from './params';
export type { RapidPanelResult, RapidTestSpec } from './rapid-test';
export {
  DEFAULT_RAPID_TESTS,
  panelMinutes,
  panelPositiveProbability,
  runRapidPanel,
  validateRapidTests,
} from './rapid-test';
export { buildReport, kpisOf, sampleCasesOf } from './report';
export type { DistrictSites, Scenario, ScenarioRuns } from './scenario';
export {
  buildScenario,
  CANDIDATE_GRID,
  districtStream,
  LOTS_PER_CYCLE,
  runDistrict,
  runScenario,
  scenarioOf,
  sitesOf,
} from './scenario';
export type { CoverageTotals } from './series';
export { coverageTotalsOf, seriesOf } from './series';
export type { ShardData } from './shard';
export { runDistricts, SHARD_ACCUMULATOR } from './shard';
export type { BaselineInput } from './simulation/baseline';
export { runBaseline } from './simulation/baseline';
export type { SimConfig } from './simulation/config';
export { DEFAULT_SIM_CONFIG, validateSimConfig } from './simulation/config';
export type {
  ConfirmationRecord,
  LotState,
  Population,
  Regime,
  SampleRecord,
  ServiceInterval,
  VariantRun,
} from './simulation/records';
export type { ReformInput } from './simulation/reform';
export { runReform } from './simulation/reform';
export { validatePopulation } from './simulation/validate';
export { LAB_PERIODS } from './simulation/world';
export { clockOf, traceOfSample } from './traces';
