// onboarding: the statutory finish dates on the official calendar (2025 National Day: 10-01…08 off,
// Sun 09-28 and Sat 10-11 make-up working days), and the property that no date is a day off.
import { type CivilDate, fromEpochDay, isWorkingDay, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FirmProfile, onboarding } from '../src/index';

const firm: FirmProfile = { id: 'F1', sector: 'software', vatStatus: 'small-scale', novel: false };

describe('worked examples', () => {
  it('first invoice supply asked on 2025-09-30: 2 working days → 2025-10-10', () => {
    // 2018年第29号 第一条; the start day not counted; 10-01…08 off: 10-09 (1), 10-10 (2).
    const plan = onboarding(firm, 'bundle', '2025-09-30' as CivilDate);
    expect([plan.applications, plan.firstInvoiceBy]).toEqual([1, '2025-10-10']);
    // The return for October is due in November's filing period: 11-15 is a Saturday → Mon 11-17.
    expect(plan.firstFilingBy).toBe('2025-11-17');
  });

  it('separately: invoice types in 5 working days, then the first supply in 2', () => {
    // 发票管理办法 第十五条: 10-09 (1), 10-10 (2), Sat 10-11 make-up (3), 10-13 (4), 10-14 (5);
    // then 2018年第29号: 10-15 (1), 10-16 (2).
    const plan = onboarding(firm, 'separate', '2025-09-30' as CivilDate);
    expect(plan.steps.map((s) => [s.id, s.appliedOn, s.finishBy])).toEqual([
      ['real-name', '2025-09-30', '2025-09-30'],
      ['invoice-types', '2025-09-30', '2025-10-14'],
      ['first-supply', '2025-10-14', '2025-10-16'],
    ]);
    expect([plan.applications, plan.firstInvoiceBy]).toEqual([3, '2025-10-16']);
  });
});

const day = fc
  .integer({ min: toEpochDay('2019-03-02'), max: toEpochDay('2026-10-31') })
  .map((d) => fromEpochDay(d) as CivilDate);

describe('properties', () => {
  it('finish dates and the first filing never fall on a day off; the bundle is never later', () => {
    fc.assert(
      fc.property(day, (start) => {
        const bundle = onboarding(firm, 'bundle', start);
        const separate = onboarding(firm, 'separate', start);
        for (const plan of [bundle, separate]) {
          for (const s of plan.steps) if (s.finishBy !== start) expect(isWorkingDay(s.finishBy)).toBe(true);
          expect(isWorkingDay(plan.firstFilingBy)).toBe(true);
        }
        expect(bundle.firstInvoiceBy <= separate.firstInvoiceBy).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
