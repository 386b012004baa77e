// What each grade gets: the facilitation the seed names ("提供不同标准的纳税便利举措"), reduced to
// the measures the texts quantify: the months of VAT invoices drawn at once, and D's restrictions.
import { type Citation, type CivilDate, integerAt } from '@gd-ftz/core';
import { CITES, INVOICE_MONTHS_A, INVOICE_MONTHS_B } from './law';
import type { CreditGrade } from './model';
import { regimeFor } from './regimes';
import { checkDate, Issues } from './validate';

/** The facilitation of one grade on one date. */
export interface Facilitation {
  readonly grade: CreditGrade;
  /** Months of VAT invoices drawn at once; null when the texts fix no number (ordinary supply). */
  readonly invoiceMonths: number | null;
  /** D: 专票 under 辅导期 rules or 限额限量, 普票 交(验)旧供新, key monitoring. */
  readonly restricted: boolean;
  readonly source: Citation;
}

const GRADES = new Set(['A', 'B', 'M', 'C', 'D']);

/**
 * The facilitation of a grade under the regime in force on `asOf`: A draws 3 months of invoices
 * (2014 第29条), B 2 (assumption: practitioner figure), M and C ordinary supply, D restricted
 * (2014 第32条; 2025 第34条).
 * @throws ValidationError on `grade` or `asOf`.
 * @example
 * facilitationOf('A', '2026-05-31' as CivilDate).invoiceMonths // 3
 * facilitationOf('D', '2026-05-31' as CivilDate).restricted // true
 */
export function facilitationOf(grade: CreditGrade, asOf: CivilDate): Facilitation {
  const issues = new Issues();
  if (typeof grade !== 'string' || !GRADES.has(grade))
    issues.add('grade', 'must be one of A | B | M | C | D', '必须是 A、B、M、C、D 之一');
  if (checkDate(asOf, 'asOf', issues)) regimeFor(asOf);
  issues.throwIfAny();
  const is2025 = regimeFor(asOf).id === 'sat-2025-12';
  switch (grade) {
    case 'A':
      return {
        grade,
        invoiceMonths: integerAt(INVOICE_MONTHS_A, asOf),
        restricted: false,
        source: CITES.aMeasures2014,
      };
    case 'B':
      return {
        grade,
        invoiceMonths: integerAt(INVOICE_MONTHS_B, asOf),
        restricted: false,
        source: CITES.bMeasures2014,
      };
    case 'D':
      return {
        grade,
        invoiceMonths: null,
        restricted: true,
        source: is2025 ? CITES.dMeasures2025 : CITES.dMeasures2014,
      };
    default:
      return {
        grade,
        invoiceMonths: null,
        restricted: false,
        source: is2025 ? CITES.grades2025 : CITES.grades2014,
      };
  }
}
