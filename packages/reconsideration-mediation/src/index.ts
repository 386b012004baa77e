// Public surface of @gd-ftz/reconsideration-mediation: named re-exports only. The measure, the
// domain functions a developer calls case by case, the law, and the types.
export type { CaseDates, Schedule, ScheduleEntry } from './deadlines';
export { reconsiderationDeadline, reconsiderationDeadlines } from './deadlines';
export type { ReconsiderationStep, StepPeriod } from './law';
export {
  CITES,
  CIVIL_PROCEDURE_ART_85,
  EXTENSION_FROM_MOVED_DEADLINE,
  RECONSIDERATION_STEPS,
  RELAPSE_WINDOW_MONTHS,
  STEP_CITES,
  STEP_PERIODS,
  SUSPENSION_NOT_COUNTED,
} from './law';
export { measure } from './measure';
export type { Dispute, Handling, Outcome } from './model';
export type { ReconsiderationMediationParams } from './params';
export type {
  DisputeContext,
  DisputeEvent,
  DisputeEventType,
  DisputeProcess,
  DisputeState,
} from './process';
export { disputeMachine, startDispute } from './process';
export type { ActFacts, ActKind } from './summary';
export { summaryEligible } from './summary';
