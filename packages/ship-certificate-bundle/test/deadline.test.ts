// decisionDeadline: the worked dates from the law and the 2024/2025 State Council holiday notices,
// the simulation's day tables against core, no deadline on a day off, bad input.
import { addWorkingDays, CalendarRangeError, civilDate, isWorkingDay, ValidationError } from '@gd-ftz/core';
import { workingDayArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, dayOf, workOnOrAfter } from '../src/days';
import { itemDueBy } from '../src/deadline';
import { decisionDeadline } from '../src/index';
import { BUNDLE_ITEMS } from '../src/items';
import { dueDay } from '../src/span-deadlines';

describe('decisionDeadline: worked dates (船舶登记条例 第十四、二十一条; 海上交通安全法 第十四条)', () => {
  it('ownership received 2024-09-27: + 7 = 10-04, inside 国庆节 (10-01..10-07) → 10-08', () => {
    // 民法典 第二百零一条: 09-27 not counted, day 1 = 09-28 … day 7 = 10-04 (a day off);
    // 第二百零三条: the period runs to the next working day, 10-08 (Tue).
    expect(decisionDeadline('ownership', civilDate('2024-09-27'))).toBe('2024-10-08');
  });

  it('mortgage received 2025-01-24: + 7 = 01-31, inside 春节 (01-28..02-04) → 02-05', () => {
    expect(decisionDeadline('mortgage', civilDate('2025-01-24'))).toBe('2025-02-05');
  });

  it('maritime labour accepted 2025-09-26: 10 working days, make-up 09-28 and 10-11 count → 10-16', () => {
    // 09-28 (Sun, make-up) 1, 09-29 2, 09-30 3, [10-01..10-08 off], 10-09 4, 10-10 5,
    // 10-11 (Sat, make-up) 6, 10-13 7, 10-14 8, 10-15 9, 10-16 10.
    expect(decisionDeadline('maritime-labour', civilDate('2025-09-26'))).toBe('2025-10-16');
  });

  it('an ordinary week: ownership received Mon 2024-06-03 → Mon 06-10 is 端午节 → 06-11', () => {
    expect(decisionDeadline('ownership', civilDate('2024-06-03'))).toBe('2024-06-11');
    expect(decisionDeadline('mortgage', civilDate('2024-03-04'))).toBe('2024-03-11');
  });

  it('property: no deadline falls on a day off, and none before start + 7 natural days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ownership', 'mortgage', 'maritime-labour' as const),
        workingDayArb({ from: civilDate('2024-01-01'), to: civilDate('2025-12-01') }),
        (item, start) => {
          const d = decisionDeadline(item, start);
          expect(isWorkingDay(d)).toBe(true);
          expect(d > start).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the simulation’s day tables give the same due days as core, every day of 2024–2025', () => {
    for (let d = dayOf(civilDate('2024-01-01')); d <= dayOf(civilDate('2025-12-01')); d++) {
      const date = dateOf(d);
      expect(dateOf(workOnOrAfter(d))).toBe(isWorkingDay(date) ? date : addWorkingDays(date, 1));
      for (const item of BUNDLE_ITEMS) expect(dateOf(dueDay(item, d))).toBe(itemDueBy(item, date));
    }
  });
});

describe('decisionDeadline: bad input', () => {
  const pathsOf = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };

  it('an item without a law-fixed period, a bad date or a date outside the calendar: the field is named', () => {
    expect(pathsOf(() => decisionDeadline('nationality' as never, civilDate('2024-03-01')))).toEqual([
      'item',
    ]);
    expect(pathsOf(() => decisionDeadline('ownership', '2024-02-30' as never))).toEqual(['startOn']);
    expect(pathsOf(() => decisionDeadline('ownership', '2031-01-02' as never))).toEqual(['startOn']);
    expect(pathsOf(() => decisionDeadline('bogus' as never, 7 as never))).toEqual(['item', 'startOn']);
  });

  it('a period running past the calendar’s last year is a CalendarRangeError, never a guess', () => {
    expect(() => decisionDeadline('ownership', civilDate('2026-12-30'))).toThrow(CalendarRangeError);
  });
});
