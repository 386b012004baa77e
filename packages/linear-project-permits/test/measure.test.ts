// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's stated outcome, from the model.
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

describeMeasureContract(measure, {
  params: { projects: 40 },
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 10 },
  minSamples: 2,
});

describe('default scenario (200 projects)', () => {
  const report = measure.simulate({}, { seed: 42 });
  it('reproduces the seed: one application and one set of common materials per project (一次申请)', () => {
    expect(kpiOf(report, 'applications').reform).toBe('1.00');
    expect(kpiOf(report, 'common-copies').reform).toBe('1.00');
    // Before the reform, one application per permit: 5 requested, fewer only when a prerequisite was refused.
    expect(Number(kpiOf(report, 'applications').baseline)).toBeGreaterThan(4.5);
    // One application is the reform's design, and the KPI says so.
    expect(kpiOf(report, 'applications').origin).toBe('definition');
  });
  it('breaks officer actions down by stage: fewer at intake, more in per-segment review and meetings', () => {
    const stages = ['intake', 'decision', 'meetings'].map((s) => kpiOf(report, `officer-touches-${s}`));
    for (const side of ['baseline', 'reform'] as const) {
      // The stages add up to the total (each mean has two decimals; rounding may differ by 0.01 per stage).
      const sum = stages.reduce((a, k) => a + Number(k[side]), 0);
      expect(Math.abs(sum - Number(kpiOf(report, 'officer-touches')[side]))).toBeLessThanOrEqual(0.03);
    }
    const [intake, decision, meetings] = stages as [
      (typeof stages)[0],
      (typeof stages)[0],
      (typeof stages)[0],
    ];
    expect(Number(intake.reform)).toBeLessThan(Number(intake.baseline));
    expect(Number(decision.reform)).toBeGreaterThan(Number(decision.baseline));
    expect([meetings.baseline, Number(meetings.reform) > 0]).toEqual(['0.00', true]);
  });
  it('reports the time KPIs as driven by the pre-consultation’s catch share, with its range', () => {
    for (const id of ['first-segment-median', 'all-permits-median', 'all-permits-p90']) {
      const k = kpiOf(report, id);
      expect(k.origin).toBe('assumption');
      expect(k.sensitivity?.param).toBe('preConsultationCatchShare');
      expect([k.sensitivity?.low.value, k.sensitivity?.high.value]).toEqual([0.3, 0.8]);
      // The baseline does not read the share; the reform is faster the more the consultation catches.
      expect(k.sensitivity?.low.baseline).toBe(k.baseline);
      expect(Number(k.sensitivity?.high.reform)).toBeLessThanOrEqual(Number(k.sensitivity?.low.reform));
    }
  });
  it('reports the meetings with their range over the assumed meeting interval (5–20 working days)', () => {
    const k = kpiOf(report, 'officer-touches-meetings');
    expect([k.origin, k.sensitivity?.param]).toEqual(['assumption', 'meetingIntervalWorkingDays']);
    // More frequent meetings, more actions; the baseline holds none.
    expect(Number(k.sensitivity?.low.reform)).toBeGreaterThan(Number(k.sensitivity?.high.reform));
    expect(k.sensitivity?.low.baseline).toBe('0.00');
  });
  it('the reform gets the first segment ready sooner and the first permit later than the parallel baseline', () => {
    for (const id of ['first-segment-median', 'all-permits-p90']) {
      expect(Number(kpiOf(report, id).reform)).toBeLessThan(Number(kpiOf(report, id).baseline));
    }
    // The baseline files each item as soon as its own materials are ready (the filings in days);
    // the one form waits for the slowest draft and the pre-consultation.
    expect(Number(kpiOf(report, 'first-permit-median').reform)).toBeGreaterThan(
      Number(kpiOf(report, 'first-permit-median').baseline),
    );
  });
  it('has a timeline per permit for both variants, a sample per variant with long traces, and coverage', () => {
    const timeline = report.series.find((s) => s.kind === 'timeline');
    expect(timeline?.kind === 'timeline' && new Set(timeline.bars.map((b) => b.variant))).toEqual(
      new Set(['baseline', 'reform']),
    );
    expect(report.samples.map((s) => s.variant)).toEqual(['baseline', 'reform']);
    for (const s of report.samples) expect(s.trace.steps.length).toBeGreaterThan(5);
    expect(report.coverage?.find((c) => c.ruleId === 'app.submit')?.fired).toBeGreaterThan(0);
  });
});
