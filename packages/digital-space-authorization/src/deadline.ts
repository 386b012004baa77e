// The decision period of one application: the measure's domain function, exported and validated.
import {
  addWorkingDays,
  type CivilDate,
  integerAt,
  isCivilDate,
  ValidationError,
  type Variant,
} from '@gd-ftz/core';
import { DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS } from './law';

/**
 * The last day to decide an application accepted on `acceptedOn`: the statutory 20 working days
 * (行政许可法 第四十二条) before the reform, the promised period after it, on the statutory
 * calendar (the day of acceptance not counted, 民法典 第二百零一条).
 * @throws ValidationError naming `acceptedOn` or `variant`; ParameterNotInForceError before a
 * period's first date; CalendarRangeError outside the calendar's years.
 * @example
 * decisionDeadline('2024-03-01', 'baseline') // '2024-03-29'
 * decisionDeadline('2024-03-01', 'reform') // '2024-03-08'
 */
export function decisionDeadline(acceptedOn: string, variant: Variant): CivilDate {
  if (!isCivilDate(acceptedOn)) {
    throw ValidationError.of('acceptedOn', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  if (variant !== 'baseline' && variant !== 'reform') {
    throw ValidationError.of('variant', "must be 'baseline' or 'reform'", "必须是 'baseline' 或 'reform'");
  }
  const period = variant === 'baseline' ? DECISION_WORKING_DAYS : PROMISED_WORKING_DAYS;
  return addWorkingDays(acceptedOn, integerAt(period, acceptedOn));
}
