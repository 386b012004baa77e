// Public surface of @gd-ftz/tax-risk-prevention: named re-exports only. The measure, the domain
// functions a developer calls case by case or in bulk, the law, and the types; simulation internals
// stay inside. The zero-filing months of the not-A test are @gd-ftz/statutes' taxCredit.params.
export { issuerListedAbnormal } from './abnormal';
export { scoreTaxpayerMonths } from './bulk-score';
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
} from './law';
export { measure } from './measure';
export type {
  IndicatorHit,
  Indicators,
  MonthScore,
  RiskAssessment,
  RiskOptions,
  TaxpayerMonth,
  Thresholds,
  Truth,
} from './model';
export type { TaxRiskPreventionParams } from './params';
export { assessRisk, DEFAULT_THRESHOLDS, tierOf } from './risk';
