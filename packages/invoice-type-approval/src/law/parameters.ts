import type { DatedParameter } from '@gd-ftz/core';
import {
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  maxSupplyMonths,
  supplyMonthsA,
  supplyMonthsB,
} from './credit-supply';
import {
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newTaxpayerDecisionWorkingDays,
} from './first-issue';
import {
  abnormalInputAmount,
  abnormalInputShare,
  evasionAmount,
  evasionShare,
  zeroFilingConsecutiveMonths,
  zeroFilingCumulativeMonths,
} from './risk-thresholds';
import {
  decisionWorkingDays,
  FACE_VALUE_TIERS,
  immediateRouteMaxFaceValue,
  routedDecisionWorkingDays,
} from './tiers-and-limits';

/**
 * Every official parameter of the engine, for the README's legal basis table and the date-range test.
 * @example
 * LAW_PARAMETERS.length // 23
 */
export const LAW_PARAMETERS: readonly DatedParameter[] = [
  decisionWorkingDays,
  newTaxpayerDecisionWorkingDays,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  supplyMonthsA,
  supplyMonthsB,
  maxSupplyMonths,
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  ...FACE_VALUE_TIERS,
  immediateRouteMaxFaceValue,
  routedDecisionWorkingDays,
  abnormalInputShare,
  abnormalInputAmount,
  zeroFilingConsecutiveMonths,
  zeroFilingCumulativeMonths,
  evasionAmount,
  evasionShare,
];
