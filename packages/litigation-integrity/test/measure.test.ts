// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { cases: 2000 };

// test/golden.json was written by `pnpm new:engine`; after an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/litigation-integrity test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({
      baseline: Number(r.params.cases),
      reform: Number(r.params.cases),
    }),
  },
});

describe('the report (2,000 cases, seed 7)', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('shows both seed KPIs: the abuser pays more of the costs, listed companies lose fewer days', () => {
    expect(Number(k('abuser-paid-cost-share').reform)).toBeGreaterThan(
      Number(k('abuser-paid-cost-share').baseline),
    );
    expect(Number(k('good-faith-lost-days').reform)).toBeLessThan(Number(k('good-faith-lost-days').baseline));
  });

  it('abuse falls with deterrence, and so do its delays', () => {
    expect(Number(k('abuse-rate').reform)).toBeLessThan(Number(k('abuse-rate').baseline));
    expect(Number(k('abuse-delay-days').reform)).toBeLessThan(Number(k('abuse-delay-days').baseline));
  });

  it('shows the assumption-driven KPIs with their range at the plausible ends', () => {
    // deterrence 0.1 and 0.5: more deterrence, less abuse after the reform; the baseline does not move.
    const s = k('abuse-rate').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['deterrence', 0.1, 0.5]);
    expect(s?.low.baseline).toBe(s?.high.baseline);
    expect(Number(s?.high.reform)).toBeLessThan(Number(s?.low.reform));
    for (const x of report.kpis)
      expect([x.id, x.origin, x.sensitivity === undefined]).toEqual([x.id, 'assumption', false]);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ cases: 200, deterrence: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['deterrence']);
    expect(input).toEqual({ cases: 200, deterrence: 1.5 });
  });

  it('rejects conduct shares adding up to more than 1, naming evasionRate', () => {
    let error: unknown;
    try {
      measure.simulateUnknown(
        { cases: 200, objectionAbuseRate: 0.5, lateEvidenceRate: 0.5, evasionRate: 0.5 },
        { seed: 1 },
      );
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).paths).toEqual(['evasionRate']);
  });
});
