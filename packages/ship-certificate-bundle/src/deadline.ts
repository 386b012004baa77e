// The decision periods of the items: natural days for ownership and mortgage (start day not
// counted, a last day off moves to the next working day), working days for the maritime labour
// certificate (make-up days count), assumed working days for the rest.
import {
  addWorkingDays,
  type CivilDate,
  integerAt,
  statutoryDeadline,
  type ValidationIssue,
} from '@gd-ftz/core';
import type { BundleItem } from './items';
import {
  ASSUMED_WORKING_DAYS,
  MARITIME_LABOUR_DECISION_WORKING_DAYS,
  MORTGAGE_DECISION_DAYS,
  OWNERSHIP_DECISION_DAYS,
} from './law';
import { checkDate, throwIfAny } from './validate';

/** The items whose decision period the law fixes. */
export type LawFixedItem = 'ownership' | 'mortgage' | 'maritime-labour';

/** The last day of a law-fixed item's period, unchecked (callers validated). */
export function lawDeadline(item: LawFixedItem, startOn: CivilDate): CivilDate {
  if (item === 'maritime-labour')
    return statutoryDeadline(
      startOn,
      integerAt(MARITIME_LABOUR_DECISION_WORKING_DAYS, startOn),
      'workingDays',
    );
  const period = item === 'ownership' ? OWNERSHIP_DECISION_DAYS : MORTGAGE_DECISION_DAYS;
  return statutoryDeadline(startOn, integerAt(period, startOn), 'days');
}

/** Whether the law fixes the item's period. */
export function isLawFixed(item: BundleItem): item is LawFixedItem {
  return item === 'ownership' || item === 'mortgage' || item === 'maritime-labour';
}

/** The promised day of any item: the law's period, else the assumed working days. */
export function itemDueBy(item: BundleItem, startOn: CivilDate): CivilDate {
  if (isLawFixed(item)) return lawDeadline(item, startOn);
  return addWorkingDays(startOn, integerAt(ASSUMED_WORKING_DAYS[item], startOn));
}

/**
 * The last day to decide an item whose period the law fixes, counted from the day the application
 * was received or accepted: ownership (船舶登记条例 第十四条) and mortgage (第二十一条) within 7
 * natural days, the start day not counted and a last day off moved to the next working day (民法典
 * 第二百零一、二百零三条); the maritime labour certificate within 10 working days of acceptance
 * (海上交通安全法 第十四条), make-up working days (调休) counted.
 * @throws ValidationError naming `item` (not law-fixed) or `startOn` (not a date, or outside the
 * statutory calendar); CalendarRangeError when the period runs past the calendar's last year.
 * @example
 * decisionDeadline('ownership', civilDate('2024-09-27')) // '2024-10-08' (10-04 is 国庆节)
 * decisionDeadline('mortgage', civilDate('2025-01-24')) // '2025-02-05' (01-31 is 春节)
 * decisionDeadline('maritime-labour', civilDate('2025-09-26')) // '2025-10-16'
 */
export function decisionDeadline(item: LawFixedItem, startOn: CivilDate): CivilDate {
  const issues: ValidationIssue[] = [];
  if (item !== 'ownership' && item !== 'mortgage' && item !== 'maritime-labour') {
    issues.push({
      path: 'item',
      message: {
        en: "must be 'ownership', 'mortgage' or 'maritime-labour'",
        zh: "必须是 'ownership'、'mortgage' 或 'maritime-labour'",
      },
    });
  }
  checkDate(startOn, 'startOn', issues);
  throwIfAny(issues);
  return lawDeadline(item, startOn);
}
