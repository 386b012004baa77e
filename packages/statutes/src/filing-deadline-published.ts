// The monthly filing deadlines as the SAT's yearly notices publish them (国家税务总局办公厅
// 关于明确20XX年度申报纳税期限的通知), carried as data: where a notice fixes a month, the notice wins
// over the rule of {@link filingDeadline}; the rule covers the months no notice here lists.
import { type Citation, type CivilDate, civilDate, describeValue, ValidationError } from '@gd-ftz/core';
import { FILING_DEADLINE_NOTICES } from './filing-deadline';

/** The years whose notices are carried as data (2021 on: the working-day reading). */
export type PublishedFilingYear = 2021 | 2022 | 2023 | 2024 | 2025 | 2026;

/**
 * Day of the month of each published deadline, January..December, by filing year, copied from the
 * notice in {@link FILING_DEADLINE_NOTICES} (each read in the reprint its note names).
 * @example
 * PUBLISHED_FILING_DAYS[2024][9] // 24: 2024-10-24
 */
export const PUBLISHED_FILING_DAYS: Readonly<Record<PublishedFilingYear, readonly number[]>> = Object.freeze({
  // 税总办函〔2020〕242号
  2021: Object.freeze([20, 23, 15, 20, 21, 18, 15, 16, 15, 26, 15, 15]),
  // 税总办征科函〔2021〕201号
  2022: Object.freeze([19, 23, 15, 20, 19, 20, 15, 15, 20, 25, 15, 15]),
  // 税总办征科函〔2022〕245号
  2023: Object.freeze([16, 15, 15, 17, 18, 15, 17, 15, 15, 23, 15, 15]),
  // 2024 notice (document number not in the reprint seen)
  2024: Object.freeze([15, 23, 15, 18, 22, 19, 15, 15, 18, 24, 15, 16]),
  // 税总办征科函〔2024〕71号
  2025: Object.freeze([15, 20, 17, 18, 22, 16, 15, 15, 15, 27, 17, 15]),
  // 税总办征科函〔2025〕64号
  2026: Object.freeze([20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15]),
});

/** A published deadline and the notice that fixes it. */
export interface PublishedFilingDeadline {
  readonly deadline: CivilDate;
  readonly source: Citation;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The deadline a yearly notice publishes for filing month `filingMonth` ('YYYY-MM'), with the
 * notice; `undefined` for a month of a year whose notice is not carried here.
 * @throws ValidationError naming `filingMonth` when it is not a month 'YYYY-MM'.
 * @example
 * publishedFilingDeadline('2024-10')?.deadline // '2024-10-24'
 * publishedFilingDeadline('2019-10') // undefined
 */
export function publishedFilingDeadline(filingMonth: string): PublishedFilingDeadline | undefined {
  const m = typeof filingMonth === 'string' ? MONTH.exec(filingMonth) : null;
  if (!m) {
    throw ValidationError.of(
      'filingMonth',
      `must be a month 'YYYY-MM', got ${describeValue(filingMonth)}`,
      `必须是 'YYYY-MM' 形式的月份，收到 ${describeValue(filingMonth)}`,
    );
  }
  const year = Number(m[1]);
  if (!Object.hasOwn(PUBLISHED_FILING_DAYS, year)) return undefined;
  const day = PUBLISHED_FILING_DAYS[year as PublishedFilingYear][Number(m[2]) - 1] as number;
  return Object.freeze({
    deadline: civilDate(`${filingMonth}-${String(day).padStart(2, '0')}`),
    source: FILING_DEADLINE_NOTICES[year as PublishedFilingYear],
  });
}
