// serviceDeadline: the worked examples from the law and the calendar, a sweep over every
// day of 2019–2026 (each holiday block) against a day-by-day count, and bad input.
import { addDays, type CivilDate, civilDate, isWorkingDay, toEpochDay } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { explainServiceDeadline, type ServiceItem, serviceDeadline } from '../src/index';
import { pathsOf } from './fixtures';

describe('serviceDeadline: worked examples', () => {
  it('invoice types: 5 working days after 2025-09-30 (发票管理办法 第十五条) is 2025-10-14', () => {
    // 10-01 … 10-08 are days off (国庆节、中秋节), Sat 10-11 is a make-up working day:
    // 10-09 (1), 10-10 (2), 10-11 (3), 10-13 (4), 10-14 (5).
    expect(serviceDeadline('invoice-type-approval', '2025-09-30')).toBe('2025-10-14');
  });

  it('first invoices: 2 working days after 2025-01-27 (2018年第29号 第一条) is 2025-02-06', () => {
    // 01-28 … 02-04 are days off (春节): 02-05 (1), 02-06 (2).
    expect(serviceDeadline('first-invoice-issue', '2025-01-27')).toBe('2025-02-06');
  });

  it('registration: the same day (征管法 第十五条); a Saturday receipt counts on Monday (assumption)', () => {
    expect(serviceDeadline('tax-registration', '2025-03-12')).toBe('2025-03-12');
    // Sat 2025-03-15 → accepted Mon 03-17, 0 days → 03-17.
    expect(serviceDeadline('tax-registration', '2025-03-15')).toBe('2025-03-17');
  });

  it('refund claim: 30 days over National Day 2024 extended by the 7 days off (细则 第七十八、一百零九条)', () => {
    // 2024-09-20 + 30 = 10-20; 10-01 … 10-07 is a run of 7 days off inside → +7 = 10-27, a Sunday
    // (not a make-up day in 2024) → the next working day, Mon 10-28.
    expect(serviceDeadline('refund-claim', '2024-09-20')).toBe('2024-10-28');
    const why = explainServiceDeadline('refund-claim', '2024-09-20');
    expect(why.citations.map((c) => c.article)).toEqual(
      expect.arrayContaining(['第七十八条', '第一百零九条', '第一百零八条']),
    );
  });

  it('payment extension: 20 days from 2025-03-03 is 2025-03-24 (细则 第四十二条)', () => {
    // 03-03 + 20 = 03-23, a Sunday → Mon 03-24; no run of 3 days off inside.
    expect(serviceDeadline('payment-extension', '2025-03-03')).toBe('2025-03-24');
  });
});

/** The oracle: the same rules walked day by day with nothing but isWorkingDay. */
function oracle(item: ServiceItem, received: CivilDate): CivilDate {
  let accepted = received;
  while (!isWorkingDay(accepted)) accepted = addDays(accepted, 1);
  const working: Record<string, number> = { 'first-invoice-issue': 2, 'invoice-type-approval': 5 };
  const natural: Record<string, number> = {
    'tax-registration': 0,
    'refund-claim': 30,
    'payment-extension': 20,
  };
  const w = working[item];
  if (w !== undefined) {
    let d = accepted;
    for (let k = 0; k < w; ) {
      d = addDays(d, 1);
      if (isWorkingDay(d)) k++;
    }
    return d;
  }
  const n = natural[item] as number;
  const end = addDays(accepted, n);
  let extension = 0;
  let run = 0;
  for (let d = addDays(accepted, 1); d <= end; d = addDays(d, 1)) {
    if (isWorkingDay(d)) {
      if (run >= 3) extension += run;
      run = 0;
    } else run++;
  }
  if (run >= 3) extension += run;
  let last = addDays(end, extension);
  while (!isWorkingDay(last)) last = addDays(last, 1);
  return last;
}

describe('serviceDeadline across every holiday block of 2019–2026', () => {
  const items: ServiceItem[] = [
    'tax-registration',
    'first-invoice-issue',
    'invoice-type-approval',
    'refund-claim',
    'payment-extension',
  ];
  it('matches the day-by-day count, never falls on a day off, never before receipt', () => {
    const first = toEpochDay('2019-01-01');
    const last = toEpochDay('2026-11-15');
    const wrong: string[] = [];
    for (let e = first; e <= last; e++) {
      const received = addDays(civilDate('2019-01-01'), e - first);
      for (const item of items) {
        const got = serviceDeadline(item, received);
        if (got !== oracle(item, received) || !isWorkingDay(got) || got < received) {
          wrong.push(`${item} ${received} → ${got}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('serviceDeadline: bad input', () => {
  it('names the field and throws a ValidationError', () => {
    expect(pathsOf(() => serviceDeadline('visa' as ServiceItem, '2025-03-03'))).toEqual(['item']);
    expect(pathsOf(() => serviceDeadline('refund-claim', '2025-02-30'))).toEqual(['receivedOn']);
    expect(pathsOf(() => serviceDeadline('refund-claim', 20250303 as unknown as string))).toEqual([
      'receivedOn',
    ]);
  });
});
