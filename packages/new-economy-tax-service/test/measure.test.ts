// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { firms: 200 };

// test/golden.json: after an intended change of results,
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/new-economy-tax-service test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 3 },
  // Every firm is a case in both variants.
  eventLog: { expectedCases: (r) => ({ baseline: Number(r.params.firms), reform: Number(r.params.firms) }) },
});

describe('the default report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);
  const MAIN = [
    'relief-received-share',
    'relief-unclaimed',
    'days-to-first-invoice',
    'days-to-first-filing',
    'applications-per-firm',
    'novel-ruled-before-revenue',
    'risk-cases-per-1000',
    'penalties-per-1000',
    'officer-hours-per-firm',
  ];

  it('shows all four mechanisms, then each mechanism alone on the KPIs it moves', () => {
    expect(report.kpis.slice(0, MAIN.length).map((x) => x.id)).toEqual(MAIN);
    for (const m of ['joint-meeting', 'policy-push', 'bundle', 'risk-reminder']) {
      expect(report.kpis.some((x) => x.id.startsWith(`${m}-only-`))).toBe(true);
    }
  });

  it('gives every assumption-driven KPI its range at the plausible ends, and no KPI is constant', () => {
    for (const x of report.kpis) {
      if (x.origin === 'assumption') expect(x.sensitivity?.param).toBeTypeOf('string');
      expect(x.baseline).not.toBe(x.reform);
    }
  });

  it('onboards within the law: the bundle in 2 working days, separate items in 5 + 2', () => {
    // A bundle started on a working day ends 2 working days later: at least 2 calendar days.
    expect(Number(k('days-to-first-invoice').reform)).toBeGreaterThanOrEqual(2);
    // Separate: 5 + 2 = 7 working days, at least 9 calendar days (one weekend at least).
    expect(Number(k('days-to-first-invoice').baseline)).toBeGreaterThanOrEqual(9);
  });

  it('with pushed packages, more of the eligible relief is received', () => {
    expect(Number(k('relief-received-share').reform)).toBeGreaterThan(
      Number(k('relief-received-share').baseline),
    );
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ firms: 200, takeUpPushed: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['takeUpPushed']);
    expect(input).toEqual({ firms: 200, takeUpPushed: 1.5 });
  });
});
