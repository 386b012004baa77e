// Public surface of @gd-ftz/litigation-integrity: named re-exports only. The measure, the domain
// functions a court or party calls case by case, the law, and the types.
export { recoverableCosts } from './costs';
export { lateEvidenceOutcome } from './evidence';
export { checkFineAmount } from './fines';
export {
  CITES,
  DEFENCE_PERIOD_DAYS,
  DISHONEST_LISTING_YEARS,
  ENTITY_FINE_MAX,
  ENTITY_FINE_MIN,
  INDIVIDUAL_FINE_MAX,
  REVIEW_REQUEST_DAYS,
  RULING_APPEAL_DAYS,
} from './law';
export { measure } from './measure';
export type {
  Conduct,
  CostBasis,
  CostItem,
  CostKind,
  FineCheck,
  LateEvidenceFacts,
  LateEvidenceFault,
  LateEvidenceOutcome,
  PartyKind,
  RecoverableCosts,
} from './model';
export type { LitigationIntegrityParams } from './params';
export type { CaseContext, CaseEvent, CaseProcess, CaseState } from './process';
export { caseMachine, startCase } from './process';
export { sanctionReviewDeadline } from './review';
export type { CaseloadTotals, Totals } from './simulate';
export { simulateCaseload } from './simulate';
