// Public surface of @gd-ftz/crew-appointment: named re-exports only. The measure, the domain functions a
// developer calls case by case, the law, and the types; simulation and report internals stay inside.
export type { CheckOptions } from './check-post';
export { checkCrewPost } from './check-post';
export {
  CITES,
  HIGHER_COVERS_LOWER,
  NO_IN_PERSON_FROM,
  REVALIDATION_APPLY_MONTHS,
  REVALIDATION_LONG_MONTHS,
  REVALIDATION_SHORT_MONTHS,
} from './law';
export { manningShortfall } from './manning';
export { measure } from './measure';
export type {
  Area,
  Certificate,
  CrewOnBoard,
  Eligibility,
  FindingCode,
  HealthCertificate,
  Post,
  PostCheck,
  Rank,
  Seafarer,
  SeafarerId,
  ServicePeriod,
  ServiceRecord,
  Ship,
  ShipClass,
  Shortfall,
} from './model';
export type { CrewAppointmentParams } from './params';
export type {
  AppointmentContext,
  AppointmentEvent,
  AppointmentProcess,
  AppointmentState,
  RecordChannel,
} from './process';
export { appointmentMachine, startAppointment, tryTransition } from './process';
export { revalidationEligible } from './revalidation';
export type { VariantCounts, YearSummary } from './year-summary';
export { simulateProvinceYear } from './year-summary';
