import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateArb, workingDayArb } from '../src/calendar/arbitraries';
import {
  addDays,
  addWorkingDays,
  BUILT_IN_HOLIDAY_YEARS,
  type CivilDate,
  calendarCoverage,
  civilDate,
  compareDates,
  dayInfo,
  daysBetween,
  fromEpochDay,
  holidayName,
  isCivilDate,
  isDayOff,
  isWorkingDay,
  maxDate,
  minDate,
  nextWorkingDay,
  toEpochDay,
  weekday,
  workingDaysBetween,
  yearOf,
} from '../src/calendar/index';
import { CalendarRangeError, ValidationError } from '../src/errors';

const d = (s: string): CivilDate => civilDate(s);
const DAY_MS = 86_400_000;

/** Test oracle, independent of the code under test: the UTC instant at civil midnight. */
const utcDate = (e: number): string => new Date(e * DAY_MS).toISOString().slice(0, 10);

/**
 * Independent model of the notice rule: a listed day is off or working as listed; any other day is
 * working Monday–Friday (UTC weekday of the civil date: Sunday 0, Saturday 6).
 */
const listed = new Map(
  BUILT_IN_HOLIDAY_YEARS.flatMap((y) => y.days.map((x) => [x.date as string, x.isOffDay])),
);
function modelIsWorking(s: string): boolean {
  const off = listed.get(s);
  if (off !== undefined) return !off;
  const wd = new Date(`${s}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}

// Inside the coverage with room for a few hundred days either side (no range errors).
const inner = { from: d('2019-07-01'), to: d('2026-03-31') };

describe('civil dates', () => {
  it('validates real dates only', () => {
    expect(civilDate('2024-02-29')).toBe('2024-02-29'); // 2024 divisible by 4
    expect(isCivilDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isCivilDate('2100-02-29')).toBe(false); // century not divisible by 400
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-04-31')).toBe(false);
    expect(isCivilDate('2025-1-01')).toBe(false);
    expect(isCivilDate('2025-01-01T00:00')).toBe(false);
    expect(isCivilDate(20250101)).toBe(false);
  });

  it('rejects a bad date with a ValidationError naming the path', () => {
    expect(() => civilDate('2025-02-29')).toThrow(ValidationError);
    try {
      civilDate('2025-13-01', 'application.filedOn');
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['application.filedOn']);
    }
    expect(() => daysBetween(d('2025-01-01'), 'nope' as CivilDate)).toThrow(/^Invalid input: b:/);
    expect(() => addDays(d('2025-01-01'), 1.5)).toThrow(ValidationError);
  });

  it('counts natural days across a leap day', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2); // 28 → 29 → 1 March
    expect(daysBetween(d('2023-02-28'), d('2023-03-01'))).toBe(1); // 2023 has no 29 February
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2025-03-01'), d('2025-02-01'))).toBe(-28);
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
  });

  it('knows weekdays, years and order', () => {
    expect(weekday(d('1970-01-01'))).toBe(4); // a Thursday
    expect(weekday(d('2025-02-08'))).toBe(6); // Saturday
    expect(weekday(d('2025-01-26'))).toBe(7); // Sunday
    expect(yearOf(d('2018-12-31'))).toBe(2018);
    expect(toEpochDay(d('1970-01-02'))).toBe(1);
    expect(fromEpochDay(19_723)).toBe('2024-01-01'); // 54 years: 54×365 + 13 leap days = 19 723
    expect(compareDates(d('2025-01-02'), d('2025-01-01'))).toBeGreaterThan(0);
    expect(minDate(d('2025-01-02'), d('2025-01-01'))).toBe('2025-01-01');
    expect(maxDate(d('2025-01-02'), d('2025-01-01'))).toBe('2025-01-02');
  });

  it('property: day numbers agree with the UTC instant at civil midnight (1900–2200)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (e) => {
        const s = utcDate(e);
        expect(fromEpochDay(e)).toBe(s);
        expect(toEpochDay(s)).toBe(e);
        expect(weekday(d(s))).toBe(((new Date(e * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it('property: addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(civilDateArb(), fc.integer({ min: -20_000, max: 20_000 }), (a, n) => {
        expect(daysBetween(a, addDays(a, n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(civilDateArb(), civilDateArb(), (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });
});

describe('the statutory calendar', () => {
  it('covers every day the notices held govern, 2018-12-29..2026-12-31, and refuses to guess outside', () => {
    expect(calendarCoverage()).toEqual({ from: '2018-12-29', to: '2026-12-31' });
    // The 2019 notice (国办发明电〔2018〕15号): 元旦 2018-12-30..2019-01-01 off, Sat 2018-12-29 working.
    expect(isWorkingDay(d('2018-12-29'))).toBe(true);
    expect(dayInfo(d('2018-12-29'))).toEqual({
      date: '2018-12-29',
      kind: 'makeUpWorkday',
      isWorkingDay: true,
      name: '元旦',
    });
    expect(isWorkingDay(d('2018-12-30'))).toBe(false);
    expect(holidayName(d('2018-12-31'))).toBe('元旦');
    // 2018-12-28 (a Friday) is governed by the 2018 notice, which is not held: outside.
    const e = (() => {
      try {
        return isWorkingDay(d('2018-12-28'));
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect((e as CalendarRangeError).covered).toEqual({ from: '2018-12-29', to: '2026-12-31' });
    expect(() => isWorkingDay(d('2027-01-01'))).toThrow(CalendarRangeError);
    expect(() => addWorkingDays(d('2026-12-31'), 1)).toThrow(CalendarRangeError);
    // Before 2019-01-02, 元旦 runs back to 12-30; the only working day left is Sat 2018-12-29, and
    // one step further leaves the coverage.
    expect(addWorkingDays(d('2019-01-02'), -1)).toBe('2018-12-29');
    expect(() => addWorkingDays(d('2019-01-02'), -2)).toThrow(CalendarRangeError);
    expect(() => addWorkingDays(d('2018-12-29'), -1)).toThrow(CalendarRangeError);
    expect(workingDaysBetween(d('2018-12-29'), d('2019-01-02'))).toBe(1); // (12-29, 01-02]: 01-02
    expect(() => nextWorkingDay(d('2027-06-01'))).toThrow(CalendarRangeError);
    expect(() => isWorkingDay('2025-02-30' as CivilDate)).toThrow(ValidationError);
    expect(() => addWorkingDays(d('2025-01-01'), 0.5)).toThrow(ValidationError);
  });

  it('2025 Spring Festival (国办发明电〔2024〕12号): 1/28–2/4 off, Sun 1/26 and Sat 2/8 working', () => {
    expect(isWorkingDay(d('2025-01-26'))).toBe(true); // Sunday, make-up day
    expect(isWorkingDay(d('2025-01-27'))).toBe(true);
    for (let day = 0; day < 8; day++) expect(isDayOff(addDays(d('2025-01-28'), day))).toBe(true);
    expect(isWorkingDay(d('2025-02-05'))).toBe(true);
    expect(isWorkingDay(d('2025-02-08'))).toBe(true); // Saturday, make-up day
    expect(isWorkingDay(d('2025-02-09'))).toBe(false); // ordinary Sunday
    expect(holidayName(d('2025-01-28'))).toBe('春节'); // 除夕, a statutory day since 2025
    expect(holidayName(d('2025-02-08'))).toBeUndefined();
    expect(dayInfo(d('2025-02-08'))).toEqual({
      date: '2025-02-08',
      kind: 'makeUpWorkday',
      isWorkingDay: true,
      name: '春节',
    });
    expect(dayInfo(d('2025-02-09')).kind).toBe('weekend');
    expect(addWorkingDays(d('2025-01-27'), 1)).toBe('2025-02-05');
    // (1/24, 2/10]: 1/26, 1/27, 2/5, 2/6, 2/7, 2/8, 2/10 = 7 working days
    expect(workingDaysBetween(d('2025-01-24'), d('2025-02-10'))).toBe(7);
  });

  it('National Day 2024: 10/1–10/7 off, Sun 9/29 and Sat 10/12 working', () => {
    const fri = d('2024-09-27');
    // 9/28 Sat off; 9/29 Sun make-up; 9/30 Mon; 10/1–10/7 off; 10/8 Tue …; 10/12 Sat make-up
    expect([1, 2, 3, 7, 8].map((n) => addWorkingDays(fri, n))).toEqual([
      '2024-09-29',
      '2024-09-30',
      '2024-10-08',
      '2024-10-12',
      '2024-10-14',
    ]);
    expect(addWorkingDays(d('2024-10-08'), -1)).toBe('2024-09-30');
    expect(addWorkingDays(d('2024-10-08'), -3)).toBe('2024-09-27');
    // Backwards from a day off: the start never counts, 9/30 is the first working day before it.
    expect(addWorkingDays(d('2024-10-05'), -1)).toBe('2024-09-30');
    expect(addWorkingDays(d('2024-10-05'), 0)).toBe('2024-10-05'); // zero steps: the day itself
    expect(nextWorkingDay(d('2024-10-05'))).toBe('2024-10-08');
    expect(nextWorkingDay(d('2024-10-08'))).toBe('2024-10-08');
    expect(workingDaysBetween(fri, d('2024-10-08'))).toBe(3);
    expect(holidayName(d('2024-10-01'))).toBe('国庆节');
  });

  it('2020-02-03: the holiday-cn discrepancy is an ordinary working Monday', () => {
    // 国办发明电〔2020〕1号 extended 春节 to Sun 2/2 and cancelled the make-up Saturday 2/1;
    // holiday-cn lists Mon 2/3 as a 春节 working day, we do not list it: both say "working".
    expect(isWorkingDay(d('2020-02-03'))).toBe(true);
    expect(dayInfo(d('2020-02-03'))).toEqual({ date: '2020-02-03', kind: 'workday', isWorkingDay: true });
    expect(isWorkingDay(d('2020-02-01'))).toBe(false);
    expect(holidayName(d('2020-02-01'))).toBe('春节');
  });

  it('property: isWorkingDay follows the notice rule on every covered day', () => {
    fc.assert(
      fc.property(civilDateArb(), (x) => {
        expect(isWorkingDay(x)).toBe(modelIsWorking(x));
      }),
    );
    let e = toEpochDay(calendarCoverage().from);
    const end = toEpochDay(calendarCoverage().to);
    // 2018-12-29..31 (3 days) + 2019..2026 (8 years, leap 2020 and 2024): 3 + 8 × 365 + 2 = 2925
    expect(end - e + 1).toBe(2925);
    for (; e <= end; e++) expect(isWorkingDay(fromEpochDay(e))).toBe(modelIsWorking(utcDate(e)));
  });

  it('property: addWorkingDays lands on a working day, the n-th one, consistent with workingDaysBetween', () => {
    fc.assert(
      fc.property(civilDateArb(inner), fc.integer({ min: -120, max: 120 }), (start, n) => {
        const r = addWorkingDays(start, n);
        expect(workingDaysBetween(start, r)).toBe(n);
        if (n === 0) return void expect(r).toBe(start);
        expect(isWorkingDay(r)).toBe(true);
        // Model: walk day by day, counting working days stepped onto, the start excluded.
        let count = 0;
        let cur = start;
        while (count < Math.abs(n)) {
          cur = addDays(cur, Math.sign(n));
          if (modelIsWorking(cur)) count++;
        }
        expect(r).toBe(cur);
      }),
    );
  });

  it('property: addWorkingDays is strictly monotone in n', () => {
    fc.assert(
      fc.property(
        civilDateArb(inner),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 50 }),
        (s, n, k) => {
          expect(compareDates(addWorkingDays(s, n), addWorkingDays(s, n + k))).toBeLessThan(0);
        },
      ),
    );
  });

  it('property: nextWorkingDay is the first working day on or after the date', () => {
    fc.assert(
      fc.property(civilDateArb(inner), (s) => {
        const r = nextWorkingDay(s);
        expect(modelIsWorking(r)).toBe(true);
        for (let x = s; x !== r; x = addDays(x, 1)) expect(modelIsWorking(x)).toBe(false);
      }),
    );
  });

  it('property: workingDayArb only yields working days', () => {
    fc.assert(
      fc.property(workingDayArb(), (x) => {
        expect(modelIsWorking(x)).toBe(true);
      }),
    );
  });
});
