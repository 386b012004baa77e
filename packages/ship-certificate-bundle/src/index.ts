// Public surface of @gd-ftz/ship-certificate-bundle: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types.
export { decisionDeadline, type LawFixedItem } from './deadline';
export { acceptWithGaps } from './gaps';
export {
  BUNDLE_ITEMS,
  type BundleItem,
  type Condition,
  type DocumentKind,
  MATERIALS,
  type Material,
} from './items';
export {
  ASSUMED_WORKING_DAYS,
  CITES,
  MARITIME_LABOUR_DECISION_WORKING_DAYS,
  OWNERSHIP_DECISION_DAYS,
  SUPPLY_WORKING_DAYS,
} from './law';
export { measure } from './measure';
export type {
  Acceptance,
  Applicant,
  BundleApplication,
  BundlePlan,
  CaseKind,
  Finding,
  HeldCertificate,
  HeldDocument,
  PlanStep,
  Prerequisite,
  Ship,
  ShipFile,
  Unplanned,
} from './model';
export { PARAMS, type ShipCertificateBundleParams } from './params';
export { planBundle } from './plan';
export { missingPrerequisites } from './prerequisites';
export { type ItemContext, type ItemEvent, type ItemProcess, type ItemState, itemMachine } from './process';
export { simulateProvinceYear, type VariantCounts, type YearSummary } from './year-summary';
