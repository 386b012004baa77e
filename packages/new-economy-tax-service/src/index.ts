// Public surface of @gd-ftz/new-economy-tax-service: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation and report stay inside.
export type { SmallLowProfitInput } from './cit';
export { smallLowProfitCit } from './cit';
export {
  CIT_SMALL_PROFIT_RATE,
  CIT_STANDARD_RATE,
  CIT_YEARS,
  CITES,
  LEVY_HALVING,
  ONBOARDING_LIMITS,
  RISK_THRESHOLDS,
  SMALL_PROFIT,
  SMALL_SCALE_VAT,
} from './law';
export { measure } from './measure';
export type {
  FirmMonth,
  FirmProfile,
  FirmYear,
  OnboardingMode,
  OnboardingPlan,
  OnboardingStep,
  PolicyMatch,
  PreferenceId,
  Reminder,
  ReminderRule,
  Sector,
  SmallLowProfitCit,
  VatStatus,
} from './model';
export { SECTORS } from './model';
export { onboarding } from './onboarding';
export type { NewEconomyTaxServiceParams } from './params';
export { policyPackage } from './policy-package';
export type { ChainContext, ChainEvent, ChainProcess, ChainState } from './process';
export { firmChainMachine } from './process';
export { riskReminders } from './risk';
