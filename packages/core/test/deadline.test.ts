import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDateArb } from '../src/calendar/arbitraries';
import {
  addDays,
  addMonths,
  CIVIL_CODE_ART_201,
  CIVIL_CODE_ART_202,
  CIVIL_CODE_ART_203,
  type CivilDate,
  civilDate,
  compareDates,
  daysBetween,
  explainDeadline,
  isWorkingDay,
  statutoryDeadline,
  TAX_RULES_ART_109,
} from '../src/calendar/index';
import { CalendarRangeError, ValidationError } from '../src/errors';

const d = (s: string): CivilDate => civilDate(s);
const inner = { from: d('2019-03-01'), to: d('2026-06-30') };

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('statutoryDeadline (民法典 第二百零一条, 第二百零三条)', () => {
  it('a deadline landing on a make-up Saturday stays there', () => {
    // 2025-01-29 + 10 days = 2025-02-08, a Saturday that is a 春节 make-up working day.
    expect(statutoryDeadline(d('2025-01-29'), 10, 'days')).toBe('2025-02-08');
  });

  it('a 10-day period from 2024-09-28 ends after National Day', () => {
    // 9-28 + 10 = 10-08 (Tuesday, first working day after 国庆节 10-01..10-07)
    expect(statutoryDeadline(d('2024-09-28'), 10, 'days')).toBe('2024-10-08');
    // 9-25 + 10 = 10-05, a day off: the period runs to the day after the holiday, 10-08 (第二百零三条)
    expect(statutoryDeadline(d('2024-09-25'), 10, 'days')).toBe('2024-10-08');
    // n = 0 on a holiday: the last day is the start, a day off, so 10-08
    expect(statutoryDeadline(d('2024-10-03'), 0, 'days')).toBe('2024-10-08');
  });

  it('counts working days with the start excluded', () => {
    // Fri 9-27: 9-29 (make-up Sun) 1, 9-30 2, 10-08 3
    expect(statutoryDeadline(d('2024-09-27'), 3, 'workingDays')).toBe('2024-10-08');
    // 15 working days from Mon 2025-01-20: 1/21–1/24 (4), 1/26 make-up Sun (5), 1/27 (6),
    // 2/5–2/8 (10, 2/8 make-up Sat), 2/10–2/14 (15)
    expect(statutoryDeadline(d('2025-01-20'), 15, 'workingDays')).toBe('2025-02-14');
  });

  it('explains each step with its article', () => {
    const x = explainDeadline(d('2024-09-25'), 10, 'days');
    expect(x.deadline).toBe('2024-10-08');
    expect(x.citations).toEqual([CIVIL_CODE_ART_201, CIVIL_CODE_ART_203]);
    expect(x.steps.map((s) => s.en)).toEqual([
      'The period starts the day after 2024-09-25; the start day is not counted',
      '10 days end on 2024-10-05',
      '2024-10-05 is a day off, so the period runs to the next working day, 2024-10-08',
    ]);
    expect(explainDeadline(d('2024-09-28'), 10, 'days').citations).toEqual([CIVIL_CODE_ART_201]);
  });
});

describe('tax variant (征管法实施细则 第一百零九条)', () => {
  const tax = { taxHolidayExtension: true } as const;

  it('extends a period across Spring Festival 2025 by the days off inside it', () => {
    // (1/31, 2/15]: the run 1/28–2/4 is inside from 2/1: 4 days ≥ 3 → +4 → 2/19 (Wed, working)
    expect(statutoryDeadline(d('2025-01-31'), 15, 'days', tax)).toBe('2025-02-19');
    // Without the extension: 2/15 Sat → 2/16 Sun → Mon 2/17
    expect(statutoryDeadline(d('2025-01-31'), 15, 'days')).toBe('2025-02-17');
    // (1/20, 2/4] holds the whole 8-day run 1/28–2/4 (1/25 alone: 1/26 is a make-up day) → 2/12
    expect(statutoryDeadline(d('2025-01-20'), 15, 'days', tax)).toBe('2025-02-12');
    expect(statutoryDeadline(d('2025-01-20'), 15, 'days')).toBe('2025-02-05');
    const x = explainDeadline(d('2025-01-31'), 15, 'days', tax);
    expect(x.extensionDays).toBe(4);
    expect(x.citations).toEqual([CIVIL_CODE_ART_201, TAX_RULES_ART_109]);
  });

  it('a 3-day 清明 run extends, ordinary 2-day weekends do not', () => {
    // 清明 2025: Fri 4/4 – Sun 4/6 off; (4/1, 4/11] → +3 → Mon 4/14
    expect(statutoryDeadline(d('2025-04-01'), 10, 'days', tax)).toBe('2025-04-14');
    expect(statutoryDeadline(d('2025-04-01'), 10, 'days')).toBe('2025-04-11');
    // (3/3, 3/18] holds only weekends 3/8–9 and 3/15–16: no extension, Tue 3/18
    expect(statutoryDeadline(d('2025-03-03'), 15, 'days', tax)).toBe('2025-03-18');
  });

  it('a run cut by the end of the period counts only its days inside', () => {
    // (9/20, 10/5]: 国庆节 2025 run 10/1–10/8 contributes 10/1–10/5 = 5 → 10/10 (Fri, working)
    expect(statutoryDeadline(d('2025-09-20'), 15, 'days', tax)).toBe('2025-10-10');
  });

  it('rejects the extension for working-day periods', () => {
    expect(pathsOf(() => statutoryDeadline(d('2025-01-20'), 5, 'workingDays', tax))).toEqual([
      'options.taxHolidayExtension',
    ]);
  });
});

describe('periods in months and years (民法典 第二百零二条)', () => {
  it('end on the corresponding day, or the last day of a month without one', () => {
    // 2024-01-31 + 1 month: February 2024 has no 31st → 2024-02-29, a Thursday (working).
    expect(statutoryDeadline(d('2024-01-31'), 1, 'months')).toBe('2024-02-29');
    // 2023-01-31 + 1 month → 2023-02-28, a Tuesday.
    expect(statutoryDeadline(d('2023-01-31'), 1, 'months')).toBe('2023-02-28');
    // 2024-02-29 + 1 year: 2025 has no 29 February → 2025-02-28, a Friday.
    expect(statutoryDeadline(d('2024-02-29'), 1, 'years')).toBe('2025-02-28');
    // 2024-09-01 + 1 month = 2024-10-01, 国庆节 (off 10-01..10-07) → Tue 2024-10-08 (第二百零三条).
    expect(statutoryDeadline(d('2024-09-01'), 1, 'months')).toBe('2024-10-08');
    // n = 0: the start day itself, moved on if it is a day off (Sat 2025-03-01 → Mon 03-03).
    expect(statutoryDeadline(d('2025-03-01'), 0, 'months')).toBe('2025-03-03');
  });

  it('explains the corresponding day and cites 第二百零二条', () => {
    const x = explainDeadline(d('2024-01-31'), 1, 'months');
    expect(x.citations).toEqual([CIVIL_CODE_ART_201, CIVIL_CODE_ART_202]);
    expect(x.steps.map((s) => s.en)).toEqual([
      'The period starts the day after 2024-01-31; the start day is not counted',
      '1 month: the last month has no corresponding day, so its last day, 2024-02-29, ends the period',
    ]);
    expect(x.steps[1]?.zh).toBe('1 个月期间到期月没有对应日，月末日 2024-02-29 为期间的最后一日');
    const y = explainDeadline(d('2024-09-01'), 1, 'months');
    expect(y.citations).toEqual([CIVIL_CODE_ART_201, CIVIL_CODE_ART_202, CIVIL_CODE_ART_203]);
    expect(y.steps[1]?.en).toBe('1 month ends on the corresponding day, 2024-10-01');
    expect(explainDeadline(d('2023-06-15'), 2, 'years').steps[1]?.en).toBe(
      '2 years end on the corresponding day, 2025-06-15',
    );
  });

  it('take the tax extension like any natural-day period', () => {
    // (2025-01-15, 2025-02-15]: the only run of 3+ days off is 1/28–2/4 (8 days; 1/25 and 2/9 stand
    // alone beside make-up days 1/26 and 2/8) → 2/15 + 8 = Sun 2/23 → Mon 2025-02-24.
    expect(statutoryDeadline(d('2025-01-15'), 1, 'months', { taxHolidayExtension: true })).toBe('2025-02-24');
    expect(explainDeadline(d('2025-01-15'), 1, 'months', { taxHolidayExtension: true }).extensionDays).toBe(
      8,
    );
    // Without it: Sat 2/15 → Mon 2/17.
    expect(statutoryDeadline(d('2025-01-15'), 1, 'months')).toBe('2025-02-17');
  });

  it('leaving the coverage is a CalendarRangeError', () => {
    expect(() => statutoryDeadline(d('2026-12-01'), 1, 'months')).toThrow(CalendarRangeError);
    expect(() => statutoryDeadline(d('2026-01-01'), 1, 'years')).toThrow(CalendarRangeError);
  });

  it('property: the deadline is the first working day on or after the corresponding day', () => {
    fc.assert(
      fc.property(civilDateArb(inner), fc.integer({ min: 0, max: 3 }), (s, n) => {
        const r = statutoryDeadline(s, n, 'months');
        const last = addMonths(s, n);
        expect(daysBetween(last, r)).toBeGreaterThanOrEqual(0);
        for (let x = last; x !== r; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
        expect(isWorkingDay(r)).toBe(true);
      }),
    );
  });
});

describe('bad input and range', () => {
  it('names the bad field', () => {
    expect(pathsOf(() => statutoryDeadline(d('2025-01-20'), -1, 'days'))).toEqual(['n']);
    expect(pathsOf(() => statutoryDeadline(d('2025-01-20'), 1.5, 'days'))).toEqual(['n']);
    expect(pathsOf(() => statutoryDeadline(d('2025-01-20'), 1, 'weeks' as 'days'))).toEqual(['unit']);
    expect(pathsOf(() => statutoryDeadline('2025-13-01' as CivilDate, 1, 'days'))).toEqual(['start']);
    const opts = { taxHolidayExtension: 'yes' as unknown as boolean };
    expect(pathsOf(() => statutoryDeadline(d('2025-01-20'), 1, 'days', opts))).toEqual([
      'options.taxHolidayExtension',
    ]);
  });

  it('a period leaving the covered years is a CalendarRangeError', () => {
    expect(() => statutoryDeadline(d('2026-12-20'), 30, 'days')).toThrow(CalendarRangeError);
    expect(() => statutoryDeadline(d('2018-12-20'), 30, 'days')).toThrow(CalendarRangeError);
    expect(() => statutoryDeadline(d('2026-12-20'), 30, 'workingDays')).toThrow(CalendarRangeError);
  });
});

describe('properties', () => {
  const unitArb = fc.constantFrom<'days' | 'workingDays'>('days', 'workingDays');

  it('a deadline never falls on a day off', () => {
    fc.assert(
      fc.property(
        civilDateArb(inner),
        fc.integer({ min: 0, max: 90 }),
        unitArb,
        fc.boolean(),
        (s, n, unit, t) => {
          const r = statutoryDeadline(s, n, unit, { taxHolidayExtension: t && unit === 'days' });
          expect(isWorkingDay(r)).toBe(true);
        },
      ),
    );
  });

  it('第二百零三条: a natural-day deadline is the first working day on or after start + n', () => {
    fc.assert(
      fc.property(civilDateArb(inner), fc.integer({ min: 0, max: 90 }), (s, n) => {
        const r = statutoryDeadline(s, n, 'days');
        const last = addDays(s, n);
        expect(daysBetween(last, r)).toBeGreaterThanOrEqual(0);
        for (let x = last; x !== r; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
      }),
    );
  });

  it('deadlines are monotone in n, and the tax extension never shortens a period', () => {
    fc.assert(
      fc.property(
        civilDateArb(inner),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 20 }),
        (s, n, k) => {
          for (const o of [{}, { taxHolidayExtension: true }]) {
            const a = statutoryDeadline(s, n, 'days', o);
            expect(compareDates(a, statutoryDeadline(s, n + k, 'days', o))).toBeLessThanOrEqual(0);
          }
          const plain = statutoryDeadline(s, n, 'days');
          expect(
            compareDates(plain, statutoryDeadline(s, n, 'days', { taxHolidayExtension: true })),
          ).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
