import { type decimal, integerAt, valueAt } from '@gd-ftz/core';
import { ASSUMED_THRESHOLDS, type AssumedName } from './assumptions';
import * as law from './law';
import { checkDecidedDate, EARLIEST_DATE, tierAtMost } from './tiers';

/**
 * The day the 2025 credit measures (总局公告2025年第12号) take effect: citations switch from the
 * 2014 texts to the 2025 ones.
 * @example
 * CREDIT_2025_FROM // '2025-07-01'
 */
export const CREDIT_2025_FROM = '2025-07-01';

/**
 * Every legal and assumed number the rules read, resolved for one date into the facts' units.
 * @example
 * const L: LawValues = lawAt('2025-03-03');
 * L.newSpecialQuantity // 25
 */
export type LawValues = {
  readonly date: string;
  readonly regime: '2014' | '2025';
  readonly decisionWorkingDays: number;
  readonly newDecisionWorkingDays: number;
  readonly routedDecisionWorkingDays: number;
  readonly newSpecialMaxTier: number;
  readonly newSpecialQuantity: number;
  readonly newOrdinaryMaxTier: number;
  readonly newOrdinaryQuantity: number;
  readonly supplyMonthsA: number;
  readonly supplyMonthsB: number;
  readonly maxSupplyMonths: number;
  readonly counsellingMaxTier: number;
  readonly counsellingPerIssue: number;
  readonly immediateMaxTier: number;
  /** Face value of tier i in fen (index 0 = no tier = 0). */
  readonly tierFen: readonly number[];
  readonly abnormalInputShareBp: number;
  readonly abnormalInputFen: number;
  readonly zeroFilingConsecutive: number;
  readonly zeroFilingCumulative: number;
  readonly evasionFen: number;
  readonly evasionShareBp: number;
} & { readonly [K in AssumedName]: number };

/** Yuan (a decimal) to integer fen, exactly. */
function fenOf(yuan: ReturnType<typeof decimal>): number {
  return yuan.times(100).toDecimalPlaces(0).toNumber(); // allow-float: integer fen, exact below 2^53
}

/** A share (a decimal in [0, 1]) to integer basis points, exactly for up to 4 decimals. */
function bpOf(share: ReturnType<typeof decimal>): number {
  return share.times(10_000).toDecimalPlaces(0).toNumber(); // allow-float: integer basis points
}

const cache = new Map<string, LawValues>();

/**
 * Resolves every parameter for `date` (cached per date): official caps and limits, tiers as
 * indices, amounts in fen, shares in basis points, plus the assumed thresholds.
 * @throws ValidationError naming `date` unless it is a real YYYY-MM-DD date from
 * {@link EARLIEST_DATE} (when every parameter is in force).
 * @example
 * lawAt('2025-03-03').newSpecialQuantity // 25
 */
export function lawAt(date: string): LawValues {
  const hit = cache.get(date);
  if (hit !== undefined) return hit;
  checkDecidedDate(date, 'date');
  const assumed = {} as Record<AssumedName, number>;
  for (const [name, a] of Object.entries(ASSUMED_THRESHOLDS) as [
    AssumedName,
    (typeof ASSUMED_THRESHOLDS)[AssumedName],
  ][]) {
    const v = valueAt(a.param, date);
    assumed[name] = a.unit === 'count' ? v.toNumber() : a.unit === 'yuan' ? fenOf(v) : bpOf(v); // allow-float: integer counts, fen or basis points
  }
  const yuan = (p: typeof law.newSpecialFaceValueCap) => valueAt(p, date).toFixed();
  const values: LawValues = {
    date,
    regime: date >= CREDIT_2025_FROM ? '2025' : '2014',
    decisionWorkingDays: integerAt(law.decisionWorkingDays, date),
    newDecisionWorkingDays: integerAt(law.newTaxpayerDecisionWorkingDays, date),
    routedDecisionWorkingDays: integerAt(law.routedDecisionWorkingDays, date),
    newSpecialMaxTier: tierAtMost(yuan(law.newSpecialFaceValueCap), date),
    newSpecialQuantity: integerAt(law.newSpecialMonthlyQuantity, date),
    newOrdinaryMaxTier: tierAtMost(yuan(law.newOrdinaryFaceValueCap), date),
    newOrdinaryQuantity: integerAt(law.newOrdinaryMonthlyQuantity, date),
    supplyMonthsA: integerAt(law.supplyMonthsA, date),
    supplyMonthsB: integerAt(law.supplyMonthsB, date),
    maxSupplyMonths: integerAt(law.maxSupplyMonths, date),
    counsellingMaxTier: tierAtMost(yuan(law.counsellingSpecialFaceValueCap), date),
    counsellingPerIssue: integerAt(law.counsellingSpecialQuantityPerIssue, date),
    immediateMaxTier: tierAtMost(yuan(law.immediateRouteMaxFaceValue), date),
    tierFen: [0, ...law.FACE_VALUE_TIERS.map((p) => fenOf(valueAt(p, date)))],
    abnormalInputShareBp: bpOf(valueAt(law.abnormalInputShare, date)),
    abnormalInputFen: fenOf(valueAt(law.abnormalInputAmount, date)),
    zeroFilingConsecutive: integerAt(law.zeroFilingConsecutiveMonths, date),
    zeroFilingCumulative: integerAt(law.zeroFilingCumulativeMonths, date),
    evasionFen: fenOf(valueAt(law.evasionAmount, date)),
    evasionShareBp: bpOf(valueAt(law.evasionShare, date)),
    ...assumed,
  };
  cache.set(date, values);
  return values;
}

/**
 * The dates from which the resolved values may differ (every parameter entry from the earliest
 * decided date on, and the 2025 credit regime), ascending: the rule set holds one dated version
 * of each rule per span.
 * @example
 * lawChangeDates() // ['2020-02-01', '2023-07-20', '2025-07-01']
 */
export function lawChangeDates(): readonly string[] {
  const dates = new Set<string>([EARLIEST_DATE, CREDIT_2025_FROM]);
  const params = [...law.LAW_PARAMETERS, ...Object.values(ASSUMED_THRESHOLDS).map((a) => a.param)];
  for (const p of params) for (const e of p.entries) if (e.from > EARLIEST_DATE) dates.add(e.from);
  return [...dates].sort();
}
