// The A-grade buyer's window to ask for verification of an abnormal voucher (2019年第38号 第三条).
import { addWorkingDays, type CivilDate, calendarCoverage, integerAt, ValidationError } from '@gd-ftz/core';
import { VERIFICATION_WORKING_DAYS } from './law';
import { civilDateOf } from './validate';

/**
 * The last day an A-grade buyer may ask for verification after being notified that its input
 * invoice is an abnormal voucher: the 10th working day after the notice day (2019年第38号 第三条;
 * the notice day not counted, 民法典 第二百零一条), on the statutory calendar with 调休.
 * @throws ValidationError naming `notifiedOn` (not a date, or outside the calendar's years);
 * ParameterNotInForceError before 2020-02-01; CalendarRangeError when the period runs past 2026.
 * @example
 * verificationDeadline(civilDate('2024-05-10')) // '2024-05-23' (Saturday 05-11 is a make-up working day)
 */
export function verificationDeadline(notifiedOn: CivilDate): CivilDate {
  const day = civilDateOf(notifiedOn, 'notifiedOn');
  const { from, to } = calendarCoverage();
  if (day < from || day > to) {
    throw ValidationError.of(
      'notifiedOn',
      `must fall in the statutory calendar ${from}..${to}`,
      `必须在法定日历范围 ${from}..${to} 内`,
    );
  }
  return addWorkingDays(day, integerAt(VERIFICATION_WORKING_DAYS, day));
}
