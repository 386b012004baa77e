// The one civil-date module: strict parsing, epoch days, month/year arithmetic (民法典 第二百零二条),
// formatting, and their independence from the machine's time zone.
import { UTCDate } from '@date-fns/utc';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  type CivilDate,
  civilDate,
  dateFromParts,
  dateParts,
  daysBetween,
  daysInMonth,
  formatDate,
  fromEpochDay,
  isCivilDate,
  isLeapYear,
  toEpochDay,
  weekday,
} from '../src/calendar/index';
import { ValidationError } from '../src/errors';

const d = (s: string): CivilDate => civilDate(s);
const FIRST = toEpochDay(d('0001-01-01')); // -719162
const LAST = toEpochDay(d('9999-12-31')); // 2932896

/** Test oracle, written out here: Gregorian month lengths (30 days hath September, …). */
function monthLength(y: number, m: number): number {
  const leap = y % 400 === 0 || (y % 4 === 0 && y % 100 !== 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Test oracle, 民法典 第二百零二条 by hand: same day of the target month, or its last day. */
function handAddMonths(s: string, n: number): string {
  const [y, m, day] = s.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const td = Math.min(day, monthLength(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const dateArb = fc.integer({ min: FIRST, max: LAST }).map((e) => fromEpochDay(e));
const modernArb = fc
  .integer({ min: toEpochDay(d('1900-01-01')), max: toEpochDay(d('2199-12-31')) })
  .map((e) => fromEpochDay(e));

describe('parsing: strict ISO YYYY-MM-DD, real dates only', () => {
  it('accepts real dates and refuses everything else, naming the path', () => {
    expect(isCivilDate('2024-02-29')).toBe(true); // 2024 = 4 × 506
    expect(isCivilDate('2023-02-29')).toBe(false);
    expect(isCivilDate('1900-02-29')).toBe(false); // a century not divisible by 400
    expect(isCivilDate('2000-02-29')).toBe(true); // 2000 = 400 × 5
    expect(isCivilDate('0001-01-01')).toBe(true);
    expect(isCivilDate('9999-12-31')).toBe(true);
    // Shapes date-fns' `parse(s, 'yyyy-MM-dd')` or `parseISO` would take, refused here.
    for (const s of [
      '0000-01-01',
      '2024-1-5',
      '24-01-05',
      '2024-01',
      '20240105',
      '2024-01-05T00:00',
      ' 2024-01-05',
      '2024/01/05',
      '２０２４-01-05',
    ]) {
      expect(isCivilDate(s), s).toBe(false);
    }
    expect(isCivilDate(20_240_105)).toBe(false);
    expect(isCivilDate(null)).toBe(false);
    expect(pathsOf(() => civilDate('2025-04-31', 'application.filedOn'))).toEqual(['application.filedOn']);
  });

  it('property: validity agrees with date-fns on every 10-character YYYY-MM-DD shape', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n });
    const reference = new UTCDate(0);
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, day) => {
        const s = `${y.join('')}-${m.join('')}-${day.join('')}`;
        // date-fns is the oracle for the calendar rules (month lengths, leap years); years start at 0001.
        const oracle = isValid(parse(s, 'yyyy-MM-dd', reference)) && s.slice(0, 4) !== '0000';
        expect(isCivilDate(s)).toBe(oracle);
      }),
    );
  });

  it('dateParts and dateFromParts are inverse, and refuse days that do not exist', () => {
    expect(dateParts(d('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateFromParts(19, 1, 1)).toBe('0019-01-01'); // no 0–99 → 1900s mapping
    expect(pathsOf(() => dateFromParts(2025, 2, 29))).toEqual(['date']);
    expect(pathsOf(() => dateFromParts(2025, 13, 1, 'x'))).toEqual(['x']);
    expect(pathsOf(() => dateFromParts(10_000, 1, 1))).toEqual(['date']);
    expect(pathsOf(() => dateFromParts(2025, 1.5, 1))).toEqual(['date']);
    fc.assert(
      fc.property(dateArb, (s) => {
        const { year, month, day } = dateParts(s);
        expect(dateFromParts(year, month, day)).toBe(s);
      }),
    );
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
    expect(daysInMonth(2023, 2)).toBe(28);
  });
});

describe('every date of the supported range, 0001-01-01 … 9999-12-31', () => {
  it('walks all 3 652 059 days: epoch days, text, weekday and leap days all agree with a day-by-day count', () => {
    // 9999 years × 365 + 2424 leap days (9999/4 = 2499, − 99 centuries, + 24 four-centuries) = 3 652 059.
    expect(LAST - FIRST + 1).toBe(3_652_059);
    let y = 1;
    let m = 1;
    let day = 1;
    let wd = 1; // 0001-01-01 was a Monday (proleptic Gregorian)
    let leapDays = 0;
    const bad: string[] = [];
    for (let e = FIRST; e <= LAST; e++) {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (fromEpochDay(e) !== text || toEpochDay(text) !== e || weekday(text as CivilDate) !== wd) {
        if (bad.push(text) > 5) break;
      }
      if (m === 2 && day === 29) leapDays++;
      wd = wd === 7 ? 1 : wd + 1;
      if (day < monthLength(y, m)) day++;
      else if (m < 12) {
        m++;
        day = 1;
      } else {
        y++;
        m = 1;
        day = 1;
      }
    }
    expect(bad).toEqual([]);
    expect(leapDays).toBe(2424);
  });

  it('refuses to leave the range', () => {
    expect(pathsOf(() => addDays(d('9999-12-31'), 1))).toEqual(['n']);
    expect(pathsOf(() => addDays(d('0001-01-01'), -1))).toEqual(['n']);
    expect(pathsOf(() => addMonths(d('9999-12-01'), 1))).toEqual(['n']);
    expect(pathsOf(() => addYears(d('0001-06-01'), -1))).toEqual(['n']);
    expect(pathsOf(() => fromEpochDay(LAST + 1))).toEqual(['epochDay']);
  });
});

describe('month and year arithmetic (民法典 第二百零二条)', () => {
  it('end-of-month cases worked by hand', () => {
    // 2024 is a leap year: February has 29 days, so 31 January + 1 month has no 31st → 29 February.
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    // 2023 is not: → 28 February.
    expect(addMonths(d('2023-01-31'), 1)).toBe('2023-02-28');
    // 29 February + 1 year: 2025 has no 29 February → its last day, 28 February.
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    // + 4 years: 2028 is a leap year, the corresponding day exists.
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    // 31 March + 1 month: April has 30 days → 30 April. 30 April + 1 month: 30 May exists.
    expect(addMonths(d('2025-03-31'), 1)).toBe('2025-04-30');
    expect(addMonths(d('2025-04-30'), 1)).toBe('2025-05-30');
    // 31 August + 6 months = February of the next year: 2025-02-28.
    expect(addMonths(d('2024-08-31'), 6)).toBe('2025-02-28');
    // Backwards: 31 March − 1 month = 29 February 2024; 15 January − 1 month = 15 December.
    expect(addMonths(d('2024-03-31'), -1)).toBe('2024-02-29');
    expect(addMonths(d('2025-01-15'), -1)).toBe('2024-12-15');
    // 12 months and 1 year are the same period.
    expect(addMonths(d('2024-02-29'), 12)).toBe('2025-02-28');
    expect(addMonths(d('2025-06-30'), 0)).toBe('2025-06-30');
  });

  it('property: addMonths follows the hand rule over the whole range', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -1200, max: 1200 }), (s, n) => {
        const want = handAddMonths(s, n);
        if (!isCivilDate(want)) return void expect(() => addMonths(s, n)).toThrow(ValidationError);
        expect(addMonths(s, n)).toBe(want);
      }),
    );
  });

  it('property: addYears(n) is addMonths(12 n), and both keep the day when it exists', () => {
    fc.assert(
      fc.property(modernArb, fc.integer({ min: -100, max: 100 }), (s, n) => {
        const r = addYears(s, n);
        expect(r).toBe(handAddMonths(s, 12 * n));
        expect(r).toBe(addMonths(s, 12 * n));
        const day = Number(s.slice(8));
        expect(Number(r.slice(8))).toBe(
          Math.min(day, monthLength(Number(r.slice(0, 4)), Number(r.slice(5, 7)))),
        );
      }),
    );
  });

  it('property: a month later is 28–31 days later, and never earlier in the month unless clamped', () => {
    fc.assert(
      fc.property(modernArb, (s) => {
        const gap = daysBetween(s, addMonths(s, 1));
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('rejects a non-integer count or a bad date, naming it', () => {
    expect(pathsOf(() => addMonths(d('2024-01-31'), 1.5))).toEqual(['n']);
    expect(pathsOf(() => addYears(d('2024-01-31'), Number.NaN))).toEqual(['n']);
    expect(pathsOf(() => addMonths('2024-02-30' as CivilDate, 1))).toEqual(['date']);
    expect(pathsOf(() => addMonths(d('2024-01-31'), Number.MAX_SAFE_INTEGER))).toEqual(['n']);
  });
});

describe('formatting', () => {
  it('writes dates in Chinese and English', () => {
    expect(formatDate(d('2025-01-28'), 'zh')).toBe('2025年1月28日');
    expect(formatDate(d('2025-01-28'), 'en')).toBe('January 28, 2025');
    // 2025-01-28 is a Tuesday: 2025-01-01 was a Wednesday, + 27 days = + 6 → Tuesday.
    expect(formatDate(d('2025-01-28'), 'zh', { weekday: true })).toBe('2025年1月28日 星期二');
    expect(formatDate(d('2025-01-28'), 'en', { weekday: true })).toBe('Tuesday, January 28, 2025');
    expect(formatDate(d('0019-12-01'), 'en')).toBe('December 1, 0019');
    expect(pathsOf(() => formatDate(d('2025-01-28'), 'fr' as 'en'))).toEqual(['language']);
    expect(pathsOf(() => formatDate(d('2025-01-28'), 'en', { weekday: 1 as unknown as boolean }))).toEqual([
      'options.weekday',
    ]);
    expect(pathsOf(() => formatDate('2025-02-29' as CivilDate, 'zh'))).toEqual(['date']);
  });

  it('property: round trip: the zh text gives back the date, and so does the ISO text', () => {
    fc.assert(
      fc.property(dateArb, (s) => {
        const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(formatDate(s, 'zh'));
        expect(m).not.toBeNull();
        const [, y, mo, day] = m as unknown as [string, string, string, string];
        expect(dateFromParts(Number(y), Number(mo), Number(day))).toBe(s);
        expect(civilDate(`${s}`)).toBe(s);
        expect(fromEpochDay(toEpochDay(s))).toBe(s);
      }),
    );
  });
});

describe('independence from the machine time zone', () => {
  // Node applies a change of process.env.TZ to later Date operations; the suite also runs whole
  // under TZ=UTC, Asia/Shanghai and America/New_York. Sao Paulo started daylight saving at local
  // midnight in 2018 (2018-11-04 00:00 did not exist), the case that breaks local-midnight Dates.
  const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'America/Sao_Paulo', 'Pacific/Kiritimati'];
  const samples = [
    '2018-11-04',
    '2018-10-31',
    '2024-01-31',
    '2024-02-29',
    '2025-03-09',
    '2025-11-02',
    '0002-03-31',
    '9998-01-31',
  ].map(d);

  function answers(): string[] {
    return samples.flatMap((s) => [
      addMonths(s, 1),
      addMonths(s, -13),
      addYears(s, 1),
      formatDate(s, 'zh', { weekday: true }),
      formatDate(s, 'en', { weekday: true }),
    ]);
  }

  it('gives the same answers in every zone', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const reference = answers();
      for (const zone of zones) {
        process.env.TZ = zone;
        expect(answers(), zone).toEqual(reference);
      }
      // The zone change did take effect (otherwise this test would prove nothing).
      process.env.TZ = 'Pacific/Kiritimati';
      expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
