// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

/** One month of a small hall: 6,000 visits a year is about 25 a working day. */
const small = { visitsPerYear: 6000, months: 1, windows: 1, extraPeakWindows: 1, remoteAgents: 1 };

// After an intended change of results: UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/smart-tax-hall test,
// and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 3 },
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('gives the seed outcome (整体效能) as time in hall and staff minutes per visit, from the model', () => {
    expect(k('time-in-hall').origin).toBe('model');
    expect(k('staff-minutes').origin).toBe('model');
    // Terminals and agents take window work away: fewer staff minutes per visit after the reform.
    expect(Number(k('staff-minutes').reform)).toBeLessThan(Number(k('staff-minutes').baseline));
  });

  it('serves nobody without a window before the reform, and shows the assumption’s range after it', () => {
    expect(k('share-no-window').baseline).toBe('0.0');
    const s = k('share-no-window').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['terminalSuccess', 0.7, 0.95]);
    expect(Number(s?.low.reform)).toBeLessThan(Number(s?.high.reform));
  });

  it('simulates a whole hall-year (months 12): the 248 working days of 2025', () => {
    // 2025: 365 days − 104 weekend days = 261 weekdays; − 18 weekday holidays (元旦 1, 春节 6,
    // 清明 1, 劳动节 3, 端午 1, 国庆·中秋 6); + 5 make-up days (01-26, 02-08, 04-27, 09-28, 10-11) = 248.
    const year = measure.simulate({ ...small, months: 12 }, { seed: 7 });
    expect(year.notes?.[0]?.en).toContain('over 248 working days');
  });

  it('names what was calibrated', () => {
    expect(k('window-handling').origin).toBe('calibrated');
    expect(k('window-handling').note?.en).toContain('2.94');
  });
});

describe('bad input', () => {
  it('rejects a probability above 1 naming the field, and does not change the input', () => {
    const input = Object.freeze({ visitsPerYear: 6000, terminalSuccess: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['terminalSuccess']);
    expect(input).toEqual({ visitsPerYear: 6000, terminalSuccess: 1.5 });
  });

  it('rejects more than 12 months (a hall-year) naming the field', () => {
    let error: unknown;
    try {
      measure.simulateUnknown({ months: 13 }, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).paths).toEqual(['months']);
  });

  it('rejects a negative capacity naming the field', () => {
    expect(() => measure.simulateUnknown({ terminals: -1 }, { seed: 1 })).toThrow(ValidationError);
  });
});
