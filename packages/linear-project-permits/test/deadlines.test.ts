// Hand-checked statutory deadlines on the 2024 calendar (国务院办公厅 2024 holiday notice):
// 国庆节 2024-10-01..07 off, Sunday 09-29 and Saturday 10-12 are make-up working days.
import { isWorkingDay, ValidationError } from '@gd-ftz/core';
import { workingDayArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftApplication, transition } from '../src/application-machine';
import { canExtend, decisionDeadline, issueDeadline, jointDeadline, noticeDeadline } from '../src/deadlines';
import { PERMIT_KINDS } from '../src/permits';

describe('an application filed on 2024-09-30, the last working day before National Day', () => {
  it('gets its incompleteness notice deadline on the make-up Saturday 2024-10-12 (行政许可法 第三十二条)', () => {
    // 5 working days after 09-30 (not counted): 10-08, 10-09, 10-10, 10-11, 10-12 (Sat, make-up).
    expect(noticeDeadline('2024-09-30')).toBe('2024-10-12');
  });
  it('gets a 20-working-day decision deadline of 2024-11-01, 2024-11-15 when extended (第四十二条)', () => {
    // 10-08..10-12 = 5, 10-14..18 = 10, 10-21..25 = 15, 10-28..11-01 = 20; +10: 11-04..08, 11-11..15.
    expect(decisionDeadline('works', '2024-09-30')).toBe('2024-11-01');
    expect(decisionDeadline('works', '2024-09-30', true)).toBe('2024-11-15');
  });
  it("gets Guangdong's 40 working days for 用地预审与选址 ending 2024-11-29, with no extension", () => {
    // 20 working days end 11-01 (above); 11-04..08 = 25, 11-11..15 = 30, 11-18..22 = 35, 11-25..29 = 40.
    expect(decisionDeadline('siting', '2024-09-30')).toBe('2024-11-29');
    expect(decisionDeadline('siting', '2024-09-30', true)).toBeNull();
    expect(canExtend('siting')).toBe(false);
  });
  it('gets the 环评法 calendar-day limits: 60 days → 2024-11-29, 30 days → 2024-10-30', () => {
    // 09-30 + 31 days = 10-31, + 29 = 11-29 (Friday). 09-30 + 30 days = 10-30 (Wednesday).
    expect(decisionDeadline('eia-report', '2024-09-30')).toBe('2024-11-29');
    expect(decisionDeadline('eia-form', '2024-09-30')).toBe('2024-10-30');
  });
  it('gets a joint-handling limit of 45 working days (2024-12-06), 60 when extended (2024-12-27)', () => {
    // 40 working days end 11-29 (above); 12-02..06 = 45; 12-09..13 = 50, 12-16..20 = 55, 12-23..27 = 60.
    expect(jointDeadline('2024-09-30')).toBe('2024-12-06');
    expect(jointDeadline('2024-09-30', true)).toBe('2024-12-27');
  });
});

describe('other hand-checked deadlines', () => {
  it('moves a 30-day EIA limit ending in the holiday to the next working day', () => {
    // 2024-09-05 + 30 days = 2024-10-05, inside 国庆节 → 2024-10-08.
    expect(decisionDeadline('eia-form', '2024-09-05')).toBe('2024-10-08');
  });
  it('counts the 10 working days to issue across the holiday and both make-up days (第四十四条)', () => {
    // From Fri 09-27: 09-29 (Sun, make-up) 1, 09-30 2, 10-08 3, 10-09 4, 10-10 5, 10-11 6,
    // 10-12 (Sat, make-up) 7, 10-14 8, 10-15 9, 10-16 10.
    expect(issueDeadline('2024-09-27')).toBe('2024-10-16');
  });
  it('runs the 环评法 period from receipt of the form, the 行政许可法 period from acceptance', () => {
    // Handed in Thu 2024-09-05, accepted Tue 09-10 after a 3-working-day check.
    // 环评法 第二十二条 "自收到…之日起三十日内": 09-05 + 30 days = 10-05 (国庆节) → Tue 10-08.
    const eia = transition(draftApplication('eia-form'), { type: 'submit', at: '2024-09-05' });
    expect(transition(eia, { type: 'accept', at: '2024-09-10' }).decisionDeadline).toBe('2024-10-08');
    // 行政许可法 第四十二条 "自受理…之日起二十日内", from 09-10: 09-11..13 = 3, Sat 09-14 (make-up) = 4,
    // 中秋 09-15..17 off, 09-18..20 = 7, 09-23..27 = 12, Sun 09-29 (make-up) = 13, 09-30 = 14,
    // 国庆 10-01..07 off, 10-08..11 = 18, Sat 10-12 (make-up) = 19, Mon 10-14 = 20.
    const works = transition(draftApplication('works'), { type: 'submit', at: '2024-09-05' });
    expect(transition(works, { type: 'accept', at: '2024-09-10' }).decisionDeadline).toBe('2024-10-14');
  });
  it('has no decision limit for a filing', () => {
    expect(decisionDeadline('eia-registration', '2024-09-30')).toBeNull();
    expect(decisionDeadline('swc-filing', '2024-09-30')).toBeNull();
  });
});

describe('properties', () => {
  it('property: deadlines are never on a day off, for every kind and every working day of 2024–2025', () => {
    fc.assert(
      fc.property(
        workingDayArb({ from: '2024-01-02' as never, to: '2025-09-30' as never }),
        fc.constantFrom(...PERMIT_KINDS),
        fc.boolean(),
        (day, kind, extended) => {
          const all = [
            noticeDeadline(day),
            issueDeadline(day),
            jointDeadline(day, extended),
            decisionDeadline(kind, day, extended),
          ];
          return all.every((d) => d === null || isWorkingDay(d));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('bad input', () => {
  it('names the field of a bad date or kind', () => {
    expect(() => noticeDeadline('2024-02-30')).toThrow(ValidationError);
    try {
      decisionDeadline('permit-x' as never, '2024-09-30');
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['kind']);
    }
    try {
      issueDeadline(20240930 as never);
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['decidedOn']);
    }
    expect(() => decisionDeadline('permit-x' as never, '2024-09-30')).toThrow(ValidationError);
    expect(() => issueDeadline(20240930 as never)).toThrow(ValidationError);
    expect(() => jointDeadline('2024-09-30', 'yes' as never)).toThrow(ValidationError);
  });
});
