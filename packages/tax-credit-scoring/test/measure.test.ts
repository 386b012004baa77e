// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input,
// event log), then what this measure's report must show.
import { MEASURES } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { population: 300 };

describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb.map((p) => ({ ...p, population: 100 })), numRuns: 3 },
  // Every firm is a case in each view (its April grade at least).
  eventLog: { expectedCases: () => ({ baseline: small.population, reform: small.population }) },
});

// Shards of firms (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for byte.
// The schema's least population, with breaches frequent enough that both sample firms (one the
// reform caught first, one repaired) and every loss-day bin are exercised.
describeShardInvariance(measure, {
  params: { population: 100, breachRate: 0.3 },
  seed: 3,
  maxShards: 6,
  numRuns: 3,
});

describe('measure 9 of the seed', () => {
  it('carries the identity of measure 9', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([9, 'tax-credit-scoring', MEASURES[8]?.title]);
  });
});

describe('the report', () => {
  const report = measure.simulate({ population: 400 }, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);
  it('reports the seed outcome (按照信用等级进行分类…提供不同标准的纳税便利) and at least 6 KPIs', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    expect(k('facilitation-fit').origin).toBe('assumption');
    expect(Number(k('facilitation-fit').reform)).toBeGreaterThan(Number(k('facilitation-fit').baseline));
  });
  it('shows each assumption-driven KPI at the plausible ends of its driver', () => {
    const drivers = Object.fromEntries(report.kpis.map((x) => [x.id, x.sensitivity?.param]));
    expect(drivers).toEqual({
      'facilitation-fit': 'linkCoverage',
      'breach-loss-days-median': 'adjustDays',
      'breach-loss-days-p90': 'adjustDays',
      'ab-with-open-breach': 'linkCoverage',
      'd-with-none-left': 'adjustDays',
      'external-seen-60d': 'linkDelayDays',
      'class-changes': undefined,
    });
    // A link parameter leaves the baseline as it was; the adjustment lag leaves the reform.
    const fit = k('facilitation-fit').sensitivity;
    expect([fit?.low.baseline, fit?.high.baseline]).toEqual([
      k('facilitation-fit').baseline,
      k('facilitation-fit').baseline,
    ]);
    const loss = k('breach-loss-days-median').sensitivity;
    expect([loss?.low.reform, loss?.high.reform]).toEqual([
      k('breach-loss-days-median').reform,
      k('breach-loss-days-median').reform,
    ]);
  });
  it('says the only model-origin KPI is class changes, and a slower link holds fewer external breaches in 60 days', () => {
    expect(report.kpis.filter((x) => x.origin === 'model').map((x) => x.id)).toEqual(['class-changes']);
    const ext = k('external-seen-60d').sensitivity;
    expect(Number(ext?.high.reform)).toBeLessThanOrEqual(Number(ext?.low.reform));
  });
});
