// verificationDeadline: 2019年第38号 第三条 (10 working days), the notice day not counted (民法典
// 第二百零一条), on the State Council calendar with 调休. The holiday-block cases count working days
// from the raw arrangement data (listed day → its flag; unlisted → Monday–Friday), not with core.
import {
  BUILT_IN_HOLIDAY_YEARS,
  type CivilDate,
  civilDate,
  fromEpochDay,
  ParameterNotInForceError,
  toEpochDay,
  ValidationError,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verificationDeadline } from '../src/index';

const listed = new Map<string, boolean>();
for (const y of BUILT_IN_HOLIDAY_YEARS) for (const d of y.days) listed.set(d.date, d.isOffDay);
// 1970-01-01 was a Thursday: epoch day % 7 → 0 Thu, 2 Sat, 3 Sun.
const isWorking = (d: string) => {
  const off = listed.get(d);
  if (off !== undefined) return !off;
  const w = toEpochDay(d) % 7;
  return w !== 2 && w !== 3;
};
const tenthWorkingDayAfter = (d: string) => {
  let e = toEpochDay(d);
  for (let n = 0; n < 10; ) if (isWorking(fromEpochDay(++e))) n++;
  return fromEpochDay(e);
};

describe('verificationDeadline', () => {
  it('worked example: notice Fri 2024-05-10 → Thu 2024-05-23 (Sat 05-11 is a make-up working day)', () => {
    // 劳动节 2024: 05-01…05-05 off, Sat 05-11 worked. Counting from 05-11: 11(1), 13(2), 14(3),
    // 15(4), 16(5), 17(6), 20(7), 21(8), 22(9), 23(10).
    expect(verificationDeadline(civilDate('2024-05-10'))).toBe('2024-05-23');
  });

  it('worked example: notice Mon 2024-09-30 jumps the 国庆 block', () => {
    // 10-01…10-07 off, Sat 10-12 worked: 10-08(1) 09(2) 10(3) 11(4) 12(5) 14(6) 15(7) 16(8) 17(9) 18(10).
    expect(verificationDeadline(civilDate('2024-09-30'))).toBe('2024-10-18');
  });

  const blocks: { name: string; notice: string }[] = [];
  for (const y of BUILT_IN_HOLIDAY_YEARS) {
    const offs = y.days.filter((d) => d.isOffDay).map((d) => d.date);
    for (const d of offs) {
      const before = fromEpochDay(toEpochDay(d) - 1);
      if (!offs.includes(before)) blocks.push({ name: `${y.year} ${d}`, notice: before });
    }
  }

  it('every holiday block of 2020–2026: the day before it as the notice day', () => {
    const checked = blocks.filter((b) => b.notice >= '2020-02-01');
    expect(checked.length).toBeGreaterThanOrEqual(40);
    for (const b of checked)
      expect(verificationDeadline(b.notice as CivilDate), b.name).toBe(tenthWorkingDayAfter(b.notice));
  });

  it('the 2019 blocks precede 2019年第38号 (in force 2020-02-01): a typed error, not a guess', () => {
    const early = blocks.filter((b) => b.notice < '2020-02-01');
    expect(early.length).toBeGreaterThanOrEqual(6);
    for (const b of early)
      expect(() => verificationDeadline(b.notice as CivilDate)).toThrow(ParameterNotInForceError);
  });

  it('property: a working day, exactly 10 working days after the notice', () => {
    const day = fc
      .integer({ min: toEpochDay('2020-02-01'), max: toEpochDay('2026-12-01') })
      .map((d) => fromEpochDay(d) as CivilDate);
    fc.assert(
      fc.property(day, (d) => {
        const due = verificationDeadline(d);
        expect(isWorking(due)).toBe(true);
        let n = 0;
        for (let e = toEpochDay(d) + 1; e <= toEpochDay(due); e++) if (isWorking(fromEpochDay(e))) n++;
        expect(n).toBe(10);
      }),
      { numRuns: 200 },
    );
  });

  it('bad input: a ValidationError naming notifiedOn', () => {
    for (const bad of ['2024-02-30', '2024-5-1', '', 20240510, null, '2031-01-02']) {
      try {
        verificationDeadline(bad as CivilDate);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        expect((e as ValidationError).paths).toEqual(['notifiedOn']);
      }
    }
  });
});
