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
export {
  ANNUAL_AUTHORISATION_YEARS,
  CITES,
  DEFAULT_READINGS,
  EDU_SURCHARGE_RATE,
  IIT_HOUSING_RATE,
  LOCAL_EDU_SURCHARGE_RATE,
  LOCAL_TAX_HALVING,
  PROPERTY_TAX_HOUSING_RATE,
  READINGS_BASIS,
  SURCHARGE_EXEMPT_MONTHLY,
  VAT_EXEMPT_MONTHLY,
  VAT_HOUSING_RATE,
  VAT_RATE,
} from './law';
export { measure } from './measure';
export type { Agent, AuthorisationTerm, LeasePeriod, Person, PropertyRef } from './model';
export type { RentalInvoiceDelegationParams } from './params';
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
