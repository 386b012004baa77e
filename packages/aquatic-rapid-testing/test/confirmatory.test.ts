import { addDays, civilDate, isWorkingDay, ValidationError, workingDaysBetween } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receivedAtArb } from '../src/arbitraries';
import {
  assessObjection,
  isPermittedRetestMethod,
  objectionWindow,
  retestReportDeadline,
} from '../src/index';

describe('Art. 51: the 4-hour objection window of a rapid result', () => {
  it('runs on the clock across midnight and into a holiday: 2025-09-30 22:00 + 4 h = 2025-10-01 02:00', () => {
    expect(objectionWindow('rapid', '2025-09-30T22:00').deadline).toBe('2025-10-01T02:00');
  });
  it('an objection at 02:00 is in time, at 02:01 it is late (an outcome, not an error)', () => {
    expect(
      assessObjection({ method: 'rapid', receivedAt: '2025-09-30T22:00', objectedAt: '2025-10-01T02:00' })
        .admissible,
    ).toBe(true);
    const late = assessObjection({
      method: 'rapid',
      receivedAt: '2025-09-30T22:00',
      objectedAt: '2025-10-01T02:01',
    });
    expect(late.admissible).toBe(false);
    expect(late.reportDue).toBeNull();
  });
  it('the re-test of a rapid result may not use a rapid method', () => {
    expect(isPermittedRetestMethod('rapid', 'rapid')).toBe(false);
    expect(isPermittedRetestMethod('rapid', 'laboratory')).toBe(true);
    expect(
      assessObjection({ method: 'rapid', receivedAt: '2025-03-03T10:00', objectedAt: '2025-03-03T11:00' })
        .retestMethod,
    ).toBe('laboratory');
  });
});

describe('Art. 51: the 7-working-day re-test report deadline on the statutory calendar', () => {
  it('sample received Fri 2025-09-26: 9-28 (make-up Sunday), 9-29, 9-30, [10-01…10-08 off], 10-09, 10-10, 10-11 (make-up Saturday), 10-13', () => {
    expect(retestReportDeadline('2025-09-26')).toBe('2025-10-13');
  });
  it('sample received on the holiday 2025-10-01 (objection at 01:30, sample in at 05:00): 10-09, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16', () => {
    const a = assessObjection({
      method: 'rapid',
      receivedAt: '2025-09-30T22:00',
      objectedAt: '2025-10-01T01:30',
      sampleReceivedAt: '2025-10-01T05:00',
    });
    expect(a.reportDue).toBe('2025-10-16');
    expect(a.steps.map((s) => s.id)).toEqual([
      'objection.rapid-window',
      'objection.in-time',
      'retest.sample-received',
      'retest.report-deadline',
    ]);
  });
  it('counts from the receipt of the re-test sample, not from the objection (第五十一条: 自收到复检样品之日起)', () => {
    // Objection Fri 2025-09-26 12:00; the sample reaches the re-test laboratory Mon 9-29 09:00.
    // From 9-29: 9-30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14, 10-15 → 10-15.
    // Counting from the objection day (9-26) would give 10-13, two working days too early.
    const a = assessObjection({
      method: 'rapid',
      receivedAt: '2025-09-26T10:00',
      objectedAt: '2025-09-26T12:00',
      sampleReceivedAt: '2025-09-29T09:00',
    });
    expect(a.reportDue).toBe('2025-10-15');
    expect(retestReportDeadline('2025-09-26')).toBe('2025-10-13');
  });
  it('before the sample is received, the report clock has not started (reportDue null)', () => {
    const a = assessObjection({
      method: 'rapid',
      receivedAt: '2025-09-26T10:00',
      objectedAt: '2025-09-26T12:00',
    });
    expect([a.admissible, a.reportDue, a.retestMethod]).toEqual([true, null, 'laboratory']);
  });
  it('a sample received before the objection names sampleReceivedAt', () => {
    const input = {
      method: 'rapid' as const,
      receivedAt: '2025-09-26T10:00',
      objectedAt: '2025-09-26T12:00',
      sampleReceivedAt: '2025-09-26T11:00',
    };
    const copy = structuredClone(input);
    expect(() => assessObjection(input)).toThrow(/sampleReceivedAt/);
    expect(input).toEqual(copy);
  });
  it('an ordinary result: objection within 5 working days, 2025-09-26 → 9-28, 9-29, 9-30, 10-09, 10-10', () => {
    expect(objectionWindow('laboratory', '2025-09-26T10:00').deadline).toBe('2025-10-10');
    expect(
      assessObjection({
        method: 'laboratory',
        receivedAt: '2025-09-26T10:00',
        objectedAt: '2025-10-10T16:00',
      }).admissible,
    ).toBe(true);
    expect(
      assessObjection({
        method: 'laboratory',
        receivedAt: '2025-09-26T10:00',
        objectedAt: '2025-10-11T09:00',
      }).admissible,
    ).toBe(false);
  });

  it('property: the report is due on a working day, exactly 7 working days after the request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 - 1 }), (offset) => {
        const day = addDays(civilDate('2023-01-01'), offset);
        const due = civilDate(retestReportDeadline(day));
        return isWorkingDay(due) && workingDaysBetween(day, due) === 7;
      }),
    );
  });

  it('property: a rapid window is exactly 240 minutes, whatever the day', () => {
    fc.assert(
      fc.property(receivedAtArb, fc.integer({ min: 0, max: 300 }), (receivedAt, after) => {
        const [d, t] = receivedAt.split('T') as [string, string];
        const minutes = Number(t.slice(0, 2)) * 60 + Number(t.slice(3)) + after;
        const objectedDay = addDays(civilDate(d), Math.floor(minutes / 1440));
        const m = minutes % 1440;
        const objectedAt = `${objectedDay}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return assessObjection({ method: 'rapid', receivedAt, objectedAt }).admissible === after <= 240;
      }),
    );
  });
});

describe('bad input', () => {
  it('names the field and changes nothing', () => {
    const input = {
      method: 'rapid' as const,
      receivedAt: '2025-03-03T10:00',
      objectedAt: '2025-03-03T09:00',
    };
    const copy = { ...input };
    try {
      assessObjection(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['objectedAt']);
    }
    expect(input).toEqual(copy);
    expect(() => objectionWindow('strip' as never, '2025-03-03T10:00')).toThrow(ValidationError);
    expect(() => objectionWindow('rapid', '2025-03-03 10:00')).toThrow(ValidationError);
    expect(() => retestReportDeadline('2025-02-30')).toThrow(ValidationError);
    expect(() => isPermittedRetestMethod('rapid', 'elisa' as never)).toThrow(ValidationError);
  });
});
