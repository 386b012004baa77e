import { ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeResidue, judgeSample } from '../src/index';

const clean = { malachiteGreen: 0, nitrofurans: 0, chloramphenicol: 0, enrofloxacin: 0 };

describe('judging residues against their limits', () => {
  it('enrofloxacin: 100 μg/kg is compliant (≤ 100), 100.1 is not (GB 31650-2019)', () => {
    expect(judgeResidue('enrofloxacin', 100, '2025-03-04').compliant).toBe(true);
    expect(judgeResidue('enrofloxacin', 100.1, '2025-03-04').compliant).toBe(false);
  });

  it('banned drugs: 不得检出, failing at the LOD (malachite green 0.5, chloramphenicol 0.1 μg/kg)', () => {
    expect(judgeResidue('malachiteGreen', 0.49, '2025-03-04').compliant).toBe(true);
    expect(judgeResidue('malachiteGreen', 0.5, '2025-03-04').compliant).toBe(false);
    expect(judgeResidue('chloramphenicol', 0.1, '2025-03-04').compliant).toBe(false);
  });

  it('a sample fails when any analyte fails (Art. 36), and its steps cite the law', () => {
    const j = judgeSample({ ...clean, nitrofurans: 3, enrofloxacin: 150 }, '2025-03-04');
    expect(j.compliant).toBe(false);
    expect(j.failures).toEqual(['nitrofurans', 'enrofloxacin']);
    expect(j.steps.every((s) => s.basis.kind === 'cited')).toBe(true);
  });

  it('property: the enrofloxacin judgement is monotone (a larger residue never passes when a smaller one fails)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          // A larger residue can never be compliant when a smaller one fails.
          return !(
            judgeResidue('enrofloxacin', hi, '2025-01-01').compliant &&
            !judgeResidue('enrofloxacin', lo, '2025-01-01').compliant
          );
        },
      ),
    );
  });

  it('bad input: unknown analyte, negative residue, missing field', () => {
    expect(() => judgeResidue('ddt' as never, 1, '2025-01-01')).toThrow(ValidationError);
    try {
      judgeResidue('enrofloxacin', -1, '2025-01-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['concentrationUgKg']);
    }
    const input = { ...clean, chloramphenicol: Number.NaN };
    try {
      judgeSample(input, '2025-01-01');
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['concentrations.chloramphenicol']);
    }
    expect(input.malachiteGreen).toBe(0);
  });
});
