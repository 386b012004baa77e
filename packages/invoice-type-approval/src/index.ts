// Public surface of @gd-ftz/invoice-type-approval: named re-exports only.
export type { AssumedName, AssumedUnit } from './assumptions';
export { ASSUMED_THRESHOLDS } from './assumptions';
export type { FactsDecision } from './decide';
export { decideApplication, decideFacts, decisionDueBy } from './decide';
export { cleanApplication, cleanTaxpayer, newSmallScaleApplication } from './examples';
export type { ApprovalFacts, FactName } from './facts';
export { APPROVAL_FACTS } from './facts';
export type { Combined, GrantedLine } from './grant';
export { combine } from './grant';
export {
  abnormalInputAmount,
  abnormalInputShare,
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  decisionWorkingDays,
  evasionAmount,
  evasionShare,
  FACE_VALUE_TIERS,
  gradeDSpecialFaceValueCap,
  gradeDSpecialQuantityPerIssue,
  immediateRouteMaxFaceValue,
  LAW_PARAMETERS,
  maxSupplyMonths,
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newTaxpayerDecisionWorkingDays,
  routedDecisionWorkingDays,
  supplyMonthsA,
  supplyMonthsB,
  zeroFilingConsecutiveMonths,
  zeroFilingCumulativeMonths,
} from './law';
export type { LawValues } from './law-values';
export { CREDIT_2025_FROM, lawAt, lawChangeDates } from './law-values';
export { measure } from './measure';
export type {
  Application,
  Business,
  CreditGrade,
  FilingRecord,
  Industry,
  InvoiceHistory,
  InvoiceKind,
  InvoiceRequest,
  OpenCases,
  People,
  RegistrationStatus,
  RequestLine,
  RiskLevel,
  RiskProfile,
  Taxpayer,
  TaxpayerType,
  ViolationRecord,
} from './model';
export { CREDIT_GRADES_WORST_FIRST, INDUSTRIES, INVOICE_KINDS, RISK_LEVELS } from './model';
export type {
  DecisionKind,
  Finding,
  Grant,
  Outcome,
  RuleCategory,
  Severity,
} from './outcome';
export { SEVERITIES } from './outcome';
export type { InvoiceTypeApprovalParams } from './params';
export { PARAMS } from './params';
export type { Arrival, PopulationOptions } from './population';
export { generatePopulation } from './population';
export { buildReport } from './report';
export type { ApprovalRule, ApprovalRuleSet } from './rules/catalog';
export { approvalRuleSet, ruleCategory, ruleSpecsAt } from './rules/catalog';
export type { ApprovalEffect, ApprovalRuleSpec, Cap } from './rules/spec';
export type { CaseRun, ScenarioRun } from './simulation';
export { OFFICE_HOURS, runScenario } from './simulation';
export { SOURCES } from './sources';
export { EARLIEST_DATE, tierAtMost, tierIndex, tierValue } from './tiers';
export { monthsBetween, toFacts } from './to-facts';
export { validateApplication } from './validate';
export type { Blocker, WhyNotReport } from './why-not';
export { whyNot } from './why-not';
