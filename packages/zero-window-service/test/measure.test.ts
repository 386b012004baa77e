// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's shift of on-site work.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { requests: 3000 };

// test/golden.json: after an intended change of results
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/zero-window-service test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 4 },
  // Every request is a case in each view.
  eventLog: { expectedCases: () => ({ baseline: small.requests, reform: small.requests }) },
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('moves on-site work to consultation, relief and 会商 (the seed: 由办税业务为主向…为主)', () => {
    // Before: every non-self-served transaction meets a window, so advisory work is a minority of
    // on-site minutes; after: transactions leave for e-tax and the cloud, the lounge keeps advice.
    expect(Number(k('on-site-advisory-share').baseline)).toBeLessThan(50);
    expect(Number(k('on-site-advisory-share').reform)).toBeGreaterThan(50);
  });

  it('closes the windows and cuts hall trips; every KPI has an origin, assumptions a range', () => {
    expect([k('windows').baseline, k('windows').reform, k('windows').origin]).toEqual([
      '2',
      '0',
      'definition',
    ]);
    expect(Number(k('hall-trips').reform)).toBeLessThan(Number(k('hall-trips').baseline));
    for (const x of report.kpis) {
      if (x.origin === 'assumption') expect(x.sensitivity?.param).toBeTypeOf('string');
    }
  });
});

describe('bad input', () => {
  it('rejects shares over 1 naming the field, and does not change the input', () => {
    const input = Object.freeze({ requests: 200, shareCloud: 0.8, shareLounge: 0.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['shareLounge']);
    expect(input).toEqual({ requests: 200, shareCloud: 0.8, shareLounge: 0.5 });
  });
});

describe('the travel sensitivity', () => {
  // Travel only rescales the run's trips, except where there is no scale: a zero travel time (0/0)
  // or a subnormal one (the ratio overflows to Infinity). Those ends must equal a run at that time.
  it.each([0, 5e-324])('at travelMinutes %s gives the plausible ends of a run at those ends', (travel) => {
    const given = { requests: 300, travelMinutes: travel };
    const sensitivity = kpiOf(measure.simulate(given, { seed: 3 }), 'completion-hours-p90').sensitivity;
    for (const end of [sensitivity?.low, sensitivity?.high]) {
      const at = kpiOf(
        measure.simulate({ ...given, travelMinutes: Number(end?.value) }, { seed: 3 }),
        'completion-hours-p90',
      );
      expect([end?.baseline, end?.reform]).toEqual([at.baseline, at.reform]);
    }
  });
});
