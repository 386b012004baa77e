// Public surface of core/rules: explicit named re-exports only.
export type { Coverage } from './coverage';
export { assertFullCoverage, createCoverage } from './coverage';
export type {
  CellPart,
  DecisionTable,
  RangeCondition,
  TableCheck,
  TableCondition,
  TableDomain,
  TableGap,
  TableOverlap,
  TableRow,
} from './decision-table';
export { checkDecisionTable, DEFAULT_MAX_CELLS } from './decision-table';
export type { FactSchema, FactSpec, FactsOf, FactValue, FactValueOf } from './facts';
export { defineFacts, validateFacts } from './facts';
export type { Conflict, Decided, HitPolicy } from './hit-policy';
export { decide, HIT_POLICIES, jsonEqual } from './hit-policy';
export type { Rule, RuleDefinition } from './rule';
export { defineRule, isInForce } from './rule';
export type { EvaluateOptions, Evaluation, RuleSet, RuleSetDefinition, RuleSetEngine } from './rule-set';
export { createRuleSet } from './rule-set';
export type {
  AnyThreshold,
  Predicate,
  Threshold,
  ThresholdMatch,
  ThresholdOp,
  ThresholdPredicate,
} from './threshold';
export { formatThreshold, THRESHOLD_OPS, testThreshold, thresholdsOf, whenAll, whenAny } from './threshold';
export type { Blocker, Change, WhyNot } from './why-not';
