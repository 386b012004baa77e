// The domain function: worked examples from the law and the calendar, a property, bad input.
import { type CivilDate, fromEpochDay, toEpochDay, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionDeadline } from '../src/index';

const day2024 = fc
  .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2024-12-31') })
  .map((d) => fromEpochDay(d) as CivilDate);

describe('decisionDeadline', () => {
  it('worked example: 20 working days after Friday 2024-03-01 end on 2024-03-29', () => {
    // 行政许可法 第四十二条: 二十日, in working days (第八十二条); the day of acceptance does not
    // count (民法典 第二百零一条). March 2024 has no public holiday: Mon 03-04 … Fri 03-08 = 5,
    // 03-15 = 10, 03-22 = 15, 03-29 = 20.
    expect(decisionDeadline('2024-03-01', 'baseline')).toBe('2024-03-29');
    // The promised 5 working days: 03-04 … 03-08.
    expect(decisionDeadline('2024-03-01', 'reform')).toBe('2024-03-08');
  });

  it('worked example: the 国庆节 days off do not count', () => {
    // Accepted Mon 2024-09-30; 10-01 … 10-07 are days off, Sat 10-12 a make-up working day:
    // 10-08, 10-09, 10-10, 10-11, 10-12 → the 5th working day is 2024-10-12.
    expect(decisionDeadline('2024-09-30', 'reform')).toBe('2024-10-12');
  });

  it('property: a later acceptance never has an earlier deadline, and the reform is never later', () => {
    fc.assert(
      fc.property(day2024, day2024, fc.constantFrom('baseline' as const, 'reform' as const), (a, b, v) => {
        fc.pre(a <= b);
        expect(decisionDeadline(a, v) <= decisionDeadline(b, v)).toBe(true);
        expect(decisionDeadline(a, 'reform') <= decisionDeadline(a, 'baseline')).toBe(true);
      }),
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return undefined;
    };
    expect(paths(() => decisionDeadline('2024-02-30', 'baseline'))).toEqual(['acceptedOn']);
    expect(paths(() => decisionDeadline('2024-03-01', 'later' as 'reform'))).toEqual(['variant']);
  });
});
