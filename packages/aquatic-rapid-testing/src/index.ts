// Public surface of @gd-ftz/aquatic-rapid-testing: named re-exports only. The measure, the domain
// API a developer calls case by case (residue judgement, rapid-panel figures, objection and
// re-test deadlines, test-point planning), the law and the types those need. Simulation and
// report internals stay inside.
export type { Analyte, AnalyteId, Concentrations, ResidueJudgement, SampleJudgement } from './analytes';
export { ANALYTES, judgeResidue, judgeSample } from './analytes';
export type { ObjectionAssessment, ObjectionWindow, TestMethod } from './confirmatory';
export {
  assessObjection,
  isPermittedRetestMethod,
  objectionWindow,
  retestReportDeadline,
} from './confirmatory';
export type { CoverageInstance, CoveragePlan, Point } from './coverage-planning';
export { coverageOf, planExact, planGreedy, travelMinutes } from './coverage-planning';
export { LAW } from './law';
export { measure } from './measure';
export type { AquaticRapidTestingParams } from './params';
export { PARAMS } from './params';
export type { RapidTestSpec } from './rapid-test';
export { DEFAULT_RAPID_TESTS, panelMinutes, panelPositiveProbability } from './rapid-test';
