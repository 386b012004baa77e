// Public surface of @gd-ftz/tax-risk-prevention: named re-exports only. The measure, the domain
// functions a developer calls case by case, the law, and the types; simulation internals stay inside.
export { issuerListedAbnormal } from './abnormal';
export { indicatorsOf } from './indicators';
export {
  ABNORMAL_INPUT_AMOUNT,
  ABNORMAL_INPUT_SHARE,
  CITES,
  INDICATOR_KEYS,
  INDICATOR_RULES,
  type IndicatorKey,
  type IndicatorRule,
  TIER_BASES,
  TIER_CUTS,
  TIERS,
  type Tier,
  type TierCuts,
  ZERO_VAT_CONSECUTIVE_MONTHS,
  ZERO_VAT_CUMULATIVE_MONTHS,
} from './law';
export { measure } from './measure';
export type {
  IndicatorHit,
  Indicators,
  RiskAssessment,
  RiskOptions,
  TaxpayerMonth,
  Thresholds,
  Truth,
} from './model';
export type { TaxRiskPreventionParams } from './params';
export { assessRisk, DEFAULT_THRESHOLDS, tierOf } from './risk';
