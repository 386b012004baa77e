// Worked examples from the law, each with its arithmetic beside the expected date. Grouped by
// source: 特种设备安全法 第三十三条 / 第四十条, the TSG interval table (fact pack §20), 民法典
// 第二百零一条至第二百零三条, SAMR Order 57 第二十九条.
import { type CivilDate, civilDate, fromEpochDay, isWorkingDay, toEpochDay } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { addYearsEpoch } from '../src/dates';
import {
  hazardRecheckDeadline,
  inspectionRequestDeadline,
  nextInspectionDue,
  registrationDeadline,
} from '../src/index';

const d = (s: string): CivilDate => civilDate(s);

describe('nextInspectionDue: the issue hand-checks', () => {
  it('vessel in use from 2021-03-15, never inspected: first inspection within 3 years', () => {
    // 2021-03-15 + 3 years = 2024-03-15 (民法典 第二百零二条: the corresponding day)
    expect(nextInspectionDue({ kind: 'pressure-vessel', commissionedOn: d('2021-03-15') })).toBe(
      '2024-03-15',
    );
  });
  it('grade 2 vessel inspected 2020-06-18: every 6 years', () => {
    // grade 1–2: 6 years; 2020-06-18 + 6 = 2026-06-18
    expect(
      nextInspectionDue({
        kind: 'pressure-vessel',
        commissionedOn: d('2014-06-18'),
        lastInspectedOn: d('2020-06-18'),
        safetyGrade: 2,
      }),
    ).toBe('2026-06-18');
  });
  it('grade 5 vessel: unusable until repaired, no due date', () => {
    expect(
      nextInspectionDue({
        kind: 'pressure-vessel',
        commissionedOn: d('2015-01-10'),
        lastInspectedOn: d('2023-05-04'),
        safetyGrade: 5,
      }),
    ).toBeNull();
  });
  it('non-metallic vessel from 2024-02-29: one year, no 2025-02-29 so the month end', () => {
    // 2024-02-29 + 1 year → 2025-02-29 does not exist → 2025-02-28 (第二百零二条: 月末日)
    expect(
      nextInspectionDue({ kind: 'pressure-vessel', commissionedOn: d('2024-02-29'), nonMetallic: true }),
    ).toBe('2025-02-28');
  });
  it('boiler internal, started 2023-07-03: first internal inspection after 1 year', () => {
    expect(nextInspectionDue({ kind: 'boiler-internal', commissionedOn: d('2023-07-03') })).toBe(
      '2024-07-03',
    );
  });
  it('inert-gas cylinder from 2021-08-17: every 5 years', () => {
    // inert 5 years: 2021-08-17 + 5 = 2026-08-17
    expect(nextInspectionDue({ kind: 'gas-cylinder', commissionedOn: d('2021-08-17'), gas: 'inert' })).toBe(
      '2026-08-17',
    );
  });
});

describe('nextInspectionDue: the other rows of the table', () => {
  const vessel = (grade: 1 | 2 | 3 | 4, cycleYears?: number) =>
    nextInspectionDue({
      kind: 'pressure-vessel',
      commissionedOn: d('2016-04-01'),
      lastInspectedOn: d('2022-04-01'),
      safetyGrade: grade,
      ...(cycleYears === undefined ? {} : { cycleYears }),
    });
  it('grade 1: 6 years; grade 3: the chosen 3–6; grade 4: the chosen ≤ 3', () => {
    expect(vessel(1)).toBe('2028-04-01'); // 2022 + 6
    expect(vessel(3, 3)).toBe('2025-04-01'); // 2022 + 3
    expect(vessel(3, 6)).toBe('2028-04-01'); // 2022 + 6
    expect(vessel(4, 1)).toBe('2023-04-01'); // 2022 + 1
    expect(vessel(4, 3)).toBe('2025-04-01'); // 2022 + 3
  });
  it('boiler external yearly; internal every 2 years after the first', () => {
    expect(nextInspectionDue({ kind: 'boiler-external', commissionedOn: d('2023-07-03') })).toBe(
      '2024-07-03',
    );
    expect(
      nextInspectionDue({
        kind: 'boiler-external',
        commissionedOn: d('2020-07-03'),
        lastInspectedOn: d('2024-06-20'),
      }),
    ).toBe('2025-06-20'); // 2024-06-20 + 1
    expect(
      nextInspectionDue({
        kind: 'boiler-internal',
        commissionedOn: d('2020-07-03'),
        lastInspectedOn: d('2024-06-20'),
      }),
    ).toBe('2026-06-20'); // 2024-06-20 + 2
  });
  it('cylinders: corrosive 2, general 3 years', () => {
    expect(
      nextInspectionDue({ kind: 'gas-cylinder', commissionedOn: d('2022-01-31'), gas: 'corrosive' }),
    ).toBe('2024-01-31');
    expect(
      nextInspectionDue({
        kind: 'gas-cylinder',
        commissionedOn: d('2019-05-05'),
        lastInspectedOn: d('2022-02-28'),
        gas: 'general',
      }),
    ).toBe('2025-02-28');
  });
  it('assumed intervals: elevator 1 year, bridge crane 2 years', () => {
    expect(nextInspectionDue({ kind: 'elevator', commissionedOn: d('2024-02-29') })).toBe('2025-02-28');
    expect(nextInspectionDue({ kind: 'crane-bridge', commissionedOn: d('2024-02-29') })).toBe('2026-02-28');
  });
  it('a validity end is not moved off a day off (assumption): 2024-10-01 stays', () => {
    const due = nextInspectionDue({ kind: 'elevator', commissionedOn: d('2023-10-01') });
    expect(due).toBe('2024-10-01');
    expect(isWorkingDay(due as CivilDate)).toBe(false); // 国庆
  });
});

describe('registrationDeadline (特种设备安全法 第三十三条; 民法典 第二百零一条、第二百零三条)', () => {
  it('in use 2024-09-05 → register by 2024-10-08: day 30 is 10-05, inside 国庆', () => {
    // 09-05 not counted; 25 days to 09-30, 5 more to 10-05 = day 30; 10-01..10-07 off → 10-08
    expect(registrationDeadline(d('2024-09-05'))).toBe('2024-10-08');
  });
  it('a working last day stays: in use 2024-03-01 → 2024-03-31 is a Sunday → 2024-04-01', () => {
    // 03-01 + 30 = 03-31 (Sunday) → Monday 04-01
    expect(registrationDeadline(d('2024-03-01'))).toBe('2024-04-01');
    // 2024-05-06 + 30 = 06-05, a Wednesday: unchanged
    expect(registrationDeadline(d('2024-05-06'))).toBe('2024-06-05');
  });
});

describe('inspectionRequestDeadline (第四十条: 届满前一个月)', () => {
  it('one month before, month end when the day does not exist', () => {
    expect(inspectionRequestDeadline(d('2024-03-15'))).toBe('2024-02-15');
    expect(inspectionRequestDeadline(d('2024-03-31'))).toBe('2024-02-29'); // no 02-31 → month end
    expect(inspectionRequestDeadline(d('2025-03-30'))).toBe('2025-02-28');
  });
});

describe('hazardRecheckDeadline (Order 57 第二十九条: 10 working days)', () => {
  it('a report on Friday 2024-09-27 across 国庆 with its make-up days', () => {
    // working days after 09-27: 09-29 (make-up Sun) 1, 09-30 2, [10-01..07 off], 10-08 3, 09 4,
    // 10 5, 11 6, 10-12 (make-up Sat) 7, 14 8, 15 9, 16 10
    expect(hazardRecheckDeadline(d('2024-09-27'))).toBe('2024-10-16');
  });
  it('an ordinary fortnight: Monday 2025-03-03 → Monday 2025-03-17', () => {
    expect(hazardRecheckDeadline(d('2025-03-03'))).toBe('2025-03-17');
  });
});

describe('addYearsEpoch, the hot path (民法典 第二百零二条)', () => {
  it('corresponding day, or month end', () => {
    const y = (s: string, n: number) => fromEpochDay(addYearsEpoch(toEpochDay(d(s)), n));
    expect(y('2024-02-29', 4)).toBe('2028-02-29');
    expect(y('2024-02-29', 1)).toBe('2025-02-28');
    expect(y('2023-12-31', 1)).toBe('2024-12-31'); // 366 days later: 2024 is a leap year
  });
});
