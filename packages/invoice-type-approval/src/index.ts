// Public surface of @gd-ftz/invoice-type-approval: named re-exports only. The measure, the domain
// API a developer calls case by case (decide, why-not, due date, validation, facts, the rule set
// as data), the law and the types those need. Simulation and report internals stay inside.
export type { Assumed, AssumedName } from './assumptions';
export { ASSUMED_THRESHOLDS } from './assumptions';
export { decideApplication, decisionDueBy } from './decide';
export { cleanApplication } from './examples';
export type { ApprovalFacts, FactName } from './facts';
export { APPROVAL_FACTS } from './facts';
export { LAW_PARAMETERS } from './law';
export type { LawValues } from './law-values';
export { lawAt } from './law-values';
export { measure } from './measure';
export type {
  Application,
  CreditGrade,
  Industry,
  InvoiceKind,
  InvoiceRequest,
  RequestLine,
  Taxpayer,
} from './model';
export type {
  DecisionKind,
  Finding,
  Grant,
  Outcome,
  RuleCategory,
  Severity,
} from './outcome';
export type { InvoiceTypeApprovalParams } from './params';
export { PARAMS } from './params';
export type { ApprovalRule, ApprovalRuleSet } from './rules/catalog';
export { approvalRuleSet } from './rules/catalog';
export type { ApprovalEffect, Cap } from './rules/spec';
export { SOURCES } from './sources';
export { EARLIEST_DATE } from './tiers';
export { toFacts } from './to-facts';
export { validateApplication } from './validate';
export type { Blocker, WhyNotReport } from './why-not';
export { whyNot } from './why-not';
