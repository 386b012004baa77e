// The hall's year: its working days on the statutory calendar and the demand peak before each
// filing deadline. A deadline comes from the SAT's notice where one is carried as data (the notice
// wins), else from the rule (实施细则 第一百零九条 as the notices apply it).
import { addDays, type CivilDate, DEFAULT_CALENDAR, dateFromParts, type Localized } from '@gd-ftz/core';
import { explainFilingDeadline, publishedFilingDeadline } from '@gd-ftz/statutes';
import type { HallDay } from './model';

/** Working days before and including a deadline that carry the surge. */
export const PEAK_DAYS = 3;

/** A month's deadline with which source fixed it. */
export interface MonthDeadline {
  readonly month: string;
  readonly deadline: CivilDate;
  readonly source: 'notice' | 'rule';
  readonly note: Localized;
}

/**
 * The filing deadline of a filing month: the notice's date where carried, else the rule's.
 * @example
 * monthDeadline('2024-10') // { deadline: '2024-10-24', source: 'notice', … }
 */
export function monthDeadline(month: string): MonthDeadline {
  const published = publishedFilingDeadline(month);
  if (published) {
    return {
      month,
      deadline: published.deadline,
      source: 'notice',
      note: {
        zh: `${published.source.law.zh}${published.source.docNo ? `（${published.source.docNo}）` : ''}公布为 ${published.deadline}`,
        en: `${published.source.law.en}${published.source.docNo ? ` (${published.source.docNo})` : ''} publishes ${published.deadline}`,
      },
    };
  }
  const e = explainFilingDeadline(month);
  return {
    month,
    deadline: e.deadline,
    source: 'rule',
    note: {
      zh: `无公布通知，按规则推算为 ${e.deadline}`,
      en: `no notice carried: the rule gives ${e.deadline}`,
    },
  };
}

/**
 * The working days of the first `months` months of `year` with their demand weight: 1 on an ordinary day, `surge` on the last
 * {@link PEAK_DAYS} working days up to each month's filing deadline.
 */
export function hallYear(year: number, surge: number, months = 12): HallDay[] {
  const peak = new Set<CivilDate>();
  for (let m = 1; m <= months; m++) {
    const month = `${String(year)}-${String(m).padStart(2, '0')}`;
    let d = monthDeadline(month).deadline;
    for (let i = 0; i < PEAK_DAYS; i++) {
      peak.add(d);
      d = DEFAULT_CALENDAR.addWorkingDays(d, -1);
    }
  }
  const days: HallDay[] = [];
  const end = months === 12 ? dateFromParts(year, 12, 31) : addDays(dateFromParts(year, months + 1, 1), -1);
  // Walk the natural days (never past the year's last day: the calendar may not cover the next).
  for (let d = dateFromParts(year, 1, 1); d <= end; d = addDays(d, 1)) {
    if (!DEFAULT_CALENDAR.isWorkingDay(d)) continue;
    const deadlineDay = peak.has(d);
    days.push({ date: d, weight: deadlineDay ? surge : 1, deadlineDay });
  }
  return days;
}
