// The calendar is a value: building or extending one never changes another, the default included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateArb, workingDayArb } from '../src/calendar/arbitraries';
import {
  BUILT_IN_HOLIDAY_YEARS,
  type CivilDate,
  calendarCoverage,
  civilDate,
  createCalendar,
  DEFAULT_CALENDAR,
  isWorkingDay,
  statutoryDeadline,
} from '../src/calendar/index';
import { CalendarRangeError, ConfigurationError, ValidationError } from '../src/errors';
import * as core from '../src/index';

const d = (s: string): CivilDate => civilDate(s);
const notice = { notices: [{ title: 'hypothetical notice, for tests only' }] };

// Hypothetical 2027 arrangement (an assumption for the test: the real notice is not yet published).
const y2027 = {
  year: 2027,
  days: [
    { date: '2027-01-01', name: '元旦', isOffDay: true }, // Friday
    { date: '2027-01-02', name: '元旦', isOffDay: true }, // Saturday
    { date: '2027-01-03', name: '元旦', isOffDay: true }, // Sunday
    { date: '2027-01-09', name: '元旦', isOffDay: false }, // Saturday, make-up
  ],
  source: notice,
};

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('createCalendar', () => {
  it('builds an isolated calendar that leaves the default alone', () => {
    const cal = createCalendar([...BUILT_IN_HOLIDAY_YEARS, y2027]);
    // From the first day the 2019 notice governs (2018-12-29) to the end of 2027.
    expect(cal.coverage()).toEqual({ from: '2018-12-29', to: '2027-12-31' });
    expect(cal.isWorkingDay(d('2027-01-09'))).toBe(true);
    expect(cal.holidayName(d('2027-01-02'))).toBe('元旦');
    // 2026-12-31 (Thu) + 1 day = 2027-01-01, off until Sun 01-03 → Mon 2027-01-04
    expect(cal.statutoryDeadline(d('2026-12-31'), 1, 'days')).toBe('2027-01-04');
    expect(() => isWorkingDay(d('2027-01-09'))).toThrow(CalendarRangeError);
    expect(() => statutoryDeadline(d('2026-12-31'), 1, 'days')).toThrow(CalendarRangeError);
  });

  it('applies days a notice lists in the previous December once that year is covered', () => {
    const empty2018 = { year: 2018, days: [], source: notice };
    expect(pathsOf(() => createCalendar([empty2018]))).toEqual(['years.0.days']);
    const hyp2018 = {
      year: 2018,
      days: [{ date: '2018-01-01', name: '元旦', isOffDay: true }],
      source: notice,
    };
    const cal = createCalendar([hyp2018, ...BUILT_IN_HOLIDAY_YEARS]);
    expect(cal.coverage().from).toBe('2018-01-01');
    // The 2019 notice (国办发明电〔2018〕15号): Sat 2018-12-29 working, 12-30..2019-01-01 off.
    expect(cal.isWorkingDay(d('2018-12-29'))).toBe(true);
    expect(cal.isWorkingDay(d('2018-12-31'))).toBe(false);
    expect(cal.holidayName(d('2018-12-31'))).toBe('元旦');
  });

  it('refuses gaps, duplicates and conflicting notices', () => {
    const y2029 = { ...y2027, year: 2029, days: [{ date: '2029-01-01', name: '元旦', isOffDay: true }] };
    expect(() => createCalendar([...BUILT_IN_HOLIDAY_YEARS, y2029])).toThrow(ConfigurationError);
    expect(() => createCalendar([y2027, y2027])).toThrow(ConfigurationError);
    const clash = { year: 2028, days: [{ date: '2027-12-31', name: 'x', isOffDay: true }], source: notice };
    const y2027b = { ...y2027, days: [...y2027.days, { date: '2027-12-31', name: 'y', isOffDay: false }] };
    // 2027-12-31 is a Friday: a make-up day on a weekday is already a data error
    expect(pathsOf(() => createCalendar([y2027b, clash]))).toEqual(['years.0.days.4.isOffDay']);
  });

  it('validates a year and names each bad field without touching the input', () => {
    const bad = {
      year: 2027,
      days: [
        { date: '2027-02-30', name: '春节', isOffDay: true },
        { date: '2028-03-01', name: '春节', isOffDay: true },
        { date: '2027-05-05', name: '劳动节', isOffDay: false }, // a Wednesday
        { date: '2027-01-01', name: '元旦', isOffDay: true },
        { date: '2027-01-01', name: '元旦', isOffDay: true },
      ],
      source: notice,
    };
    const before = JSON.stringify(bad);
    expect(pathsOf(() => DEFAULT_CALENDAR.withYear(bad))).toEqual(['data.days.0.date']);
    expect(JSON.stringify(bad)).toBe(before);
    bad.days.shift();
    // 2028-03-01 is outside 2027 ± one month; Wednesday make-up; 2027-01-01 listed twice
    expect(pathsOf(() => DEFAULT_CALENDAR.withYear(bad))).toEqual([
      'data.days.0.date',
      'data.days.1.isOffDay',
      'data.days.3.date',
    ]);
    expect(pathsOf(() => DEFAULT_CALENDAR.withYear({ ...y2027, source: { notices: [] } }))).toEqual([
      'data.source.notices',
    ]);
    expect(calendarCoverage().to).toBe('2026-12-31');
  });
});

describe('withYear', () => {
  it('returns a new calendar and leaves the one it extends unchanged', () => {
    const input = structuredClone(y2027);
    const next = DEFAULT_CALENDAR.withYear(input);
    expect(input).toEqual(y2027); // not mutated
    expect(next).not.toBe(DEFAULT_CALENDAR);
    expect(next.coverage()).toEqual({ from: '2018-12-29', to: '2027-12-31' });
    expect(next.isWorkingDay(d('2027-01-09'))).toBe(true); // Saturday, listed make-up day
    // The default calendar, and everything answering with it, still ends with 2026.
    expect(calendarCoverage()).toEqual({ from: '2018-12-29', to: '2026-12-31' });
    expect(DEFAULT_CALENDAR.coverage().to).toBe('2026-12-31');
    expect(() => isWorkingDay(d('2027-01-09'))).toThrow(CalendarRangeError);
  });

  it('identical re-adding is accepted (same calendar), a different one is not', () => {
    const next = DEFAULT_CALENDAR.withYear(y2027);
    expect(next.withYear(structuredClone(y2027))).toBe(next);
    const changed = { ...y2027, days: y2027.days.slice(0, 3) };
    expect(() => next.withYear(changed)).toThrow(ConfigurationError);
    expect(() => next.withYear({ ...y2027, year: 2030, days: [] })).toThrow(ValidationError);
    const y2030 = {
      year: 2030,
      days: [{ date: '2030-01-01', name: '元旦', isOffDay: true }],
      source: notice,
    };
    expect(() => next.withYear(y2030)).toThrow(ConfigurationError); // 2028, 2029 missing
    expect(next.coverage().to).toBe('2027-12-31');
  });

  it('has no global registry: calendars are frozen values and nothing registers a year', () => {
    expect(Object.isFrozen(DEFAULT_CALENDAR)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CALENDAR.years)).toBe(true);
    expect('registerHolidayYear' in core).toBe(false);
    expect('defaultCalendar' in core).toBe(false);
    // Two calendars that differ only in 2027 answer differently for it, in either order of asking.
    const a = DEFAULT_CALENDAR.withYear(y2027);
    const b = DEFAULT_CALENDAR.withYear({ ...y2027, days: y2027.days.slice(0, 3) });
    expect(b.isWorkingDay(d('2027-01-09'))).toBe(false); // an ordinary Saturday in b
    expect(a.isWorkingDay(d('2027-01-09'))).toBe(true); // the make-up Saturday in a
    expect(b.isWorkingDay(d('2027-01-09'))).toBe(false);
  });

  it('arbitraries draw from the calendar they are given', () => {
    const next = DEFAULT_CALENDAR.withYear(y2027);
    const in2027 = { from: d('2027-01-01'), to: d('2027-01-31'), calendar: next };
    fc.assert(
      fc.property(workingDayArb(in2027), (x) => {
        expect(next.isWorkingDay(x)).toBe(true);
        expect(x >= '2027-01-04').toBe(true); // 01-01..03 are 元旦 days off
      }),
    );
    fc.assert(
      fc.property(civilDateArb({ calendar: next }), (x) => {
        expect(next.covers(x)).toBe(true);
      }),
    );
    // Without a calendar: the default one, which ends with 2026.
    fc.assert(
      fc.property(civilDateArb(), (x) => {
        expect(x <= '2026-12-31').toBe(true);
      }),
    );
  });
});
