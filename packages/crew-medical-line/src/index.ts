// Public surface of @gd-ftz/crew-medical-line: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation internals stay inside.
export {
  CITES,
  MLC_DOCTOR_MIN_PERSONS,
  MLC_DOCTOR_MIN_VOYAGE_HOURS,
  MLC_IN_FORCE_FOR_CHINA,
  NANSHA_RESCUES,
  TRIAGE_RULES,
  UNGUIDED_RULES,
} from './law';
export { measure } from './measure';
export type {
  CrewMember,
  Disposition,
  MedicalCase,
  MedicalEvent,
  Outcome,
  PlanStep,
  Regime,
  ResponsePlan,
  Severity,
  Ship,
  ShipPosition,
  StepKind,
  TriageDecision,
} from './model';
export type { CrewMedicalLineParams } from './params';
export type { PlanDurations, PlanOptions } from './plan';
export { DEFAULT_DURATIONS, planResponse } from './plan';
export type { CaseContext, CaseEvent, CaseProcess, CaseState } from './process';
export { caseMachine } from './process';
export type { ProvisionShip } from './provision';
export { mlcMinimumMedicalProvision } from './provision';
export type { ReplicatedMetric } from './replications';
export { simulateReplications } from './replications';
export { triage } from './triage';
