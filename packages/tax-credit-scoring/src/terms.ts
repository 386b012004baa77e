// The law's values on one evaluation: looked up once per (as-of date, evaluated year) and cached,
// so the monthly re-scoring of a population does not search the parameter histories per firm.
import { type Decimal, integerAt, isParameterInForce, valueAt } from '@gd-ftz/core';
import {
  CONSECUTIVE_A_BONUS,
  EVASION_MIN_AMOUNT,
  EVASION_MIN_SHARE,
  GRADE_A_MIN,
  GRADE_B_MIN,
  GRADE_C_MIN,
  LATE_FILING_POINTS,
  M_NO_REVENUE_MIN,
  MIN_OPERATING_YEARS_FOR_A,
  NEW_ENTITY_MONTHS,
  NON_RECURRING_YEARS,
  SCORE_D_EXTRA,
  START_FULL,
  START_MISSING,
  START_RECURRING_COMPLETE,
  ZERO_VAT_CONSECUTIVE,
  ZERO_VAT_CUMULATIVE,
} from './law';
import { type Regime, regimeFor } from './regimes';

/** Every value one evaluation needs. `mMin`/`newMonths` are null before the M grade existed. */
export interface Terms {
  readonly regime: Regime;
  readonly aMin: number;
  readonly bMin: number;
  readonly cMin: number;
  readonly mMin: number | null;
  readonly newMonths: number | null;
  readonly startFull: number;
  readonly startRecurring: number;
  readonly startMissing: number;
  readonly nonRecurringYears: number;
  readonly scoreDExtra: number;
  readonly lateFilingPoints: number;
  readonly evasionMin: Decimal;
  readonly evasionShare: Decimal;
  readonly zeroConsecutive: number;
  readonly zeroCumulative: number;
  readonly minYearsForA: number;
  readonly aBonus: number;
}

const cache = new Map<string, Terms>();
const CACHE_LIMIT = 4096;

/**
 * The terms of an evaluation made on `asOf` of the year ending `yearEnd` (the evaluated year's
 * last day: the 2020年第15号 changes apply by evaluation year). Dates must be valid; `asOf` on or
 * after 2014-10-01 (else a ValidationError on `path`).
 */
export function termsAt(asOf: string, yearEnd: string, path = 'asOf'): Terms {
  const key = `${asOf}|${yearEnd}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const regime = regimeFor(asOf, path);
  const hasM = isParameterInForce(M_NO_REVENUE_MIN, asOf);
  // Year-keyed values: an evaluated year before the parameter's first entry takes the first entry.
  const y = yearEnd < regime.from ? regime.from : yearEnd;
  const terms: Terms = {
    regime,
    aMin: integerAt(GRADE_A_MIN, asOf),
    bMin: integerAt(GRADE_B_MIN, asOf),
    cMin: integerAt(GRADE_C_MIN, asOf),
    mMin: hasM ? integerAt(M_NO_REVENUE_MIN, asOf) : null,
    newMonths: hasM ? integerAt(NEW_ENTITY_MONTHS, asOf) : null,
    startFull: integerAt(START_FULL, asOf),
    startRecurring: integerAt(START_RECURRING_COMPLETE, asOf),
    startMissing: integerAt(START_MISSING, asOf),
    nonRecurringYears: integerAt(NON_RECURRING_YEARS, y < '2014-10-01' ? '2014-10-01' : y),
    scoreDExtra: regime.id === 'sat-2025-12' ? integerAt(SCORE_D_EXTRA, asOf) : integerAt(SCORE_D_EXTRA, y),
    lateFilingPoints: integerAt(LATE_FILING_POINTS, asOf),
    evasionMin: valueAt(EVASION_MIN_AMOUNT, asOf),
    evasionShare: valueAt(EVASION_MIN_SHARE, asOf),
    zeroConsecutive: integerAt(ZERO_VAT_CONSECUTIVE, asOf),
    zeroCumulative: integerAt(ZERO_VAT_CUMULATIVE, asOf),
    minYearsForA: integerAt(MIN_OPERATING_YEARS_FOR_A, asOf),
    aBonus: integerAt(CONSECUTIVE_A_BONUS, asOf),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, terms);
  return terms;
}
