import { addDays, civilDate, entryAt, integerAt, ParameterNotInForceError, valueAt } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  CHLORAMPHENICOL_LOD,
  ENROFLOXACIN_MRL,
  judgeResidue,
  MALACHITE_GREEN_LOD,
  NITROFURANS_LOD,
  ORDINARY_OBJECTION_WORKING_DAYS,
  RAPID_OBJECTION_HOURS,
  RETEST_REPORT_WORKING_DAYS,
} from '../src/internal';

describe('dated parameters of 农产品质量安全法 (2022) and GB 31650-2019', () => {
  it('Art. 51: 4 hours, 7 working days, 5 working days', () => {
    expect(integerAt(RAPID_OBJECTION_HOURS, '2025-06-01')).toBe(4);
    expect(integerAt(RETEST_REPORT_WORKING_DAYS, '2025-06-01')).toBe(7);
    expect(integerAt(ORDINARY_OBJECTION_WORKING_DAYS, '2025-06-01')).toBe(5);
    expect(entryAt(RAPID_OBJECTION_HOURS, '2025-06-01').source.article).toBe('第五十一条');
  });

  it('the revised law is not applied before it came into force on 2023-01-01', () => {
    expect(() => integerAt(RAPID_OBJECTION_HOURS, '2022-12-31')).toThrow(ParameterNotInForceError);
    expect(integerAt(RAPID_OBJECTION_HOURS, '2023-01-01')).toBe(4);
  });

  it('enrofloxacin ≤ 100 μg/kg; the banned drugs are judged at their limits of detection (assumptions)', () => {
    expect(valueAt(ENROFLOXACIN_MRL, '2025-01-01').toString()).toBe('100');
    expect(ENROFLOXACIN_MRL.assumption).toBeUndefined();
    for (const p of [MALACHITE_GREEN_LOD, NITROFURANS_LOD, CHLORAMPHENICOL_LOD]) {
      expect(p.assumption?.en).toMatch(/LOD|limit of detection/);
      expect(p.assumption?.zh).toMatch(/不得检出/);
    }
  });

  it('dates the banned list: 农业部公告第193号 until 2019-12-26, 农业农村部公告第250号 from 2019-12-27', () => {
    // Same cut-offs under both lists; only the citation changes with the date.
    for (const p of [MALACHITE_GREEN_LOD, NITROFURANS_LOD, CHLORAMPHENICOL_LOD]) {
      expect(entryAt(p, '2019-12-26').source.docNo).toBe('农业部公告第193号');
      expect(entryAt(p, '2019-12-27').source.docNo).toBe('农业农村部公告第250号');
      expect(valueAt(p, '2019-12-26').toString()).toBe(valueAt(p, '2019-12-27').toString());
    }
    const cites = (date: string) =>
      judgeResidue('malachiteGreen', 1, date).step.basis.citations?.map((c) => c.docNo ?? c.article);
    expect(cites('2019-06-01')).toEqual(['农业部公告第193号', '第三十六条']);
    expect(cites('2025-03-04')).toEqual(['农业农村部公告第250号', '第三十六条']);
  });

  it('every parameter has a value on every day the engine simulates (2023-01-01 … 2026-12-31), without gaps', () => {
    const all = [
      RAPID_OBJECTION_HOURS,
      RETEST_REPORT_WORKING_DAYS,
      ORDINARY_OBJECTION_WORKING_DAYS,
      ENROFLOXACIN_MRL,
      MALACHITE_GREEN_LOD,
      NITROFURANS_LOD,
      CHLORAMPHENICOL_LOD,
    ];
    let d = civilDate('2023-01-01');
    for (let i = 0; i < 4 * 365 + 1; i++, d = addDays(d, 1)) {
      for (const p of all) expect(valueAt(p, d).isPositive()).toBe(true);
    }
  });
});
