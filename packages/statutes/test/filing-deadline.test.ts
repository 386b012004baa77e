import {
  CalendarRangeError,
  civilDate,
  dateFromParts,
  isDayOff,
  isWorkingDay,
  statutoryDeadline,
  ValidationError,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainFilingDeadline, FILING_DEADLINE_NOTICES, filingDeadline } from '../src/index';

// Each month's published deadline (the filing month, as the notices list it), copied from the
// yearly notice of 国家税务总局办公厅 关于明确20XX年度申报纳税期限的通知 (sources: FILING_DEADLINE_NOTICES,
// each read in the reprint its note names). Day of the month, January..December.
const PUBLISHED: Record<number, readonly number[]> = {
  // 税总办函〔2019〕449号. May is left out (null): the reprint reads 05-22, but the 2020-04-27 notice
  // (国家税务总局关于明确2020年5月纳税申报期限有关事项的通知) "延长至5月22日" for the epidemic, so the
  // yearly figure was earlier; the 2020 reading (natural days) gives 15 + 5 = 05-20. Unresolved.
  2020: [15, 17, 16, 20, Number.NaN, 15, 15, 17, 15, 23, 16, 15],
  // 税总办函〔2020〕242号
  2021: [20, 23, 15, 20, 21, 18, 15, 16, 15, 26, 15, 15],
  // 税总办征科函〔2021〕201号
  2022: [19, 23, 15, 20, 19, 20, 15, 15, 20, 25, 15, 15],
  // 税总办征科函〔2022〕245号
  2023: [16, 15, 15, 17, 18, 15, 17, 15, 15, 23, 15, 15],
  // 2024 notice (document number not in the reprint seen)
  2024: [15, 23, 15, 18, 22, 19, 15, 15, 18, 24, 15, 16],
  // 税总办征科函〔2024〕71号 (广东省税务局 2025年征期日历)
  2025: [15, 20, 17, 18, 22, 16, 15, 15, 15, 27, 17, 15],
  // 税总办征科函〔2025〕64号
  2026: [20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15],
};

const pad = (n: number) => String(n).padStart(2, '0');

describe('filingDeadline: every published month, 2020–2026', () => {
  for (const [year, days] of Object.entries(PUBLISHED)) {
    it(`${year}: all twelve months match ${FILING_DEADLINE_NOTICES[Number(year) as 2020].docNo ?? 'the notice'}`, () => {
      days.forEach((day, i) => {
        if (Number.isNaN(day)) return;
        const month = `${year}-${pad(i + 1)}`;
        expect(filingDeadline(month), month).toBe(`${month}-${pad(day)}`);
      });
    });
  }

  it('2020-05 gives 05-20 under the 2020 reading (see the note on PUBLISHED)', () => {
    // 05-01..05 off (5 days, inside 1st–15th); natural days: 15 + 5 = 05-20, a Wednesday.
    expect(filingDeadline('2020-05')).toBe('2020-05-20');
  });
});

describe('filingDeadline: worked examples', () => {
  it('2024-10: 7 days off counted as working days gives 10-24 (the notice); natural days would give 10-22', () => {
    // 国庆节 10-01..07 (7 days, all inside 1st–15th). 10-15 is a Tuesday; 7 working days after it:
    // 16, 17, 18, (19–20 weekend), 21, 22, 23, 24 → 10-24.
    const e = explainFilingDeadline('2024-10');
    expect(e.extensionDays).toBe(7);
    expect(e.count).toBe('workingDays');
    expect(e.deadline).toBe('2024-10-24');
    // Core's natural-day reading from the period end 09-30: 15 days → 10-15, + 7 → 10-22.
    expect(statutoryDeadline(civilDate('2024-09-30'), 15, 'days', { taxHolidayExtension: true })).toBe(
      '2024-10-22',
    );
  });

  it('2025-02 (the January 2025 tax period): 02-20, where core gives 02-19', () => {
    // 春节 01-28..02-04; inside the 1st–15th only 02-01..04 (4 days). 02-15 is a Saturday; 4 working
    // days after it: (16 Sun), 17, 18, 19, 20 → 02-20. Core: 01-31 + 15 = 02-15, + 4 = 02-19.
    expect(explainFilingDeadline('2025-02').extensionDays).toBe(4);
    expect(filingDeadline('2025-02')).toBe('2025-02-20');
    expect(statutoryDeadline(civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true })).toBe(
      '2025-02-19',
    );
  });

  it('2021-02: a run that crosses the 15th counts only its days up to the 15th', () => {
    // 春节 02-11..17; inside: 02-11..15 = 5 days. After 02-15: 16, 17 off; 18 (1), 19 (2),
    // 20 (Sat, make-up working day, 3), 22 (4), 23 (5) → 02-23, as the notice says. Counting all 7
    // days would give 02-25.
    expect(explainFilingDeadline('2021-02').extensionDays).toBe(5);
    expect(filingDeadline('2021-02')).toBe('2021-02-23');
  });

  it('2026-02: a run starting on the 15th only moves the last day (1 day inside < 3)', () => {
    // 春节 02-15..23; inside: 02-15 alone, not a run of 3 → no extension; 02-15 is off, so the
    // next working day, 02-24.
    expect(explainFilingDeadline('2026-02').extensionDays).toBe(0);
    expect(filingDeadline('2026-02')).toBe('2026-02-24');
  });

  it('2024-01: the New Year run 2023-12-30..2024-01-01 has one day inside, so no extension', () => {
    expect(filingDeadline('2024-01')).toBe('2024-01-15'); // a Monday
  });

  it('2020-10: the 2020 notice counts natural days: 15 + 8 = 10-23 (working days would give 10-27)', () => {
    const e = explainFilingDeadline('2020-10');
    expect(e.count).toBe('naturalDays');
    expect(e.extensionDays).toBe(8);
    expect(e.deadline).toBe('2020-10-23');
  });

  it('core natural-day reading differs from the notices in 10 of the 48 months of 2023–2026', () => {
    // Compared with the published dates (not with filingDeadline). Core adds the days off as
    // natural days: 2024-02 15+6=21 (notice 23), 2024-05 15+5=20 (22), 2024-06 15+3=18 (19),
    // 2024-10 15+7=22 (24), 2025-02 15+4=19 (20), 2025-05 15+5=20 (22), 2025-10 15+8=23 (27),
    // 2026-01 15+3=18 Sun→19 (20), 2026-05 15+5=20 (22), 2026-10 15+7=22 (26). The issue's "10 of 48".
    const differing: string[] = [];
    for (const year of [2023, 2024, 2025, 2026]) {
      (PUBLISHED[year] ?? []).forEach((day, i) => {
        const periodEnd = dateFromParts(year, i + 1, 1);
        const prevEnd = civilDate(
          i === 0 ? `${String(year - 1)}-12-31` : `${String(year)}-${pad(i)}-${pad(daysIn(year, i))}`,
        );
        const core = statutoryDeadline(prevEnd, 15, 'days', { taxHolidayExtension: true });
        if (core !== `${periodEnd.slice(0, 7)}-${pad(day)}`) differing.push(periodEnd.slice(0, 7));
      });
    }
    expect(differing).toEqual([
      '2024-02',
      '2024-05',
      '2024-06',
      '2024-10',
      '2025-02',
      '2025-05',
      '2025-10',
      '2026-01',
      '2026-05',
      '2026-10',
    ]);
  });
});

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

describe('filingDeadline: invariants', () => {
  const month = fc
    .record({ y: fc.integer({ min: 2019, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${String(y)}-${pad(m)}`);

  it('is a working day, never before the 15th, in the filing month, and adds at least the extension', () => {
    fc.assert(
      fc.property(month, (m) => {
        const e = explainFilingDeadline(m);
        const fifteenth = civilDate(`${m}-15`);
        expect(isWorkingDay(e.deadline)).toBe(true);
        expect(e.deadline >= fifteenth).toBe(true);
        expect(e.deadline.slice(0, 7)).toBe(m);
        if (e.extensionDays === 0 && !isDayOff(fifteenth)) expect(e.deadline).toBe(fifteenth);
      }),
      { seed: Number(process.env.FC_SEED ?? 42) },
    );
  });
});

describe('filingDeadline: bad input', () => {
  it.each([['2024-13'], ['2024-1'], ['24-10'], [''], [202410 as unknown as string]])(
    '%s names filingMonth',
    (m) => {
      expect(() => filingDeadline(m)).toThrow(ValidationError);
      try {
        filingDeadline(m);
      } catch (e) {
        expect((e as ValidationError).issues[0]?.path).toBe('filingMonth');
      }
    },
  );

  it('names the calendar when it is not one', () => {
    expect(() => filingDeadline('2024-10', {} as never)).toThrow(/calendar/);
  });

  it('before the 实施细则 and outside the calendar', () => {
    expect(() => filingDeadline('2001-01')).toThrow(ValidationError);
    expect(() => filingDeadline('2027-01')).toThrow(CalendarRangeError);
  });
});
