// Public surface of @gd-ftz/rental-invoice-delegation: named re-exports only. The measure, the
// domain functions a developer calls case by case, the law, and the types; simulation and report
// internals stay inside.
export type {
  Allowed,
  InvoiceApplication,
  RefusalCode,
  RefusalReason,
  Refused,
} from './check';
export { checkApplication, REFUSAL_CODES } from './check';
export { CITES, DEFAULT_READINGS, LAW_PARAMS, READINGS_BASIS } from './law';
export { measure } from './measure';
export type { Agent, AuthorisationTerm, LeasePeriod, Person, PropertyRef } from './model';
export type { RentalInvoiceDelegationParams } from './params';
export { PARAMS } from './params';
export type {
  AuthEffect,
  AuthEvent,
  Authorisation,
  AuthorisationContext,
  AuthorisationRequest,
  AuthorisationState,
} from './process';
export { authorisationMachine, authorisationRequest } from './process';
export type { Readings, RentalTaxes, RentalTaxInput } from './taxes';
export { rentalInvoiceTaxes } from './taxes';
