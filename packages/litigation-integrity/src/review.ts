// The last day to ask for review of a fine or detention (民诉法解释 第一百八十五条).
import { type CivilDate, integerAt, statutoryDeadline } from '@gd-ftz/core';
import { dateOf } from './input';
import { REVIEW_REQUEST_DAYS } from './law';

/**
 * The last day to request review of a fine or detention decision received on `receivedOn`: 3 days
 * (解释 第一百八十五条), the day of receipt not counted and a last day off moved to the next working
 * day (民法典 第二百零一条、第二百零三条).
 * @throws ValidationError naming `receivedOn`; CalendarRangeError outside the calendar's years.
 * @example
 * sanctionReviewDeadline('2024-09-28') // '2024-10-08' (day 3 is 国庆 10-01)
 */
export function sanctionReviewDeadline(receivedOn: string): CivilDate {
  const day = dateOf(receivedOn, 'receivedOn') as CivilDate;
  return statutoryDeadline(day, integerAt(REVIEW_REQUEST_DAYS, day), 'days');
}
