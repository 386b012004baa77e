// The return window of a released 申报清单: the last day to apply and the last day for the goods to
// arrive back, counted in natural days from the release (the release day not counted, 民法典
// 第二百零一条), a last day off moved to the next working day (第二百零三条) unless switched off.
import {
  addDays,
  type CivilDate,
  integerAt,
  isParameterInForce,
  optionsObject,
  statutoryDeadline,
  ValidationError,
} from '@gd-ftz/core';
import { RETURN_APPLICATION_DAYS, RETURN_ARRIVAL_DAYS } from './law';
import type { ReturnWindow } from './model';
import { dateField } from './validate';

/**
 * Options of {@link returnWindow} and `settleReturn`: `windowRollsOver` moves a last day that is a
 * day off to the next working day (default true; the notices are silent).
 */
export type ReturnWindowOptions = { readonly windowRollsOver?: boolean };

/** The unchecked core, for the simulation. */
export function windowOf(releasedOn: CivilDate, rolls: boolean): ReturnWindow {
  const end = (n: number) => (rolls ? statutoryDeadline(releasedOn, n, 'days') : addDays(releasedOn, n));
  return {
    applyBy: end(integerAt(RETURN_APPLICATION_DAYS, releasedOn)),
    arriveBy: isParameterInForce(RETURN_ARRIVAL_DAYS, releasedOn)
      ? end(integerAt(RETURN_ARRIVAL_DAYS, releasedOn))
      : null,
  };
}

/**
 * The return window of a line released on `releasedOn`: 海关总署公告2020年第45号 (released from
 * 2020-03-28) apply within 30 days and arrive within 45; 2018年第194号 (released from 2019-01-01)
 * apply within 30 days, no arrival limit (`arriveBy: null`).
 * @throws ValidationError naming `releasedOn` (not a date, or before 2016-04-08) or
 * `options.windowRollsOver`; ParameterNotInForceError for a release before 2019-01-01 (no return
 * rule is modelled before 194号); CalendarRangeError when a rolled last day leaves the calendar (2019–2026).
 * @example
 * returnWindow(civilDate('2024-09-05')) // { applyBy: '2024-10-08', arriveBy: '2024-10-21' }
 */
export function returnWindow(
  releasedOn: CivilDate,
  options: { readonly windowRollsOver?: boolean } = {},
): ReturnWindow {
  const day = dateField(releasedOn, 'releasedOn');
  const rolls = optionsObject(options).windowRollsOver ?? true;
  if (typeof rolls !== 'boolean') {
    throw ValidationError.of('options.windowRollsOver', 'must be a boolean', '必须是布尔值');
  }
  return windowOf(day, rolls);
}
