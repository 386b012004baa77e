// The statutory dates of a refund: the taxpayer's three-year claim window and the processing
// deadlines (10 days after the authority's discovery, 30 days after a claim), on the official
// calendar with 调休.
import {
  type CivilDate,
  addYears as civilAddYears,
  civilDate,
  integerAt,
  isDayOff,
  nextWorkingDay,
  parse,
  statutoryDeadline,
  ValidationError,
} from '@gd-ftz/core';
import { AUTHORITY_REFUND_DAYS, CLAIM_PROCESSING_DAYS, CLAIM_WINDOW_YEARS } from './law';
import { civilDateSchema, discoverySchema } from './schemas';

/**
 * The date `years` years after `date`: the corresponding day of the final month, or that month's
 * last day when it has none (民法典 第二百零二条: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日).
 * Core's `addYears` does the arithmetic; this checks the engine's range of 0..100 years.
 * @example
 * addYears(civilDate('2020-02-29'), 3) // '2023-02-28'
 */
export function addYears(date: CivilDate, years: number): CivilDate {
  civilDate(date, 'date');
  if (!Number.isSafeInteger(years) || years < 0 || years > 100) {
    throw ValidationError.of('years', 'must be a whole number of years 0..100', '必须是0至100的整数年');
  }
  return civilAddYears(date, years);
}

/**
 * Last day on which a taxpayer may claim an overpayment settled on `settledOn`: three years later
 * (征管法 第五十一条), on the corresponding day (民法典 第二百零二条), moved to the next working day
 * when it is a day off (实施细则 第一百零九条, its last-day rule). Its second rule, extending a
 * period by every run of 3 or more days off inside it, is not applied to this window: read
 * literally it would add every Spring Festival, Labour Day and National Day week of the three years
 * (87 days for a window opened on 2022-03-10: 2025-06-05 instead of 2025-03-10), no published
 * notice or practice extends the refund window so, and the extension is there to keep short
 * periods from being eaten by holidays (the yearly notices apply it to the 15-day filing period).
 * An assumption of reading, kept visible here and in the README.
 * @throws ValidationError naming `settledOn` for a bad date; CalendarRangeError when the window ends
 * outside the calendar's covered years.
 * @example
 * claimWindowEnd(civilDate('2022-03-15')) // '2025-03-17' (2025-03-15 is a Saturday)
 */
export function claimWindowEnd(settledOn: CivilDate): CivilDate {
  parse(civilDateSchema, settledOn, 'settledOn');
  return windowEnd(settledOn);
}

// Both periods are pure functions of a date (the law's dated values and the statutory calendar are
// fixed tables), and a batch asks for the same few hundred dates millions of times: each is
// computed once. The maps hold at most one entry per day of the calendar's covered years.
const WINDOW_ENDS = new Map<string, CivilDate>();
const DEADLINES = new Map<string, CivilDate>();

/** {@link claimWindowEnd} of a date already checked (the ledger's settlement dates). Internal. */
export function windowEnd(settledOn: CivilDate): CivilDate {
  let known = WINDOW_ENDS.get(settledOn);
  if (known === undefined) {
    const end = addYears(settledOn, integerAt(CLAIM_WINDOW_YEARS, settledOn));
    known = isDayOff(end) ? nextWorkingDay(end) : end;
    WINDOW_ENDS.set(settledOn, known);
  }
  return known;
}

/**
 * Last day to process a refund: 10 days after the authority discovers the overpayment, or 30 days
 * after the taxpayer's application (实施细则 第七十八条), counted as tax periods are (第一百零八、
 * 一百零九条: start day excluded, runs of 3+ days off extend the period, a last day off moves on).
 * The days off are added as natural days, the text's "按休假日天数顺延": the yearly notices that count
 * them as working days fix only the filing deadline (`filingDeadline` of `@gd-ftz/statutes`), and
 * no published rule extends the refund periods that way.
 * @example
 * processingDeadline('taxpayer', civilDate('2025-01-20')) // '2025-02-27': 01-20 + 30 = 02-19, 春节 01-28..02-04 adds 8 days
 */
export function processingDeadline(discovery: 'authority' | 'taxpayer', start: CivilDate): CivilDate {
  parse(discoverySchema, discovery, 'discovery');
  parse(civilDateSchema, start, 'start');
  return deadlineFrom(discovery, start);
}

/**
 * {@link processingDeadline} of arguments already checked (the refund machine's event dates, the
 * batch's own dates). Internal.
 */
export function deadlineFrom(discovery: 'authority' | 'taxpayer', start: CivilDate): CivilDate {
  const key = `${discovery}|${start}`;
  let known = DEADLINES.get(key);
  if (known === undefined) {
    const days = integerAt(discovery === 'authority' ? AUTHORITY_REFUND_DAYS : CLAIM_PROCESSING_DAYS, start);
    known = statutoryDeadline(start, days, 'days', { taxHolidayExtension: true });
    DEADLINES.set(key, known);
  }
  return known;
}
