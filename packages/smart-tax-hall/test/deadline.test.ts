// The filing deadline behind the hall's demand peaks: the rule (实施细则 第一百零九条 as the SAT's
// yearly notices apply it) and the notices carried as data.
import { civilDate, isDayOff, statutoryDeadline, ValidationError } from '@gd-ftz/core';
import { PUBLISHED_FILING_DAYS } from '@gd-ftz/statutes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingDeadline, monthDeadline } from '../src/index';

const pad = (n: number) => String(n).padStart(2, '0');

describe('filingDeadline: worked examples', () => {
  it('2024-10: 10-01..07 off (7 days in the 1st–15th) → 15th + 7 working days = 10-24', () => {
    // 10-15 is a Tuesday; working days after it: 16, 17, 18, (19, 20 weekend), 21, 22, 23, 24.
    expect(filingDeadline('2024-10')).toBe('2024-10-24');
  });

  it('2023-05: 04-29..05-03 off, 05-01..03 inside (3 days) → 15th + 3 working days = 05-18', () => {
    // 05-15 is a Monday: 16, 17, 18.
    expect(filingDeadline('2023-05')).toBe('2023-05-18');
  });

  it('2024-12: no run of 3 days off; the 15th is a Sunday → next working day 12-16', () => {
    expect(filingDeadline('2024-12')).toBe('2024-12-16');
  });

  it('core’s natural-day extension is not used: it gives 2024-10-22, the notice says 10-24', () => {
    // 09-30 + 15 days = 10-15; + 7 natural days = 10-22 (a Tuesday, a working day).
    expect(statutoryDeadline(civilDate('2024-09-30'), 15, 'days', { taxHolidayExtension: true })).toBe(
      '2024-10-22',
    );
    expect(monthDeadline('2024-10')).toMatchObject({ deadline: '2024-10-24', source: 'notice' });
  });
});

describe('the rule against the notices carried as data', () => {
  it('the rule alone reproduces every published month, 2021–2026 (72 months)', () => {
    const differing: string[] = [];
    let n = 0;
    for (const [year, days] of Object.entries(PUBLISHED_FILING_DAYS)) {
      days.forEach((day, i) => {
        const month = `${year}-${pad(i + 1)}`;
        n++;
        if (filingDeadline(month) !== `${month}-${pad(day)}`) differing.push(month);
      });
    }
    expect(n).toBe(72);
    expect(differing).toEqual([]);
  });

  it('the trace says which fixed a month: the notice where carried, else the rule', () => {
    expect(monthDeadline('2026-02')).toMatchObject({ deadline: '2026-02-24', source: 'notice' });
    expect(monthDeadline('2020-06')).toMatchObject({ source: 'rule' });
  });
});

describe('filingDeadline: properties', () => {
  const month = fc
    .record({ y: fc.integer({ min: 2019, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${String(y)}-${pad(m)}`);
  it('is never a day off and never before the 15th', () => {
    fc.assert(
      fc.property(month, (m) => {
        const d = filingDeadline(m);
        expect(isDayOff(d)).toBe(false);
        expect(d >= `${m}-15`).toBe(true);
      }),
    );
  });
});

describe('filingDeadline and monthDeadline: bad input', () => {
  const cases = ['2024-13', '2024-1', '', 'x'].flatMap((bad) => [
    ['filingDeadline', bad, () => filingDeadline(bad)] as const,
    ['monthDeadline', bad, () => monthDeadline(bad)] as const,
  ]);
  it.each(cases)('%s rejects %j naming filingMonth', (_name, _bad, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['filingMonth']);
  });
});
