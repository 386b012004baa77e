// Public surface of @gd-ftz/smart-tax-hall: named re-exports only. The measure, the domain functions a
// developer calls case by case, the law, and the types; simulation and report internals stay inside.
export { filingDeadline } from '@gd-ftz/statutes';
export type { AppointmentBookOptions } from './appointments';
export { appointmentBook, bookAppointment } from './appointments';
export { CITES, IDENTITY_CHECK, TRIAGE_BASIS } from './law';
export { measure } from './measure';
export type {
  AppointmentBook,
  Booking,
  HallSnapshot,
  ItemClass,
  Lane,
  Refusal,
  TriageDecision,
  Visit,
} from './model';
export { ITEM_CLASSES } from './model';
export type { SmartTaxHallParams } from './params';
export { PARAMS } from './params';
export { triage } from './triage';
export type { MonthDeadline } from './year';
export { monthDeadline } from './year';
