// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's two outcomes.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { taxpayers: 80, shellShare: 0.05 };

// test/golden.json: after an intended change of results,
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/e-invoice-risk-control test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 2 },
  // Every taxpayer is a case in both variants.
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.taxpayers), reform: Number(r.params.taxpayers) }),
  },
});

describe('the report (100 taxpayers, 5% shells, seed 42)', () => {
  const report = measure.simulate({ taxpayers: 100, shellShare: 0.05 }, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('shows at least six KPIs, each with an origin and, being assumption-driven, a sensitivity', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    for (const x of report.kpis) {
      expect(x.origin).toBe('assumption');
      expect(x.sensitivity?.param).toBeTypeOf('string');
    }
  });

  it('从源头打击: the cross-check stops shells before their first invoice only after the reform', () => {
    expect(k('shells-stopped-at-source').baseline).toBe('0.0');
    expect(Number(k('shells-stopped-at-source').reform)).toBeGreaterThan(0);
    const s = k('shells-stopped-at-source').sensitivity;
    expect(Number(s?.low.reform)).toBeLessThanOrEqual(Number(s?.high.reform));
  });

  it('快速处理: hours from risk signal to response fall (median and p90)', () => {
    expect(Number(k('response-hours-median').reform)).toBeLessThan(
      Number(k('response-hours-median').baseline),
    );
    expect(Number(k('response-hours-p90').reform)).toBeLessThan(Number(k('response-hours-p90').baseline));
  });

  it('the class-limit effects carry their range over limits ×0.5–×2', () => {
    const s = k('honest-blocked').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['limitScale', 0.5, 2]);
    // Lower limits block honest firms more often.
    expect(Number(s?.low.reform)).toBeGreaterThanOrEqual(Number(s?.high.reform));
    expect(k('applications').sensitivity?.param).toBe('limitScale');
    // The top-up trigger moves when the month's one alert fires: a lower trigger, more alerts.
    const a = k('alerts').sensitivity;
    expect([a?.param, a?.low.value, a?.high.value]).toEqual(['topUpTrigger', 0.6, 0.95]);
    expect(Number(a?.low.reform)).toBeGreaterThanOrEqual(Number(a?.high.reform));
  });
});

describe('bad input', () => {
  it('rejects a share outside its range naming the field, and does not change the input', () => {
    const input = Object.freeze({ taxpayers: 50, shellShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['shellShare']);
    expect(input).toEqual({ taxpayers: 50, shellShare: 1.5 });
  });
});
