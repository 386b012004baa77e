// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's stated outcome.
import { MEASURES } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { population: 300 };

describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb.map((p) => ({ ...p, population: 100 })), numRuns: 5 },
});

// Shards of taxpayers (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for
// byte (100 taxpayers, the schema's least: samples, sensitivity ends and every accumulator are exercised).
describeShardInvariance(measure, { params: { population: 100 }, seed: 3, maxShards: 6, numRuns: 4 });

describe('measure 1 of the seed', () => {
  it('carries the identity of measure 1', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([1, 'overpayment-refund', MEASURES[0]?.title]);
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('counts the taxpayer steps each path simulated (one submission after the reform)', () => {
    // reform: log in + confirm (2), + bank details when none is on file, + follow-up of referred
    // cases, 0 ex officio; baseline: notice + visit + form + proof (4), 2 when the authority found it.
    expect(Number(k('taxpayer-actions').reform)).toBeGreaterThan(1.5);
    expect(Number(k('taxpayer-actions').reform)).toBeLessThan(2.5);
    expect(Number(k('taxpayer-actions').baseline)).toBeGreaterThan(3.5);
    expect(k('taxpayer-actions').origin).toBe('model');
  });

  it('returns more, sooner, with fewer officer minutes under the reform', () => {
    expect(Number(k('returned-share').reform)).toBeGreaterThan(Number(k('returned-share').baseline));
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('officer-minutes').reform)).toBeLessThan(Number(k('officer-minutes').baseline));
  });

  it('lets late reviews happen (assumption) and shows the on-time share over the late share', () => {
    const t = k('on-time');
    expect(t.origin).toBe('assumption');
    expect(Number(t.baseline)).toBeLessThan(100);
    expect(t.sensitivity?.param).toBe('lateReviewShare');
    // at the low end (no late review) both variants are on time
    expect([t.sensitivity?.low.baseline, t.sensitivity?.low.reform]).toEqual(['100.00', '100.00']);
  });

  it('shows the baseline returned share over the authority-found share (两个假设参数)', () => {
    const s = k('returned-share').sensitivity;
    expect(s?.param).toBe('baselineAuthorityShare');
    expect(Number(s?.high.baseline)).toBeGreaterThan(Number(s?.low.baseline));
    expect(k('lapsed-amount').sensitivity?.param).toBe('baselineNoticeShare');
  });

  it('traces the offset notice of 国税发〔2002〕150号 第四条 in the offset sample', () => {
    const steps = report.samples.flatMap((c) => c.trace.steps.map((st) => st.id));
    expect(steps).toContain('refund.offset-notice');
  });

  it('gives series for both variants and coverage of the four review rules', () => {
    expect(report.series.map((s) => s.id)).toEqual(['refunds-by-month', 'days-distribution']);
    expect(report.coverage?.map((c) => c.ruleId)).toEqual([
      'OPR-REV-1',
      'OPR-REV-2',
      'OPR-REV-3',
      'OPR-REV-4',
    ]);
  });
});

describe('sharded runs above the browser limit (SHARD_PARAMS)', () => {
  it('runs the sensitivity ends of a province population too (10 of 20,000 taxpayers)', () => {
    // 20,000 taxpayers in 2,000 shards: shard 0 holds taxpayers 0–9. Three drivers × low/high = 6
    // ends, plus the scenario: 7 runs, as in a small simulate.
    const r = measure.runShard({ population: 20_000 }, { seed: 1, shard: 0, shards: 2000 });
    expect(r.units).toBe(10);
    expect(Object.keys(r.data.runs)).toHaveLength(7);
    expect(Object.keys(measure.runShard(small, { seed: 1, shard: 0, shards: 30 }).data.runs)).toEqual(
      Object.keys(r.data.runs),
    );
  });
});
