// Every legal number of measure 7, named, dated and cited once, grouped by concept. Modelling
// assumptions live in ../assumptions.ts.
export {
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  maxSupplyMonths,
  supplyMonthsA,
  supplyMonthsB,
} from './credit-supply';
export {
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newTaxpayerDecisionWorkingDays,
} from './first-issue';
export { LAW_PARAMETERS } from './parameters';
export {
  abnormalInputAmount,
  abnormalInputShare,
  evasionAmount,
  evasionShare,
  zeroFilingConsecutiveMonths,
  zeroFilingCumulativeMonths,
} from './risk-thresholds';
export {
  decisionWorkingDays,
  FACE_VALUE_TIERS,
  immediateRouteMaxFaceValue,
  routedDecisionWorkingDays,
} from './tiers-and-limits';
