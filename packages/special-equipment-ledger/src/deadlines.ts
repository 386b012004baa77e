// The statutory deadlines around a unit: registration after entry into use (Art. 33), the
// inspection request before the validity ends (Art. 40), and the regulator's re-check after a
// correction report (Order 57 Art. 29).
import {
  addMonths,
  addWorkingDays,
  type CivilDate,
  integerAt,
  isCivilDate,
  statutoryDeadline,
  ValidationError,
} from '@gd-ftz/core';
import { INSPECTION_REQUEST_MONTHS, RECHECK_WORKING_DAYS, REGISTRATION_DAYS } from './law';

function checkDate(value: unknown, path: string): CivilDate {
  if (!isCivilDate(value)) {
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  return value;
}

/**
 * The last day to register a unit put into use on `commissionedOn`: 30 days, the day of entry
 * into use not counted (民法典 第二百零一条), a last day that is a day off moved to the next working
 * day (第二百零三条) (特种设备安全法 第三十三条: 投入使用前或者投入使用后三十日内).
 * @throws ValidationError naming `commissionedOn`; ParameterNotInForceError before 2014-01-01;
 *   CalendarRangeError outside the calendar's years.
 * @example
 * registrationDeadline(civilDate('2024-09-05')); // '2024-10-08': day 30 is 10-05, in 国庆
 */
export function registrationDeadline(commissionedOn: CivilDate): CivilDate {
  const d = checkDate(commissionedOn, 'commissionedOn');
  return statutoryDeadline(d, integerAt(REGISTRATION_DAYS, d), 'days');
}

/**
 * The last day to request the periodic inspection: one month before the validity ends, on the
 * corresponding day or the month's last day (特种设备安全法 第四十条: 届满前一个月). Not moved off days
 * off: the user may ask earlier (assumption).
 * @throws ValidationError naming `due`.
 * @example
 * inspectionRequestDeadline(civilDate('2024-03-31')); // '2024-02-29'
 */
export function inspectionRequestDeadline(due: CivilDate): CivilDate {
  const d = checkDate(due, 'due');
  return addMonths(d, -integerAt(INSPECTION_REQUEST_MONTHS, d < '2014-01-01' ? '2014-01-01' : d));
}

/**
 * The last day of the regulator's re-check after a correction report received on `reportedOn`:
 * 10 working days (SAMR Order 57 第二十九条), counted on the statutory calendar with 调休.
 * @throws ValidationError naming `reportedOn`; ParameterNotInForceError before 2022-07-01.
 * @example
 * hazardRecheckDeadline(civilDate('2024-09-27')); // '2024-10-16': 国庆 10-01..07 off, 09-29 and 10-12 are make-up working days
 */
export function hazardRecheckDeadline(reportedOn: CivilDate): CivilDate {
  const d = checkDate(reportedOn, 'reportedOn');
  return addWorkingDays(d, integerAt(RECHECK_WORKING_DAYS, d));
}
