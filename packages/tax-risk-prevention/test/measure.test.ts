// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { taxpayers: 400 };

// After an intended change of results: UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/tax-risk-prevention test.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.taxpayers), reform: Number(r.params.taxpayers) }),
  },
});

describe('the default report', () => {
  const report = measure.simulate({}, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('reports at least 6 KPIs with origin tags, incl. direct interventions, and the P–R series', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    expect(
      report.kpis
        .map((x) => x.origin)
        .every((o) => ['model', 'assumption', 'calibrated', 'definition'].includes(o)),
    ).toBe(true);
    expect(k('interventions').sensitivity?.param).toBe('baselineSampleShare');
    const pr = report.series.find((s) => s.id === 'precision-recall');
    expect(pr?.kind === 'xy' ? pr.lines.map((l) => l.points.length) : []).toEqual([10, 10]);
  });

  it('warns sooner, finds more risky firms and lets shells invoice less', () => {
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('shell-invoiced').reform)).toBeLessThan(Number(k('shell-invoiced').baseline));
    expect(Number(k('recall').reform)).toBeGreaterThan(Number(k('recall').baseline));
  });

  it('the shell amount falls as more shells are refused at registration', () => {
    const s = k('shell-invoiced').sensitivity;
    expect([s?.low.value, s?.high.value]).toEqual([0.1, 0.5]);
    expect(Number(s?.high.reform)).toBeLessThan(Number(s?.low.reform));
    // Baseline does not use the parameter: it stays put.
    expect(s?.high.baseline).toBe(s?.low.baseline);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ taxpayers: 200, compliantNoise: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['compliantNoise']);
    expect(input).toEqual({ taxpayers: 200, compliantNoise: 1.5 });
  });
});
